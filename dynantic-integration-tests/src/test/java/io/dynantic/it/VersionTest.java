package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.OptimisticLockException;
import io.dynantic.TransactPut;
import io.dynantic.it.model.Revision;
import io.dynantic.it.model.Revision_;
import io.dynantic.it.model.User;
import io.dynantic.it.model.User_;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.testing.DynamoTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code @Version} where the model has no version to give: a primitive's 0 and a stored item without a version
 * attribute (written before the model had {@code @Version}, or by other code) both mean none.
 */
@DynamoTest(models = {Revision.class, User.class})
@ParameterizedClass
@EnumSource(Mode.class)
class VersionTest {
    @Parameter
    Mode mode;

    private Items<Revision> revisions;
    private Items<User> users;

    @BeforeEach
    void setUp(Dynantic dyn) {
        revisions = mode.items(dyn, Revision.class);
        users = mode.items(dyn, User.class);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aPrimitiveVersionOfZeroIsANewItem(Dynantic dyn) throws Throwable {
        Revision first = revisions.save(new Revision(id(), "draft", 0));
        assertThat(first.version()).isEqualTo(1);
        Revision second = revisions.save(first.withText("final"));
        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> revisions.save(first.withText("stale")))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage(
                        "save on table " + revisions.tableName() + ": expected version 1 but the stored version is 2");
        assertThatThrownBy(() -> revisions.save(new Revision(first.id(), "again", 0)))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("save on table " + revisions.tableName()
                        + ": expected version none (a new item) but the stored version is 2");

        String patched = id();
        revisions
                .patch(new Revision(patched, null, 0))
                .set(Revision_.text, "patched")
                .execute();
        assertThat(revisions.get(patched)).contains(new Revision(patched, "patched", 1));
        String transacted = id();
        mode.transactWrite(dyn, List.of(TransactPut.of(new Revision(transacted, "in a transaction", 0))));
        assertThat(revisions.get(transacted)).contains(new Revision(transacted, "in a transaction", 1));

        assertThatThrownBy(() -> revisions.delete(first)).isInstanceOf(OptimisticLockException.class);
        revisions.delete(second);
        assertThat(revisions.get(first.id())).isEmpty();
    }

    @Test
    void anItemStoredWithoutAVersionHasVersionNone(DynamoDbClient raw) {
        String id = id();
        Map<String, AttributeValue> key =
                Map.of("userId", AttributeValue.fromS(id), "email", AttributeValue.fromS("a@b.c"));
        Map<String, AttributeValue> legacy = new java.util.HashMap<>(key);
        legacy.put("name", AttributeValue.fromS("Ada"));
        legacy.put("login_count", AttributeValue.fromN("0"));
        raw.putItem(r -> r.tableName(users.tableName()).item(legacy));
        User unversioned = users.get(id, "a@b.c").orElseThrow();
        assertThat(unversioned.version()).isNull();

        User saved = users.save(unversioned.withName("Grace"));
        assertThat(saved.version()).isEqualTo(1L);
        assertThat(users.get(id, "a@b.c")).contains(saved);
        assertThatThrownBy(() -> users.delete(unversioned))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("delete on table " + users.tableName()
                        + ": expected version none (a new item) but the stored version is 1");

        raw.putItem(r -> r.tableName(users.tableName()).item(legacy));
        users.patch(unversioned).set(User_.name, "Grace").execute();
        assertThat(users.get(id, "a@b.c").orElseThrow().version()).isEqualTo(1L);

        raw.putItem(r -> r.tableName(users.tableName()).item(legacy));
        users.delete(unversioned);
        assertThat(users.get(id, "a@b.c")).isEmpty();
    }
}
