package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.Key;
import io.dynantic.ReturnValue;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.expression.Path;
import io.dynantic.internal.expression.ConditionRenderer;
import io.dynantic.internal.expression.Placeholders;
import io.dynantic.internal.expression.UpdateAction;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import io.dynantic.internal.validation.ItemSize;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    private final Condition<?> condition;
    private final boolean byItem;
    private final Object expectedVersion;
    private final ReturnValue returnValue;
    private WriteDescription.UpdateWrite write;

    /**
     * @param byItem whether the update is addressed by an item ({@code patch}), whose {@code
     *     expectedVersion} the stored item must have (null: the item must be new); otherwise the
     *     version is incremented whatever it is
     */
    public UpdateItem(
            ItemCodec<T> codec,
            Key key,
            List<UpdateAction> actions,
            Condition<?> condition,
            boolean byItem,
            Object expectedVersion,
            ReturnValue returnValue) {
        super(byItem ? "patch" : "update", codec.tableName());
        this.codec = codec;
        this.key = key;
        this.actions = List.copyOf(actions);
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
        List<Violation> problems = new ArrayList<>();
        Map<String, AttributeValue> encodedKey = null;
        try {
            encodedKey = codec.key(key);
        } catch (ItemValidationException e) {
            problems.addAll(e.violations());
        }
        List<UpdateAction> all = new ArrayList<>(actions.size() + 4);
        for (UpdateAction action : actions) {
            UpdateAction encoded = encode(action, problems);
            if (encoded != null) {
                all.add(encoded);
            }
        }
        Condition<?> implied = implied(all);
        UpdatePlan plan = codec.updatePlans().plan(all, codec.values()::where);
        problems.addAll(plan.overlaps());
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems.stream().distinct().toList());
        }

        Placeholders placeholders = plan.placeholders(all);
        String update = plan.expression();
        Condition<?> checks = Conditions.and(implied, condition);
        String conditionExpression =
                checks == null ? null : new ConditionRenderer(placeholders, codec.values()::encode).render(checks);
        Map<String, AttributeValue> values = placeholders.values();
        checkLimits(update, conditionExpression, values);
        boolean versioned = byItem && codec.model().primary().version() != null;
        return new WriteDescription.UpdateWrite(
                codec,
                encodedKey,
                update.isEmpty() ? null : update,
                conditionExpression,
                placeholders.names(),
                values,
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

    /** The action with its value stored as a put would store it; null when it does nothing. */
    private UpdateAction encode(UpdateAction action, List<Violation> problems) {
        Path path = action.path();
        String managed = managed(path);
        if (managed != null) {
            problems.add(new Violation(codec.values().where(path), managed));
            return null;
        }
        if (action instanceof UpdateAction.Remove) {
            problems.addAll(codec.values().validateRemoval(path));
            return action;
        }
        if (action instanceof UpdateAction.Set || action instanceof UpdateAction.SetIfNotExists) {
            problems.addAll(codec.values().validateValue(path, action.value()));
        }
        AttributeValue value;
        try {
            value = codec.values().encodeStored(action.value(), path);
        } catch (ItemValidationException e) {
            problems.addAll(e.violations());
            return null;
        }
        if (value == null) {
            // An empty set (or optional) is not stored: setting it removes the attribute; adding,
            // deleting or defaulting to it changes nothing.
            return action instanceof UpdateAction.Set ? new UpdateAction.Remove(path) : null;
        }
        String misfit = misfit(action, value);
        if (misfit != null) {
            problems.add(new Violation(codec.values().where(path), misfit));
            return null;
        }
        if (action instanceof UpdateAction.Set || action instanceof UpdateAction.SetIfNotExists) {
            checkIndexKey(path, value, problems);
        }
        return action.withValue(value);
    }

    /** Why the library, not the caller, owns the attribute at {@code path}; null when it does not. */
    private String managed(Path path) {
        TableModel<T> model = codec.model();
        String root = path.root();
        if (root.equals(model.partitionKey().attributeName())) {
            return "the partition key cannot be updated; DynamoDB keys are immutable (save a new item and delete"
                    + " the old one)";
        }
        if (model.sortKey() != null && root.equals(model.sortKey().attributeName())) {
            return "the sort key cannot be updated; DynamoDB keys are immutable (save a new item and delete the"
                    + " old one)";
        }
        PropertyModel version = model.primary().version();
        if (version != null && root.equals(version.attributeName())) {
            return "the @Version field is managed by the library; every update increments it";
        }
        if (root.equals(model.discriminator())) {
            return "the discriminator is managed by the library; it follows the model type";
        }
        return null;
    }

    /** Why DynamoDB would reject the action for the stored type of the value; null when it fits. */
    private static String misfit(UpdateAction action, AttributeValue value) {
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

    private void checkIndexKey(Path path, AttributeValue value, List<Violation> problems) {
        if (path.segments().size() != 1) {
            return;
        }
        boolean empty = value.s() != null && value.s().isEmpty()
                || value.b() != null && value.b().asByteBuffer().remaining() == 0;
        if (!empty) {
            return;
        }
        for (IndexModel index : codec.model().indexes()) {
            for (PropertyModel p : new PropertyModel[] {index.partitionKey(), index.sortKey()}) {
                if (p != null && p.attributeName().equals(path.root())) {
                    problems.add(new Violation(
                            codec.values().where(path),
                            "an index key cannot be empty; set null to leave the item out of the index"));
                    return;
                }
            }
        }
    }

    /**
     * Adds the actions the model implies to {@code all} and returns the condition they need: the
     * version check, the discriminator of a subtype view, the existence of an item of a polymorphic
     * table.
     */
    private Condition<?> implied(List<UpdateAction> all) {
        TableModel<T> model = codec.model();
        var entity = model.primary();
        Instant now = null;
        for (PropertyModel p : entity.updatedAt()) {
            if (!touches(all, p)) {
                now = now == null ? codec.now() : now;
                all.add(new UpdateAction.Set(
                        Path.of(p.attributeName()), p.converter().write(now)));
            }
        }
        for (PropertyModel p : entity.createdAt()) {
            if (!touches(all, p)) {
                now = now == null ? codec.now() : now;
                all.add(new UpdateAction.SetIfNotExists(
                        Path.of(p.attributeName()), p.converter().write(now)));
            }
        }
        Condition<?> implied = null;
        PropertyModel version = entity.version();
        if (version != null) {
            Path path = Path.of(version.attributeName());
            if (!byItem) {
                all.add(new UpdateAction.Add(path, AttributeValue.createN("1")));
            } else if (expectedVersion == null) {
                all.add(new UpdateAction.Set(path, AttributeValue.createN("1")));
                implied = Attribute.named(model.partitionKey().attributeName()).notExists();
            } else {
                long next = ((Number) expectedVersion).longValue() + 1;
                all.add(new UpdateAction.Set(path, AttributeValue.createN(Long.toString(next))));
                implied = Attribute.of(version.attributeName()).eq(expectedVersion);
            }
        }
        if (model.discriminator() != null) {
            var pk = Attribute.named(model.partitionKey().attributeName());
            if (model.entities().size() == 1) {
                // A subtype view writes its own type and never touches another subtype's item.
                Path path = Path.of(model.discriminator());
                String value = entity.discriminatorValue();
                all.add(new UpdateAction.Set(path, AttributeValue.createS(value)));
                implied = Conditions.and(
                        implied,
                        Attribute.named(model.discriminator()).eq(value).or(pk.notExists()));
            } else {
                // Through the base type the subtype is unknown, so the item must exist already.
                implied = Conditions.and(implied, pk.exists());
            }
        }
        return implied;
    }

    private static boolean touches(List<UpdateAction> actions, PropertyModel p) {
        for (UpdateAction a : actions) {
            if (a.path().root().equals(p.attributeName())) {
                return true;
            }
        }
        return false;
    }

    private void checkLimits(String update, String condition, Map<String, AttributeValue> values) {
        List<Violation> problems = new ArrayList<>();
        for (String expression : new String[] {update, condition}) {
            // A char is at most 3 bytes in UTF-8, so short expressions need no counting.
            int bytes = expression == null || expression.length() <= EXPRESSION_LIMIT / 3
                    ? 0
                    : expression.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > EXPRESSION_LIMIT) {
                problems.add(new Violation(
                        codec.model().type().getSimpleName(),
                        "the expression is " + bytes + " bytes; DynamoDB's limit is 4 KB (4096 bytes)"));
            }
        }
        if (values != null && !ItemSize.clearlyFits(values)) {
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
            return ConditionFailures.of(write, failed);
        }
        return super.failure(e);
    }
}
