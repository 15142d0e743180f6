package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.Key;
import io.dynantic.ReturnValue;
import io.dynantic.expression.Condition;
import io.dynantic.internal.expression.ConditionRenderer;
import io.dynantic.internal.expression.Placeholders;
import io.dynantic.internal.expression.UpdateAction;
import io.dynantic.internal.validation.ItemSize;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * UpdateItem for {@code update(key)} and {@code patch(item)}: the caller's actions plus those the
 * model implies ({@code @Version}, {@code @UpdatedAt}, {@code @CreatedAt}, the discriminator), every
 * value encoded as a put would store it and checked before sending. The result is the returned
 * attributes, empty when there are none.
 */
public final class UpdateItem<T> extends Operation<UpdateItemRequest, UpdateItemResponse, Map<String, AttributeValue>> {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.operation");
    /** DynamoDB's limit for one expression. */
    private static final int EXPRESSION_LIMIT = 4096;

    private final ItemCodec<T> codec;
    private final Key key;
    private final List<UpdateAction> actions;
    private final @Nullable Condition<?> condition;
    private final boolean byItem;
    private final @Nullable Object expectedVersion;
    private final ReturnValue returnValue;
    /** Null until {@link #request()}, which runs before the call whose failure it explains. */
    private WriteDescription.@Nullable UpdateWrite write;

    /**
     * @param actions the caller's actions, read when the request is built (each run builds it at once)
     * @param byItem whether the update is addressed by an item ({@code patch}), whose {@code
     *     expectedVersion} the stored item must have (null: none stored); otherwise the
     *     version is incremented whatever it is
     */
    public UpdateItem(
            ItemCodec<T> codec,
            Key key,
            List<UpdateAction> actions,
            @Nullable Condition<?> condition,
            boolean byItem,
            @Nullable Object expectedVersion,
            ReturnValue returnValue) {
        super(byItem ? "patch" : "update", codec.tableName());
        this.codec = codec;
        this.key = key;
        this.actions = actions;
        this.condition = condition;
        this.byItem = byItem;
        this.expectedVersion = expectedVersion;
        this.returnValue = returnValue;
    }

    /**
     * The update, described once for UpdateItem and for transactions: every value encoded and
     * checked, the model's implied actions and conditions added.
     *
     * @throws ItemValidationException listing every problem; nothing is sent
     */
    public WriteDescription.UpdateWrite describe() {
        List<Violation> problems = new ArrayList<>(0);
        Map<String, AttributeValue> encodedKey = null;
        try {
            encodedKey = codec.key(key);
        } catch (ItemValidationException e) {
            problems.addAll(e.violations());
        }
        UpdatePlan plan = codec.updatePlans().plan(actions, byItem, expectedVersion != null, codec);
        int n = actions.size();
        @Nullable AttributeValue[] values = new AttributeValue[n + plan.impliedCount()];
        boolean[] refused = null;
        for (int i = 0; i < n; i++) {
            int before = problems.size();
            values[i] = encode(actions.get(i), i, plan, problems);
            if (problems.size() > before) {
                refused = refused == null ? new boolean[n] : refused;
                refused[i] = true;
            }
        }
        Instant now = plan.clocked() ? codec.now() : null;
        for (int i = 0; i < plan.impliedCount(); i++) {
            values[n + i] = plan.impliedValue(i, now, expectedVersion);
        }
        UpdatePlan.Rendering rendering = plan.rendering(actions, values, refused, codec.values());
        if (!rendering.overlaps().isEmpty()) {
            problems.addAll(rendering.overlaps());
        }
        if (!problems.isEmpty()) {
            ItemValidationException failure =
                    new ItemValidationException(problems.stream().distinct().toList());
            throw Conditions.withProblemsOf(failure, codec, condition);
        }
        // A key that did not encode is among the problems.
        Map<String, AttributeValue> keyAttributes = Objects.requireNonNull(encodedKey);

        Placeholders placeholders = rendering.placeholders(values);
        String update = rendering.expression();
        Condition<?> checks = Conditions.and(plan.condition(expectedVersion), condition);
        String conditionExpression =
                checks == null ? null : new ConditionRenderer(placeholders, codec.values()).render(checks);
        Map<String, AttributeValue> encodedValues = placeholders.values();
        checkLimits(update, conditionExpression, valueBytes(values, rendering, placeholders), encodedValues);
        boolean versioned = byItem && codec.model().primary().version() != null;
        return new WriteDescription.UpdateWrite(
                codec,
                keyAttributes,
                update.isEmpty() ? null : update,
                conditionExpression,
                placeholders.names(),
                encodedValues,
                new WriteDescription.Failure(byItem ? "patch" : "update", expectedVersion, versioned, false));
    }

    @Override
    UpdateItemRequest request() {
        write = describe();
        if (LOG.isDebugEnabled()) {
            LOG.debug("UpdateItem {} key {}", codec.tableName(), KeyHash.of(write.key()));
        }
        return write.request().returnValues(returnValue.name()).build();
    }

    /**
     * The value of the caller's {@code i}th action, stored as a put would store it; null for a REMOVE, for a value
     * that is not stored (an empty set or optional) and for an action with problems, which are added to {@code
     * problems}.
     */
    private @Nullable AttributeValue encode(UpdateAction action, int i, UpdatePlan plan, List<Violation> problems) {
        PathValues.Target target = plan.target(i);
        String refusal = plan.refusal(i);
        if (refusal != null) {
            problems.add(new Violation(target.where(), refusal));
            return null;
        }
        if (action instanceof UpdateAction.Remove) {
            codec.values().validateRemoval(target, problems);
            return null;
        }
        boolean set = action instanceof UpdateAction.Set || action instanceof UpdateAction.SetIfNotExists;
        if (set) {
            codec.values().validateValue(target, action.value(), problems);
        } else if (action instanceof UpdateAction.Append || action instanceof UpdateAction.Add) {
            codec.values().validateElements(target, action.value(), problems);
        }
        Object given = action.value();
        if (given == null) {
            // A list element set to null: NULL in its place, as a put stores it (UpdateSteps allows null nowhere else).
            return AttributeValue.createNul(true);
        }
        AttributeValue value;
        try {
            value = codec.values().encodeStored(given, target);
        } catch (ItemValidationException e) {
            problems.addAll(e.violations());
            return null;
        }
        if (value == null) {
            // An empty set (or optional) is not stored; in a list, a put stores NULL in its place, and so does this
            // (removing the element would shift the ones after it).
            List<Object> segments = action.path().segments();
            boolean element = segments.get(segments.size() - 1) instanceof Integer;
            return action instanceof UpdateAction.Set && element ? AttributeValue.createNul(true) : null;
        }
        String misfit = misfit(action, value);
        if (misfit != null) {
            problems.add(new Violation(target.where(), misfit));
            return null;
        }
        if (set && plan.setsIndexKey(i) && empty(value)) {
            problems.add(new Violation(
                    target.where(), "an index key cannot be empty; set null to leave the item out of the index"));
            return null;
        }
        return value;
    }

    /** Why DynamoDB would reject the action for the stored type of the value; null when it fits. */
    private static @Nullable String misfit(UpdateAction action, AttributeValue value) {
        var type = value.type();
        boolean number = type == AttributeValue.Type.N;
        boolean set =
                type == AttributeValue.Type.SS || type == AttributeValue.Type.NS || type == AttributeValue.Type.BS;
        if (action instanceof UpdateAction.Add && !number && !set) {
            return "add works on numbers and sets, but the value is stored as " + type;
        }
        if (action instanceof UpdateAction.Delete && !set) {
            return "delete works on sets, but the value is stored as " + type;
        }
        if (action instanceof UpdateAction.Increment && !number) {
            return "increment and decrement work on numbers, but the value is stored as " + type;
        }
        if (action instanceof UpdateAction.Append && type != AttributeValue.Type.L) {
            return "append and prepend work on lists, but the value is stored as " + type;
        }
        return null;
    }

    private static boolean empty(AttributeValue value) {
        return value.s() != null && value.s().isEmpty()
                || value.b() != null && value.b().asByteBuffer().remaining() == 0;
    }

    /**
     * At least the bytes of the expression's values ({@link ItemSize#bound}): the update's, those the renderer
     * added and the condition's.
     */
    private static long valueBytes(
            @Nullable AttributeValue[] values, UpdatePlan.Rendering rendering, Placeholders placeholders) {
        long bytes = rendering.constantBytes();
        for (AttributeValue value : values) {
            bytes += value == null ? 0 : ItemSize.bound(value);
        }
        if (placeholders.valueCount() > rendering.valueCount()) {
            for (AttributeValue value :
                    placeholders.valueList().subList(rendering.valueCount(), placeholders.valueCount())) {
                bytes += ItemSize.bound(value);
            }
        }
        return bytes;
    }

    /**
     * @param valueBytes at least the bytes of the values
     * @param values ExpressionAttributeValues
     */
    private void checkLimits(
            String update, @Nullable String condition, long valueBytes, @Nullable Map<String, AttributeValue> values) {
        if (valueBytes <= ItemSize.LIMIT && shortExpression(update) && shortExpression(condition)) {
            return;
        }
        List<Violation> problems = new ArrayList<>(0);
        checkLength(update, problems);
        checkLength(condition, problems);
        if (values != null && valueBytes > ItemSize.LIMIT) {
            long size = ItemSize.of(values);
            if (size > ItemSize.LIMIT) {
                problems.add(new Violation(
                        codec.model().type().getSimpleName(),
                        "the update's values are " + size + " bytes; DynamoDB's item limit is 400 KB (409600 bytes)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
    }

    /** Whether the expression is surely within the limit: a char is at most 3 bytes in UTF-8. */
    private static boolean shortExpression(@Nullable String expression) {
        return expression == null || expression.length() <= EXPRESSION_LIMIT / 3;
    }

    private void checkLength(@Nullable String expression, List<Violation> problems) {
        if (expression == null || shortExpression(expression)) {
            return;
        }
        int bytes = expression.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > EXPRESSION_LIMIT) {
            problems.add(new Violation(
                    codec.model().type().getSimpleName(),
                    "the expression is " + bytes + " bytes; DynamoDB's limit is 4 KB (4096 bytes)"));
        }
    }

    @Override
    UpdateItemResponse call(DynamoDbClient client, UpdateItemRequest request) {
        return client.updateItem(request);
    }

    @Override
    CompletableFuture<UpdateItemResponse> call(DynamoDbAsyncClient client, UpdateItemRequest request) {
        return client.updateItem(request);
    }

    @Override
    Map<String, AttributeValue> result(UpdateItemResponse response) {
        return response.hasAttributes() ? response.attributes() : Map.of();
    }

    @Override
    DynanticException failure(SdkException e) {
        if (e instanceof ConditionalCheckFailedException failed) {
            return ConditionFailures.of(Objects.requireNonNull(write), failed);
        }
        return super.failure(e);
    }
}
