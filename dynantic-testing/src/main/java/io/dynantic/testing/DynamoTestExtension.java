package io.dynantic.testing;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The extension behind {@link DynamoTest}. The set-up belongs to the class annotated with {@code @DynamoTest} (its
 * own or a superclass's annotation): {@code @Nested} classes without one of their own share their enclosing class's.
 * It is made on first need (before the class's tests, or earlier for a constructor parameter of a class with a
 * per-class lifecycle) and its tables deleted after the class.
 */
public final class DynamoTestExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DynamoTestExtension.class);

    /** What one test class gets: its Dynantic and the tables it created. */
    private record ClassSetup(Dynantic dyn, List<Table<?>> tables) {}

    @Override
    public void beforeAll(ExtensionContext context) {
        setup(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // Only the annotated class's own context holds its set-up: a nested class's end leaves it alone.
        ClassSetup setup = context.getStore(NAMESPACE).remove(context.getUniqueId(), ClassSetup.class);
        if (setup != null) {
            setup.tables().forEach(Table::deleteTable);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Dynantic.class || type == DynamoDbClient.class || type == LocalDynamoDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalDynamoDb.class) {
            return LocalDynamoDb.shared();
        }
        if (type == DynamoDbClient.class) {
            return LocalDynamoDb.shared().client();
        }
        return setup(context).dyn();
    }

    /** The set-up of the annotated class that {@code context} runs in, made on first need. */
    private static ClassSetup setup(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        Class<?>[] models = annotation(owner).map(DynamoTest::models).orElse(new Class<?>[0]);
        // Keyed by the owner, as a store also finds what its ancestors hold (an enclosing class's own set-up).
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(owner.getUniqueId(), key -> create(models), ClassSetup.class);
    }

    /** The context of the nearest class, from {@code context} outwards, that carries {@code @DynamoTest}. */
    private static ExtensionContext owner(ExtensionContext context) {
        ExtensionContext classContext = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().isPresent() && c.getTestMethod().isEmpty()) {
                if (annotation(c).isPresent()) {
                    return c;
                }
                classContext = classContext == null ? c : classContext;
            }
        }
        if (classContext == null) {
            throw new IllegalStateException("@DynamoTest is used outside a test class");
        }
        return classContext;
    }

    private static Optional<DynamoTest> annotation(ExtensionContext context) {
        return context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, DynamoTest.class));
    }

    /** A Dynantic under a new prefix with the models' tables; on a failure, the tables made so far are deleted. */
    private static ClassSetup create(Class<?>[] models) {
        LocalDynamoDb db = LocalDynamoDb.shared();
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        Dynantic dyn = Dynantic.builder()
                .client(db.client())
                .asyncClient(db.asyncClient())
                .tableNamePrefix(prefix)
                .build();
        List<Table<?>> tables = new ArrayList<>();
        try {
            for (Class<?> model : models) {
                Table<?> table = dyn.table(model);
                if (tables.stream().noneMatch(t -> t.tableName().equals(table.tableName()))) {
                    table.createTable();
                    tables.add(table);
                }
            }
        } catch (RuntimeException e) {
            for (Table<?> table : tables) {
                try {
                    table.deleteTable();
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        return new ClassSetup(dyn, tables);
    }
}
