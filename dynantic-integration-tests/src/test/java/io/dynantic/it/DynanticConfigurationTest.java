package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.ModelDefinitionException;
import io.dynantic.Table;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import io.dynantic.internal.convert.Types;
import io.dynantic.it.model.Everything;
import io.dynantic.it.model.Invoice;
import io.dynantic.it.model.Money;
import io.dynantic.it.model.MoneyConverter;
import io.dynantic.it.model.User;
import io.dynantic.testing.LocalDynamoDb;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynanticConfigurationTest {
    private final DynamoDbClient raw = LocalDynamoDb.shared().client();
    private final String prefix = "cfg" + UUID.randomUUID().toString().substring(0, 8) + "_";

    @Test
    void tablesAreCachedAndSharedAcrossThreads() throws Exception {
        Dynantic dyn = Dynantic.create(raw);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Table<User>>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> dyn.table(User.class));
            }
            Table<User> first = dyn.table(User.class);
            for (Future<Table<User>> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void prefixAndResolverNameTables() {
        assertThat(Dynantic.builder()
                        .client(raw)
                        .tableNamePrefix("dev_")
                        .build()
                        .table(User.class)
                        .tableName())
                .isEqualTo("dev_users");
        Dynantic resolved = Dynantic.builder()
                .client(raw)
                .tableNameResolver(
                        (model, name) -> name + "-" + model.getSimpleName().toLowerCase())
                .build();
        assertThat(resolved.table(User.class).tableName()).isEqualTo("users-user");
        Dynantic empty =
                Dynantic.builder().client(raw).tableNameResolver((m, n) -> "").build();
        assertThatThrownBy(() -> empty.table(User.class))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessage("User: the table name resolver returned no name for \"users\"");
    }

    @Test
    void builderConvertersAndFieldConverters() {
        Dynantic dyn = Dynantic.builder()
                .client(raw)
                .tableNamePrefix(prefix)
                .converter(Money.class, new MoneyConverter())
                .build();
        Table<Invoice> invoices = dyn.table(Invoice.class);
        invoices.createTable();
        try {
            Money total = new Money(new BigDecimal("12.50"), "EUR");
            Invoice saved = invoices.save(new Invoice("i1", "acme", total, List.of(total, total), null, null));
            Map<String, AttributeValue> item = raw.getItem(
                            r -> r.tableName(invoices.tableName()).key(Map.of("id", AttributeValue.fromS("i1"))))
                    .item();
            assertThat(item.get("customer")).isEqualTo(AttributeValue.fromS("ACME"));
            assertThat(item.get("total")).isEqualTo(AttributeValue.fromS("12.50 EUR"));
            assertThat(item.get("lines").l())
                    .containsExactly(AttributeValue.fromS("12.50 EUR"), AttributeValue.fromS("12.50 EUR"));
            assertThat(invoices.get("i1")).contains(saved);
        } finally {
            invoices.deleteTable();
        }
    }

    @Test
    void aConverterForAWrapperConvertsItsPrimitiveToo() {
        AttributeConverter<Long> asText = new AttributeConverter<>() {
            @Override
            public AttributeType type() {
                return AttributeType.S;
            }

            @Override
            public AttributeValue write(Long value) {
                return AttributeValue.fromS("#" + value);
            }

            @Override
            public Long read(AttributeValue value) {
                return Long.valueOf(value.s().substring(1));
            }
        };
        Dynantic dyn = Dynantic.builder()
                .client(raw)
                .tableNamePrefix(prefix)
                .converter(Long.class, asText)
                .build();
        Table<Everything> table = dyn.table(Everything.class);
        table.createTable();
        try {
            Everything e = Everything.with(Everything.with(Everything.withId("e1"), "big", 5L), "boxedBig", 6L);
            table.save(e);
            Map<String, AttributeValue> item = raw.getItem(
                            r -> r.tableName(table.tableName()).key(Map.of("id", AttributeValue.fromS("e1"))))
                    .item();
            assertThat(item.get("big")).isEqualTo(AttributeValue.fromS("#5"));
            assertThat(item.get("boxedBig")).isEqualTo(AttributeValue.fromS("#6"));
            Everything read = table.get("e1").orElseThrow();
            assertThat(read.big()).isEqualTo(5L);
            assertThat(read.boxedBig()).isEqualTo(6L);
        } finally {
            table.deleteTable();
        }
    }

    @Test
    void converterFactoriesComeBeforeBuiltIns() {
        AttributeConverter<Money> money = new MoneyConverter();
        Dynantic withFactory = Dynantic.builder()
                .client(raw)
                .tableNamePrefix(prefix)
                .converterFactory((type, lookup) -> Types.raw(type) == Money.class ? money : null)
                .build();
        Dynantic builtIn =
                Dynantic.builder().client(raw).tableNamePrefix(prefix).build();
        Table<Invoice> invoices = withFactory.table(Invoice.class);
        invoices.createTable();
        try {
            Money total = new Money(new BigDecimal("3"), "USD");
            invoices.save(new Invoice("f1", "a", total, List.of(), null, null));
            builtIn.table(Invoice.class).save(new Invoice("f2", "a", total, List.of(), null, null));
            // The factory stores Money as text; without it, the record is a nested map.
            assertThat(storedTotal(invoices, "f1")).isEqualTo(AttributeValue.fromS("3 USD"));
            assertThat(storedTotal(invoices, "f2").m()).containsOnlyKeys("amount", "currency");
        } finally {
            invoices.deleteTable();
        }
    }

    private AttributeValue storedTotal(Table<Invoice> invoices, String id) {
        return raw.getItem(r -> r.tableName(invoices.tableName()).key(Map.of("id", AttributeValue.fromS(id))))
                .item()
                .get("total");
    }

    @Test
    void clockFillsTimestamps() {
        Instant fixed = Instant.parse("2024-01-02T03:04:05Z");
        Dynantic dyn = Dynantic.builder()
                .client(raw)
                .tableNamePrefix(prefix)
                .converter(Money.class, new MoneyConverter())
                .clock(Clock.fixed(fixed, ZoneOffset.UTC))
                .build();
        Table<Invoice> invoices = dyn.table(Invoice.class);
        invoices.createTable();
        try {
            Invoice saved = invoices.save(new Invoice("i2", "x", null, List.of(), null, null));
            assertThat(saved.createdAt()).isEqualTo(fixed);
            assertThat(saved.updatedAt()).isEqualTo(fixed);
            Instant earlier = Instant.parse("2020-01-01T00:00:00Z");
            Invoice again = invoices.save(new Invoice("i2", "x", null, List.of(), earlier, earlier));
            assertThat(again.createdAt()).isEqualTo(earlier);
            assertThat(again.updatedAt()).isEqualTo(fixed);
        } finally {
            invoices.deleteTable();
        }
    }

    @Test
    void beanValidationCanBeReplacedOrTurnedOff() {
        User blank = User.of("u", "e", " ");
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        Table<User> validated =
                Dynantic.builder().client(raw).validator(validator).build().table(User.class);
        assertThatThrownBy(() -> validated.save(blank))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("User.name: must not be blank");
        Table<User> unvalidated =
                Dynantic.builder().client(raw).withoutBeanValidation().build().table(User.class);
        // Nothing checks the blank name now; the missing table proves the request was sent.
        assertThatThrownBy(() -> unvalidated.save(blank)).isInstanceOf(io.dynantic.TableNotFoundException.class);
        assertThatThrownBy(() -> Dynantic.builder().client(raw).validator("not a validator"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a jakarta.validation.Validator: java.lang.String");
        assertThat(Set.of(validator)).hasSize(1);
    }
}
