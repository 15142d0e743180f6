package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.ConditionFailedException;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Table;
import io.dynantic.convert.AttributeType;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.it.model.Address;
import io.dynantic.it.model.Address_;
import io.dynantic.it.model.Everything;
import io.dynantic.it.model.Everything_;
import io.dynantic.it.model.UserStatus;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every condition operator, evaluated by the server on a conditional save. */
@DynamoTest(models = Everything.class)
class ConditionsTest {
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
    private Table<Everything> table;
    private Everything item;

    @BeforeEach
    void setUp(Dynantic dyn) {
        table = dyn.table(Everything.class);
        Everything e = Everything.withId(UUID.randomUUID().toString());
        e = Everything.with(e, "text", "hello world");
        e = Everything.with(e, "number", 42);
        e = Everything.with(e, "boxedNumber", 7);
        e = Everything.with(e, "decimal", new BigDecimal("10.5"));
        e = Everything.with(e, "instant", NOW);
        e = Everything.with(e, "expiresAt", NOW);
        e = Everything.with(e, "status", UserStatus.ACTIVE);
        e = Everything.with(e, "strings", Set.of("red", "green"));
        e = Everything.with(e, "integers", Set.of(1, 2, 3));
        e = Everything.with(e, "list", List.of("a", "b"));
        e = Everything.with(e, "counts", Map.of("a", 1, "b", 2));
        e = Everything.with(e, "address", new Address("Main St", "London", "N1", Set.of("home")));
        e = Everything.with(e, "renamed", "stored elsewhere");
        e = Everything.with(e, "flag", true);
        item = table.save(e);
    }

    private boolean holds(Condition<? super Everything> condition) {
        try {
            table.save(item, condition);
            return true;
        } catch (ConditionFailedException e) {
            return false;
        }
    }

    @Test
    void comparisons() {
        assertThat(holds(Everything_.number.eq(42))).isTrue();
        assertThat(holds(Everything_.number.eq(41))).isFalse();
        assertThat(holds(Everything_.number.ne(41))).isTrue();
        assertThat(holds(Everything_.number.lt(43))).isTrue();
        assertThat(holds(Everything_.number.lt(42))).isFalse();
        assertThat(holds(Everything_.number.le(42))).isTrue();
        assertThat(holds(Everything_.number.gt(41))).isTrue();
        assertThat(holds(Everything_.number.gt(42))).isFalse();
        assertThat(holds(Everything_.number.ge(42))).isTrue();
        assertThat(holds(Everything_.decimal.gt(new BigDecimal("10.49")))).isTrue();
        assertThat(holds(Everything_.text.lt("help"))).isTrue();
        assertThat(holds(Everything_.status.eq(UserStatus.ACTIVE))).isTrue();
        assertThat(holds(Everything_.flag.eq(true))).isTrue();
    }

    @Test
    void instantsCompareInTimeOrderAndTtlAsEpochSeconds() {
        assertThat(holds(Everything_.instant.eq(NOW))).isTrue();
        assertThat(holds(Everything_.instant.gt(NOW.minusNanos(1)))).isTrue();
        assertThat(holds(Everything_.instant.lt(NOW.plusSeconds(86_400 * 365L * 100))))
                .isTrue();
        assertThat(holds(Everything_.expiresAt.eq(NOW))).isTrue();
        assertThat(holds(Everything_.expiresAt.lt(NOW.plusSeconds(1)))).isTrue();
    }

    @Test
    void betweenAndIn() {
        assertThat(holds(Everything_.number.between(40, 42))).isTrue();
        assertThat(holds(Everything_.number.between(43, 50))).isFalse();
        assertThat(holds(Everything_.number.in(1, 42, 99))).isTrue();
        assertThat(holds(Everything_.status.in(List.of(UserStatus.BANNED, UserStatus.SUSPENDED))))
                .isFalse();
        // Bounds the wrong way round are refused before sending (DynamoDB refuses them too), compared as stored.
        assertThatThrownBy(() -> holds(Everything_.number.between(50, 40)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage(
                        "number: between's lower bound is above its upper bound (as stored); DynamoDB refuses that");
        assertThatThrownBy(() -> holds(Everything_.counts.size().between(2, 1)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("size(counts): between's lower bound is above its upper bound (as stored); DynamoDB"
                        + " refuses that");
        assertThat(holds(Everything_.number.between(42, 42))).isTrue();
    }

    @Test
    void existenceAndType() {
        assertThat(holds(Everything_.text.exists())).isTrue();
        assertThat(holds(Everything_.boxedReal.exists())).isFalse();
        assertThat(holds(Everything_.boxedReal.notExists())).isTrue();
        assertThat(holds(Everything_.strings.attributeType(AttributeType.SS))).isTrue();
        assertThat(holds(Everything_.number.attributeType(AttributeType.S))).isFalse();
    }

    @Test
    void functions() {
        assertThat(holds(Everything_.text.beginsWith("hello"))).isTrue();
        assertThat(holds(Everything_.text.beginsWith("world"))).isFalse();
        assertThat(holds(Everything_.text.contains("o w"))).isTrue();
        assertThat(holds(Everything_.strings.contains("red"))).isTrue();
        assertThat(holds(Everything_.strings.contains("blue"))).isFalse();
        assertThat(holds(Everything_.integers.contains(2))).isTrue();
        assertThat(holds(Everything_.list.contains("b"))).isTrue();
    }

    @Test
    void sizes() {
        assertThat(holds(Everything_.text.size().eq(11))).isTrue();
        assertThat(holds(Everything_.strings.size().eq(2))).isTrue();
        assertThat(holds(Everything_.list.size().lt(3))).isTrue();
        assertThat(holds(Everything_.counts.size().between(2, 2))).isTrue();
        assertThat(holds(Everything_.address.size().ge(5))).isFalse();
    }

    @Test
    void attributeAgainstAttribute() {
        assertThat(holds(Everything_.number.gt(Everything_.boxedNumber))).isTrue();
        assertThat(holds(Everything_.number.eq(Everything_.boxedNumber))).isFalse();
        // Instants stored as ISO text and as a TTL's epoch seconds would never compare: refused before sending.
        assertThatThrownBy(() -> holds(Everything_.instant.lt(Everything_.expiresAt)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Everything.instant: is stored as S and expiresAt as N; DynamoDB finds values of different"
                        + " types neither equal nor ordered");
    }

    @Test
    void nestedPathsListIndexesAndMapKeys() {
        assertThat(holds(Everything_.address.then(Address_.city).eq("London"))).isTrue();
        assertThat(holds(Everything_.address.then(Address_.labels).contains("home")))
                .isTrue();
        assertThat(holds(Everything_.list.index(1).eq("b"))).isTrue();
        assertThat(holds(Everything_.counts.key("b").gt(1))).isTrue();
    }

    @Test
    void logicalCombinations() {
        Condition<Everything> yes = Everything_.number.eq(42);
        Condition<Everything> no = Everything_.number.eq(0);
        assertThat(holds(yes.and(no))).isFalse();
        assertThat(holds(yes.or(no))).isTrue();
        assertThat(holds(no.not())).isTrue();
        assertThat(holds(Condition.and(yes, Everything_.text.exists(), Everything_.flag.eq(true))))
                .isTrue();
        assertThat(holds(Condition.or(no, no.not()))).isTrue();
        assertThat(holds(Condition.not(yes.or(no)))).isFalse();
        // the same attribute several times, composed from separately built conditions
        assertThat(holds(
                        Everything_.number.gt(40).and(Everything_.number.lt(50)).and(yes)))
                .isTrue();
    }

    @Test
    void renamedAndUntypedAttributes() {
        assertThat(holds(Everything_.renamed.eq("stored elsewhere"))).isTrue();
        assertThat(holds(Attribute.named("renamed_field").beginsWith("stored"))).isTrue();
        assertThat(holds(Attribute.named("number").between(40, 50))).isTrue();
        assertThat(holds(Attribute.named("instant").eq(NOW))).isTrue();
        assertThat(holds(Attribute.named("strings").contains("green"))).isTrue();
        assertThat(holds(Attribute.named("address").then("city").eq("London"))).isTrue();
        assertThat(holds(Attribute.named("not_in_the_model").notExists())).isTrue();
        assertThat(holds(Attribute.named("list").index(0).eq("a"))).isTrue();
    }

    @Test
    void invalidValuesAreRejectedBeforeSending() {
        assertThatThrownBy(() -> table.save(item, Everything_.real.eq(Double.NaN)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Everything.real: NaN cannot be stored; DynamoDB numbers are finite");
        assertThatThrownBy(() -> Everything_.text.eq((String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "text: eq(null) compares with nothing; use notExists() or attributeType(AttributeType.NULL)");
        assertThatThrownBy(() -> Everything_.number.in(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number: in(...) takes 1 to 100 values, not 0");
        assertThatThrownBy(() -> table.save(item, Everything_.strings.eq(Set.of())))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Everything.strings: an empty set cannot be compared; use size() or notExists()");
    }
}
