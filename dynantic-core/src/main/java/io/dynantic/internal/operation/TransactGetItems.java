package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.Key;
import io.dynantic.TransactionCanceledException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * TransactGetItems: up to 100 items (each once) read as of one moment, in the order asked for; each is empty when
 * missing or, through a subtype view, of another subtype.
 */
public final class TransactGetItems
        extends Operation<TransactGetItemsRequest, TransactGetItemsResponse, List<Optional<Object>>> {
    /**
     * One item to read.
     *
     * @param codec the codec of the model to read it as
     */
    public record Get(ItemCodec<?> codec, Key key) {}

    private final List<Get> gets;

    public TransactGetItems(List<Get> gets) {
        super("transactGet", "(transaction)");
        this.gets = List.copyOf(gets);
    }

    @Override
    TransactGetItemsRequest request() {
        List<Violation> problems = new ArrayList<>();
        TransactWriteItems.checkCount(gets.size(), "get", problems);
        List<TransactGetItem> items = new ArrayList<>(gets.size());
        Map<TableKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < gets.size(); i++) {
            Get get = gets.get(i);
            try {
                Map<String, AttributeValue> key = get.codec().key(get.key());
                Integer first = seen.putIfAbsent(new TableKey(get.codec().tableName(), key), i);
                if (first != null) {
                    problems.add(new Violation(
                            "[" + i + "] " + get.codec().model().type().getSimpleName(),
                            "reads the same item as get [" + first + "]; a transaction may read an item once"));
                }
                items.add(TransactGetItem.builder()
                        .get(g -> g.tableName(get.codec().tableName()).key(key))
                        .build());
            } catch (ItemValidationException e) {
                for (Violation v : e.violations()) {
                    problems.add(new Violation("[" + i + "] " + v.path(), v.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
        return TransactGetItemsRequest.builder().transactItems(items).build();
    }

    @Override
    DynanticException failure(SdkException e) {
        if (e instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException cancelled) {
            List<CancellationReason> given =
                    cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
            List<Reason> reasons = new ArrayList<>(gets.size());
            for (int i = 0; i < gets.size(); i++) {
                reasons.add(TransactWriteItems.reason(i < given.size() ? given.get(i) : null));
            }
            return TransactWriteItems.cancelled(
                    "transactGet: DynamoDB cancelled the transaction, nothing was read", reasons, e);
        }
        return super.failure(e);
    }

    @Override
    TransactGetItemsResponse call(DynamoDbClient client, TransactGetItemsRequest request) {
        return client.transactGetItems(request);
    }

    @Override
    CompletableFuture<TransactGetItemsResponse> call(DynamoDbAsyncClient client, TransactGetItemsRequest request) {
        return client.transactGetItems(request);
    }

    @Override
    List<Optional<Object>> result(TransactGetItemsResponse response) {
        List<ItemResponse> responses = response.hasResponses() ? response.responses() : List.of();
        List<Optional<Object>> out = new ArrayList<>(gets.size());
        for (int i = 0; i < gets.size(); i++) {
            ItemCodec<?> codec = gets.get(i).codec();
            Map<String, AttributeValue> item =
                    i < responses.size() && responses.get(i).hasItem()
                            ? responses.get(i).item()
                            : Map.of();
            out.add(item.isEmpty() || !codec.model().owns(item) ? Optional.empty() : Optional.of(codec.read(item)));
        }
        return out;
    }
}
