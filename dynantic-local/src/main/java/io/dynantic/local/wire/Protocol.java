package io.dynantic.local.wire;

import io.dynantic.local.ConditionalCheckFailedException;
import io.dynantic.local.Engine;
import io.dynantic.local.TransactionCanceledException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.BatchGetItemRequest;
import io.dynantic.local.api.BatchWriteItemRequest;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.DeleteTableRequest;
import io.dynantic.local.api.DescribeTableRequest;
import io.dynantic.local.api.DescribeTimeToLiveRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.ListTablesRequest;
import io.dynantic.local.api.ListTagsOfResourceRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.QueryRequest;
import io.dynantic.local.api.ScanRequest;
import io.dynantic.local.api.TagResourceRequest;
import io.dynantic.local.api.TransactGetItemsRequest;
import io.dynantic.local.api.TransactWriteItemsRequest;
import io.dynantic.local.api.UntagResourceRequest;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.api.UpdateTableRequest;
import io.dynantic.local.api.UpdateTimeToLiveRequest;
import io.dynantic.local.json.Json;
import io.dynantic.local.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * DynamoDB's JSON protocol (version 2012-08-10) over an {@link Engine}: takes the action named by the {@code
 * X-Amz-Target} header and the JSON body, answers with the JSON body and status DynamoDB would send, errors included
 * ({@code __type} and {@code message}). Shared by the in-process SDK HTTP clients and the HTTP server. Thread-safe.
 */
public final class Protocol {
    /** The content type of requests and answers. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    /** The prefix of {@code X-Amz-Target} values. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";

    private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    private static final String CORAL_SERVICE = "com.amazon.coral.service#";
    private static final String CORAL_VALIDATE = "com.amazon.coral.validate#";

    // DynamoDB's message for an empty map of placeholders; confirmed from a DynamoDB response quoted in
    // aws/aws-appsync-community#178 (with its request id) and moto's answer.
    static final String EMPTY_PLACEHOLDERS = "%s must not be empty";

    /** An answer: the HTTP status and the JSON body. */
    public record Reply(int status, byte[] body) {
        /** The CRC32 checksum of the body, as DynamoDB sends it in {@code x-amz-crc32}. */
        public long crc32() {
            CRC32 crc = new CRC32();
            crc.update(body);
            return crc.getValue();
        }
    }

    /** The actions this engine serves, by their {@code X-Amz-Target} names. */
    private static final Set<String> ACTIONS = Set.of(
            "CreateTable",
            "DescribeTable",
            "DeleteTable",
            "ListTables",
            "UpdateTable",
            "UpdateTimeToLive",
            "DescribeTimeToLive",
            "TagResource",
            "UntagResource",
            "ListTagsOfResource",
            "PutItem",
            "GetItem",
            "UpdateItem",
            "DeleteItem",
            "Query",
            "Scan",
            "BatchGetItem",
            "BatchWriteItem",
            "TransactWriteItems",
            "TransactGetItems");

    private final Engine engine;

    public Protocol(Engine engine) {
        this.engine = engine;
    }

    /** Reads the request of {@code action} from its JSON members and hands it to the engine. */
    private Record call(String action, Map<String, Object> members) {
        return switch (action) {
            case "CreateTable" -> engine.createTable(Shapes.read(CreateTableRequest.class, members));
            case "DescribeTable" -> engine.describeTable(Shapes.read(DescribeTableRequest.class, members));
            case "DeleteTable" -> engine.deleteTable(Shapes.read(DeleteTableRequest.class, members));
            case "ListTables" -> engine.listTables(Shapes.read(ListTablesRequest.class, members));
            case "UpdateTable" -> engine.updateTable(Shapes.read(UpdateTableRequest.class, members));
            case "UpdateTimeToLive" -> engine.updateTimeToLive(Shapes.read(UpdateTimeToLiveRequest.class, members));
            case "DescribeTimeToLive" ->
                engine.describeTimeToLive(Shapes.read(DescribeTimeToLiveRequest.class, members));
            case "TagResource" -> engine.tagResource(Shapes.read(TagResourceRequest.class, members));
            case "UntagResource" -> engine.untagResource(Shapes.read(UntagResourceRequest.class, members));
            case "ListTagsOfResource" ->
                engine.listTagsOfResource(Shapes.read(ListTagsOfResourceRequest.class, members));
            case "PutItem" -> engine.putItem(Shapes.read(PutItemRequest.class, members));
            case "GetItem" -> engine.getItem(Shapes.read(GetItemRequest.class, members));
            case "UpdateItem" -> engine.updateItem(Shapes.read(UpdateItemRequest.class, members));
            case "DeleteItem" -> engine.deleteItem(Shapes.read(DeleteItemRequest.class, members));
            case "Query" -> engine.query(Shapes.read(QueryRequest.class, members));
            case "Scan" -> engine.scan(Shapes.read(ScanRequest.class, members));
            case "BatchGetItem" -> engine.batchGetItem(Shapes.read(BatchGetItemRequest.class, members));
            case "BatchWriteItem" -> engine.batchWriteItem(Shapes.read(BatchWriteItemRequest.class, members));
            case "TransactWriteItems" ->
                engine.transactWriteItems(Shapes.read(TransactWriteItemsRequest.class, members));
            case "TransactGetItems" -> engine.transactGetItems(Shapes.read(TransactGetItemsRequest.class, members));
            default -> throw new IllegalArgumentException("not an action: " + action);
        };
    }

    /** Answers one request: {@code target} is the {@code X-Amz-Target} header (or {@code null}), {@code body} JSON. */
    public Reply handle(String target, byte[] body) {
        try {
            String action =
                    target == null || !target.startsWith(TARGET_PREFIX) ? "" : target.substring(TARGET_PREFIX.length());
            if (!ACTIONS.contains(action)) {
                return error(400, CORAL_SERVICE + "UnknownOperationException", null, Map.of());
            }
            Object json;
            try {
                json = Json.parse(body);
            } catch (JsonException e) {
                return error(400, CORAL_SERVICE + "SerializationException", null, Map.of());
            }
            Map<String, Object> members = Shapes.object(json);
            for (String placeholders : List.of("ExpressionAttributeNames", "ExpressionAttributeValues")) {
                if (members.get(placeholders) instanceof Map<?, ?> map && map.isEmpty()) {
                    throw new ValidationException(String.format(EMPTY_PLACEHOLDERS, placeholders));
                }
            }
            LegacyParameters.rewrite(members);
            Record response = call(action, members);
            return new Reply(200, Json.write(Shapes.write(response)).getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return error(e);
        }
    }

    private static Reply error(RuntimeException e) {
        if (e instanceof SerializationException) {
            // This one error spells its message member with a capital M.
            return error(400, CORAL_SERVICE + "SerializationException", null, Map.of("Message", e.getMessage()));
        }
        if (e instanceof ValidationException) {
            return error(400, CORAL_VALIDATE + "ValidationException", e.getMessage(), Map.of());
        }
        if (e instanceof ConditionalCheckFailedException failed) {
            return error(
                    400,
                    DYNAMODB + "ConditionalCheckFailedException",
                    e.getMessage(),
                    failed.item() == null ? Map.of() : Map.of("Item", AttributeValues.writeItem(failed.item())));
        }
        if (e instanceof TransactionCanceledException canceled) {
            return error(
                    400,
                    DYNAMODB + "TransactionCanceledException",
                    e.getMessage(),
                    Map.of(
                            "CancellationReasons",
                            Shapes.write(new Reasons(canceled.reasons())).get("Reasons")));
        }
        if (e.getClass().getPackageName().equals(Engine.class.getPackageName())) {
            return error(400, DYNAMODB + e.getClass().getSimpleName(), e.getMessage(), Map.of());
        }
        return error(500, DYNAMODB + "InternalServerError", "Internal server error", Map.of());
    }

    /** Carries cancellation reasons through the record writer. */
    private record Reasons(List<io.dynantic.local.api.CancellationReason> reasons) {}

    private static Reply error(int status, String type, String message, Map<String, Object> extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("__type", type);
        if (message != null) {
            json.put("message", message);
        }
        json.putAll(extra);
        return new Reply(status, Json.write(json).getBytes(StandardCharsets.UTF_8));
    }
}
