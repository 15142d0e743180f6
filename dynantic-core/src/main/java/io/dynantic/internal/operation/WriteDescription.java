package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.Key;
import io.dynantic.expression.Condition;
import io.dynantic.internal.operation.ItemWrites.PreparedWrite;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One write of one item, described once: its key, its condition (the caller's and the model's:
 * version check, non-existence, discriminator), the update expression, the names and values they
 * use, and the version the stored item must have. Each kind renders to its single-item request and to
 * an item of a transaction, so that single writes and transactions cannot drift. Immutable.
 */
public sealed interface WriteDescription {
    /** The table's codec. */
    ItemCodec<?> codec();

    /** The item's key attributes. */
    Map<String, AttributeValue> key();

    /** The condition expression, or null. */
    @Nullable
    String condition();

    /** The placeholders' names, or null when there are none (DynamoDB refuses an empty map). */
    @Nullable
    Map<String, String> names();

    /** The placeholders' values, or null when there are none. */
    @Nullable
    Map<String, AttributeValue> values();

    /**
     * How a failed condition is explained.
     *
     * @param operation the single-item operation's name ({@code save}, {@code delete} …)
     * @param expectedVersion the version the stored item must have, or null (none, or a new item)
     * @param versioned whether the condition checks the version
     * @param create whether the condition is that no item has the key
     */
    record Failure(String operation, @Nullable Object expectedVersion, boolean versioned, boolean create) {}

    Failure failure();

    /** This write as an item of TransactWriteItems, asking for the stored item when a condition fails. */
    TransactWriteItem transactItem();

    /**
     * A put ({@code save}, {@code create}).
     *
     * @param stored the item as it is stored (generated fields filled in)
     */
    record PutWrite(
            ItemCodec<?> codec,
            Map<String, AttributeValue> key,
            Map<String, AttributeValue> item,
            Object stored,
            @Nullable String condition,
            @Nullable Map<String, String> names,
            @Nullable Map<String, AttributeValue> values,
            Failure failure)
            implements WriteDescription {

        PutItemRequest request() {
            PutItemRequest.Builder request =
                    PutItemRequest.builder().tableName(codec.tableName()).item(item);
            if (condition != null) {
                request.conditionExpression(condition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
            return request.build();
        }

        @Override
        public TransactWriteItem transactItem() {
            Put.Builder put = Put.builder().tableName(codec.tableName()).item(item);
            if (condition != null) {
                put.conditionExpression(condition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
            return TransactWriteItem.builder().put(put.build()).build();
        }
    }

    /** A delete. */
    record DeleteWrite(
            ItemCodec<?> codec,
            Map<String, AttributeValue> key,
            @Nullable String condition,
            @Nullable Map<String, String> names,
            @Nullable Map<String, AttributeValue> values,
            Failure failure)
            implements WriteDescription {

        DeleteItemRequest request() {
            DeleteItemRequest.Builder request =
                    DeleteItemRequest.builder().tableName(codec.tableName()).key(key);
            if (condition != null) {
                request.conditionExpression(condition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
            return request.build();
        }

        @Override
        public TransactWriteItem transactItem() {
            Delete.Builder delete =
                    Delete.builder().tableName(codec.tableName()).key(key);
            if (condition != null) {
                delete.conditionExpression(condition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
            return TransactWriteItem.builder().delete(delete.build()).build();
        }
    }

    /** An update: its expression and condition share one set of placeholders. */
    record UpdateWrite(
            ItemCodec<?> codec,
            Map<String, AttributeValue> key,
            @Nullable String update,
            @Nullable String condition,
            @Nullable Map<String, String> names,
            @Nullable Map<String, AttributeValue> values,
            Failure failure)
            implements WriteDescription {

        UpdateItemRequest.Builder request() {
            UpdateItemRequest.Builder request =
                    UpdateItemRequest.builder().tableName(codec.tableName()).key(key);
            if (update != null) {
                request.updateExpression(update);
            }
            if (condition != null) {
                request.conditionExpression(condition)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
            return request.expressionAttributeNames(names).expressionAttributeValues(values);
        }

        @Override
        public TransactWriteItem transactItem() {
            Update.Builder u = Update.builder()
                    .tableName(codec.tableName())
                    .key(key)
                    .updateExpression(update)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values);
            if (condition != null) {
                u.conditionExpression(condition)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
            return TransactWriteItem.builder().update(u.build()).build();
        }
    }

    /** A condition on an item that a transaction checks without writing it. */
    record CheckWrite(
            ItemCodec<?> codec,
            Map<String, AttributeValue> key,
            String condition,
            @Nullable Map<String, String> names,
            @Nullable Map<String, AttributeValue> values,
            Failure failure)
            implements WriteDescription {

        @Override
        public TransactWriteItem transactItem() {
            return TransactWriteItem.builder()
                    .conditionCheck(ConditionCheck.builder()
                            .tableName(codec.tableName())
                            .key(key)
                            .conditionExpression(condition)
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(values)
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                            .build())
                    .build();
        }
    }

    // ---------------------------------------------------------------- building

    /**
     * The put of {@code item}: generated fields filled, the version check and bump, non-existence for
     * {@code create}, then the caller's {@code condition}.
     *
     * @throws ItemValidationException when the item is invalid
     */
    public static <T, S extends T> PutWrite put(
            ItemCodec<T> codec, S item, WriteMode mode, @Nullable Condition<?> condition) {
        PreparedWrite<S> prepared;
        try {
            prepared = codec.writes().prepare(item, mode);
        } catch (ItemValidationException e) {
            throw Conditions.withProblemsOf(e, codec, condition);
        }
        Condition<?> all = Conditions.and(prepared.condition(), condition);
        Conditions.Rendered rendered = all == null ? null : Conditions.render(codec, all);
        boolean create = mode == WriteMode.CREATE;
        return new PutWrite(
                codec,
                codec.keyOf(prepared.attributes()),
                prepared.attributes(),
                prepared.item(),
                rendered == null ? null : rendered.expression(),
                rendered == null ? null : rendered.names(),
                rendered == null ? null : rendered.values(),
                new Failure(
                        create ? "create" : "save",
                        prepared.expectedVersion(),
                        !create && prepared.condition() != null,
                        create));
    }

    /**
     * The delete of the item with {@code key}: for a delete addressed by an item of a versioned model, the check
     * that the stored version is {@code expectedVersion} (null: that there is none); then the caller's {@code
     * condition}.
     */
    public static DeleteWrite delete(
            ItemCodec<?> codec,
            @Nullable Key key,
            @Nullable Condition<?> condition,
            boolean byItem,
            @Nullable Object expectedVersion) {
        Map<String, AttributeValue> encoded;
        try {
            encoded = codec.key(key);
        } catch (ItemValidationException e) {
            throw Conditions.withProblemsOf(e, codec, condition);
        }
        Condition<?> all = condition;
        var version = codec.model().primary().version();
        boolean versioned = byItem && version != null;
        if (byItem && version != null) {
            all = Conditions.and(ItemWrites.versionCheck(version, expectedVersion), all);
        }
        all = Conditions.and(Conditions.ownSubtype(codec.model()), all);
        Conditions.Rendered rendered = all == null ? null : Conditions.render(codec, all);
        return new DeleteWrite(
                codec,
                encoded,
                rendered == null ? null : rendered.expression(),
                rendered == null ? null : rendered.names(),
                rendered == null ? null : rendered.values(),
                new Failure("delete", expectedVersion, versioned, false));
    }

    /** A check that {@code condition} holds for the item with {@code key}. */
    public static CheckWrite check(ItemCodec<?> codec, Key key, @Nullable Condition<?> condition) {
        if (condition == null) {
            throw new ItemValidationException(List.of(
                    new Violation(codec.model().type().getSimpleName(), "a condition check needs a condition")));
        }
        Map<String, AttributeValue> encoded = codec.key(key);
        Conditions.Rendered rendered = Conditions.render(codec, condition);
        return new CheckWrite(
                codec,
                encoded,
                rendered.expression(),
                rendered.names(),
                rendered.values(),
                new Failure("condition check", null, false, false));
    }
}
