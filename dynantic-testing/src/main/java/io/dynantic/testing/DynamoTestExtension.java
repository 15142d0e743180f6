package io.dynantic.testing;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The extension behind {@link DynamoTest}. */
public final class DynamoTestExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DynamoTestExtension.class);

    /** What one test class gets: its Dynantic and the tables it created. */
    private record ClassSetup(Dynantic dyn, List<Table<?>> tables) {}

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalDynamoDb db = LocalDynamoDb.shared();
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        Dynantic dyn = Dynantic.builder()
                .client(db.client())
                .asyncClient(db.asyncClient())
                .tableNamePrefix(prefix)
                .build();
        List<Table<?>> tables = new ArrayList<>();
        Class<?>[] models = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), DynamoTest.class)
                .map(DynamoTest::models)
                .orElse(new Class<?>[0]);
        for (Class<?> model : models) {
            Table<?> table = dyn.table(model);
            if (tables.stream().noneMatch(t -> t.tableName().equals(table.tableName()))) {
                table.createTable();
                tables.add(table);
            }
        }
        context.getStore(NAMESPACE).put(ClassSetup.class, new ClassSetup(dyn, tables));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ClassSetup setup = context.getStore(NAMESPACE).remove(ClassSetup.class, ClassSetup.class);
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
        ClassSetup setup = context.getStore(NAMESPACE).get(ClassSetup.class, ClassSetup.class);
        if (setup == null) {
            throw new IllegalStateException("@DynamoTest set-up is missing for "
                    + context.getRequiredTestClass().getName());
        }
        return setup.dyn();
    }
}
