package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.Key;
import io.dynantic.MappingException;
import io.dynantic.convert.InstantFormat;
import io.dynantic.it.model.LegacyEvent;
import io.dynantic.it.model.LegacyEvent_;
import io.dynantic.it.model.Plan;
import io.dynantic.it.model.Session;
import io.dynantic.it.model.Session_;
import io.dynantic.it.model.Tier;
import io.dynantic.it.model.UserStatus;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.testing.DynamoTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items shared with other libraries on one table: instants in the forms they write, enums by value.
 * Items "from Python" are written with the raw client exactly as the Python dynantic stores them;
 * the Enhanced Client's are written by the Enhanced Client itself.
 */
@DynamoTest(models = {Session.class, LegacyEvent.class})
@ParameterizedClass
@EnumSource(Mode.class)
class InteroperableEncodingTest {
    private static final Instant WHOLE = Instant.parse("2024-03-01T12:00:05Z");
    private static final Instant MICROS = Instant.parse("2024-03-01T12:00:05.123456Z");
    private static final Instant NANOS = Instant.parse("2024-03-01T12:00:05.123456789Z");

    @Parameter
    Mode mode;

    private Dynantic dyn;
    private Items<Session> sessions;
    private DynamoDbClient raw;

    @BeforeEach
    void setUp(Dynantic dyn, DynamoDbClient raw) {
        this.dyn = dyn;
        this.sessions = mode.items(dyn, Session.class);
        this.raw = raw;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private Map<String, AttributeValue> stored(String table, Map<String, AttributeValue> key) {
        return raw.getItem(r -> r.tableName(table).key(key)).item();
    }

    private Map<String, AttributeValue> storedSession(String userId, String startedAt) {
        return stored(
                sessions.tableName(),
                Map.of("userId", AttributeValue.fromS(userId), "startedAt", AttributeValue.fromS(startedAt)));
    }

    @Test
    void eachFieldStoresItsFormat() {
        String id = id();
        Session session = new Session(
                id,
                WHOLE,
                NANOS,
                Instant.parse("2024-03-01T12:00:05.120Z"),
                WHOLE,
                List.of(WHOLE, NANOS),
                Plan.PRO,
                Tier.GOLD,
                Set.of(Tier.BRONZE, Tier.GOLD));
        Session saved = sessions.save(session);
        Map<String, AttributeValue> item = storedSession(id, "2024-03-01T12:00:05Z");
        assertThat(item)
                .containsEntry("seenAt", AttributeValue.fromN("1709294405123"))
                .containsEntry("endedAt", AttributeValue.fromS("2024-03-01T12:00:05.120Z"))
                .containsEntry("recordedAt", AttributeValue.fromS("2024-03-01T12:00:05.000000000Z"))
                .containsEntry(
                        "marks",
                        AttributeValue.fromL(
                                List.of(AttributeValue.fromN("1709294405"), AttributeValue.fromN("1709294405"))))
                .containsEntry("plan", AttributeValue.fromS("pro"))
                .containsEntry("tier", AttributeValue.fromN("3"));
        assertThat(item.get("tiers").ns()).containsExactlyInAnyOrder("1", "3");

        Session read = sessions.get(id, WHOLE).orElseThrow();
        assertThat(read.seenAt()).isEqualTo(Instant.parse("2024-03-01T12:00:05.123Z"));
        assertThat(read.marks()).containsExactly(WHOLE, WHOLE);
        assertThat(read.plan()).isEqualTo(Plan.PRO);
        assertThat(read.tier()).isEqualTo(Tier.GOLD);
        assertThat(read.tiers()).containsExactlyInAnyOrder(Tier.BRONZE, Tier.GOLD);
        assertThat(read.endedAt()).isEqualTo(session.endedAt());
        // The saved item is the stored one, instants inside a list included.
        assertThat(saved).isEqualTo(read);
        assertThat(sessions.batchSave(List.of(session))).containsExactly(read);
    }

    @Test
    void itemsWrittenByPythonAreFoundByKeyAndMatchedByConditions() {
        String id = id();
        Map<String, AttributeValue> python = new HashMap<>();
        python.put("userId", AttributeValue.fromS(id));
        python.put("startedAt", AttributeValue.fromS("2024-03-01T12:00:05.123456Z"));
        python.put("seenAt", AttributeValue.fromN("1709294405123"));
        python.put("endedAt", AttributeValue.fromS("2024-03-01T13:00:05+01:00"));
        python.put("recordedAt", AttributeValue.fromS("2024-03-01T12:00:05.5"));
        python.put("plan", AttributeValue.fromS("free"));
        python.put("tier", AttributeValue.fromN("1.0"));
        raw.putItem(r -> r.tableName(sessions.tableName()).item(python));

        Session read = sessions.get(id, MICROS).orElseThrow();
        assertThat(read.endedAt()).isEqualTo(WHOLE);
        assertThat(read.recordedAt()).isEqualTo(Instant.parse("2024-03-01T12:00:05.5Z"));
        assertThat(read.plan()).isEqualTo(Plan.FREE);
        assertThat(read.tier()).isEqualTo(Tier.BRONZE);
        assertThat(sessions.get(Key.of(id, NANOS))).contains(read);

        assertThat(sessions.query(id).eq(MICROS).list()).containsExactly(read);
        assertThat(sessions.query(id)
                        .filter(Session_.seenAt.gt(WHOLE).and(Session_.plan.eq(Plan.FREE)))
                        .filter(Session_.tier.eq(Tier.BRONZE))
                        .list())
                .containsExactly(read);
        assertThat(sessions.query(id).filter(Session_.plan.eq(Plan.PRO)).list()).isEmpty();

        sessions.update(id, MICROS)
                .set(Session_.seenAt, NANOS.plusSeconds(1))
                .set(Session_.plan, Plan.PRO)
                .add(Session_.tiers, Set.of(Tier.SILVER))
                .condition(Session_.tier.eq(Tier.BRONZE))
                .execute();
        Map<String, AttributeValue> item = storedSession(id, "2024-03-01T12:00:05.123456Z");
        assertThat(item)
                .containsEntry("seenAt", AttributeValue.fromN("1709294406123"))
                .containsEntry("plan", AttributeValue.fromS("pro"))
                .containsEntry("tiers", AttributeValue.fromNs(List.of("2")));

        // A value no constant stores is named as it is stored.
        raw.updateItem(r -> r.tableName(sessions.tableName())
                .key(Map.of(
                        "userId",
                        AttributeValue.fromS(id),
                        "startedAt",
                        AttributeValue.fromS("2024-03-01T12:00:05.123456Z")))
                .updateExpression("SET tier = :t, #p = :p")
                .expressionAttributeNames(Map.of("#p", "plan"))
                .expressionAttributeValues(
                        Map.of(":t", AttributeValue.fromN("10"), ":p", AttributeValue.fromS("pro"))));
        assertThatThrownBy(() -> sessions.get(id, MICROS))
                .isInstanceOf(MappingException.class)
                .hasMessage("Session.tier: Tier has no constant stored as 10 (table " + sessions.tableName() + ")");
    }

    @Test
    void aBuilderDefaultAppliesWhereAFieldNamesNoFormat() {
        String prefix = sessions.tableName().substring(0, sessions.tableName().length() - "sessions".length());
        Dynantic iso = Dynantic.builder()
                .client(raw)
                .tableNamePrefix(prefix)
                .instantFormat(InstantFormat.ISO)
                .build();
        String id = id();
        Session session = Session.of(id, NANOS);
        iso.table(Session.class).save(new Session(id, NANOS, null, null, WHOLE, List.of(), null, null, Set.of()));
        Map<String, AttributeValue> item = storedSession(id, "2024-03-01T12:00:05.123456Z");
        assertThat(item).containsEntry("recordedAt", AttributeValue.fromS("2024-03-01T12:00:05Z"));
        assertThat(sessions.get(id, session.startedAt()).orElseThrow().recordedAt())
                .isEqualTo(WHOLE);
    }

    @Test
    void itemsOfTheEnhancedClientReadWithTheIsoFormat() {
        String prefix = sessions.tableName().substring(0, sessions.tableName().length() - "sessions".length());
        String tableName = prefix + "legacy_events";
        DynamoDbTable<LegacyEvent> enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(raw)
                .build()
                .table(tableName, TableSchema.fromBean(LegacyEvent.class));
        String stream = id();
        LegacyEvent event = new LegacyEvent();
        event.setStream(stream);
        event.setAt(Instant.parse("2024-03-01T12:00:05.500Z"));
        event.setStatus(UserStatus.SUSPENDED);
        event.setHandledAt(WHOLE);
        enhanced.putItem(event);

        Dynantic iso = Dynantic.builder()
                .client(raw)
                .tableNamePrefix(prefix)
                .instantFormat(InstantFormat.ISO)
                .build();
        LegacyEvent read =
                iso.table(LegacyEvent.class).get(stream, event.getAt()).orElseThrow();
        assertThat(read.getStatus()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(read.getHandledAt()).isEqualTo(WHOLE);
        assertThat(iso.table(LegacyEvent.class)
                        .query(stream)
                        .ge(Instant.parse("2024-03-01T12:00:05.5Z"))
                        .filter(LegacyEvent_.handledAt.eq(WHOLE))
                        .list())
                .hasSize(1);

        event.setAt(WHOLE);
        iso.table(LegacyEvent.class).save(event);
        assertThat(enhanced.getItem(r -> r.key(k -> k.partitionValue(stream).sortValue("2024-03-01T12:00:05Z"))))
                .isNotNull();
    }
}
