package io.dynantic.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a local DynamoDB-compatible server ({@link LocalDynamoDb#shared()})
 * with the tables of {@code models} created under a prefix unique to the class, and deleted after
 * it. Test methods and constructors receive a {@code Dynantic} configured with that prefix (with a
 * sync and an async client, so both {@code table(...)} and {@code asyncTable(...)} work), the raw
 * {@code DynamoDbClient}, or the {@link LocalDynamoDb}, by declaring a parameter of that type.
 *
 * <pre>{@code
 * @DynamoTest(models = {User.class, Order.class})
 * class UserServiceTest {
 *   @Test void saves(Dynantic dyn) { dyn.table(User.class).save(...); }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DynamoTestExtension.class)
public @interface DynamoTest {
    /** The models whose tables are created before the class's tests run. */
    Class<?>[] models() default {};
}
