package io.dynantic.local;

import io.dynantic.local.action.BatchGetItem;
import io.dynantic.local.action.BatchWriteItem;
import io.dynantic.local.action.CreateTable;
import io.dynantic.local.action.DeleteItem;
import io.dynantic.local.action.DeleteTable;
import io.dynantic.local.action.DescribeTable;
import io.dynantic.local.action.GetItem;
import io.dynantic.local.action.ListTables;
import io.dynantic.local.action.PutItem;
import io.dynantic.local.action.Query;
import io.dynantic.local.action.Scan;
import io.dynantic.local.action.Tags;
import io.dynantic.local.action.TimeToLive;
import io.dynantic.local.action.TransactGetItems;
import io.dynantic.local.action.TransactWriteItems;
import io.dynantic.local.action.UpdateItem;
import io.dynantic.local.action.UpdateTable;
import io.dynantic.local.api.BatchGetItemRequest;
import io.dynantic.local.api.BatchGetItemResponse;
import io.dynantic.local.api.BatchWriteItemRequest;
import io.dynantic.local.api.BatchWriteItemResponse;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.CreateTableResponse;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.DeleteItemResponse;
import io.dynantic.local.api.DeleteTableRequest;
import io.dynantic.local.api.DeleteTableResponse;
import io.dynantic.local.api.DescribeTableRequest;
import io.dynantic.local.api.DescribeTableResponse;
import io.dynantic.local.api.DescribeTimeToLiveRequest;
import io.dynantic.local.api.DescribeTimeToLiveResponse;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.GetItemResponse;
import io.dynantic.local.api.ListTablesRequest;
import io.dynantic.local.api.ListTablesResponse;
import io.dynantic.local.api.ListTagsOfResourceRequest;
import io.dynantic.local.api.ListTagsOfResourceResponse;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.PutItemResponse;
import io.dynantic.local.api.QueryRequest;
import io.dynantic.local.api.QueryResponse;
import io.dynantic.local.api.ScanRequest;
import io.dynantic.local.api.ScanResponse;
import io.dynantic.local.api.TagResourceRequest;
import io.dynantic.local.api.TagResourceResponse;
import io.dynantic.local.api.TransactGetItemsRequest;
import io.dynantic.local.api.TransactGetItemsResponse;
import io.dynantic.local.api.TransactWriteItemsRequest;
import io.dynantic.local.api.TransactWriteItemsResponse;
import io.dynantic.local.api.UntagResourceRequest;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.api.UpdateItemResponse;
import io.dynantic.local.api.UpdateTableRequest;
import io.dynantic.local.api.UpdateTableResponse;
import io.dynantic.local.api.UpdateTimeToLiveRequest;
import io.dynantic.local.api.UpdateTimeToLiveResponse;
import io.dynantic.local.storage.Catalog;
import java.time.Clock;

/**
 * An in-memory DynamoDB engine: tables (with billing modes, global secondary index changes, Time to Live and tags),
 * single-item actions, batches, transactions, Query and Scan, with DynamoDB's
 * semantics and error messages. Thread-safe: one engine-wide read/write lock; conditional writes check and write
 * atomically, and a transaction is applied under the write lock so readers never see half of it. Failures are
 * {@link ValidationException}, {@link ResourceNotFoundException}, {@link ResourceInUseException},
 * {@link ConditionalCheckFailedException}, {@link TransactionCanceledException} and
 * {@link IdempotentParameterMismatchException}.
 */
public final class Engine {
    private final CreateTable createTable;
    private final DescribeTable describeTable;
    private final DeleteTable deleteTable;
    private final ListTables listTables;
    private final PutItem putItem;
    private final GetItem getItem;
    private final DeleteItem deleteItem;
    private final UpdateItem updateItem;
    private final Query query;
    private final Scan scan;
    private final BatchGetItem batchGetItem;
    private final BatchWriteItem batchWriteItem;
    private final TransactWriteItems transactWriteItems;
    private final TransactGetItems transactGetItems;
    private final UpdateTable updateTable;
    private final TimeToLive timeToLive;
    private final Tags tags;

    private Engine(Catalog catalog) {
        createTable = new CreateTable(catalog);
        describeTable = new DescribeTable(catalog);
        deleteTable = new DeleteTable(catalog);
        listTables = new ListTables(catalog);
        putItem = new PutItem(catalog);
        getItem = new GetItem(catalog);
        deleteItem = new DeleteItem(catalog);
        updateItem = new UpdateItem(catalog);
        query = new Query(catalog);
        scan = new Scan(catalog);
        batchGetItem = new BatchGetItem(catalog);
        batchWriteItem = new BatchWriteItem(catalog);
        transactWriteItems = new TransactWriteItems(catalog);
        transactGetItems = new TransactGetItems(catalog);
        updateTable = new UpdateTable(catalog);
        timeToLive = new TimeToLive(catalog);
        tags = new Tags(catalog);
    }

    /** An empty engine whose tables are created at the system clock's time. */
    public static Engine create() {
        return create(Clock.systemUTC());
    }

    /**
     * An empty engine whose table creation times, client request token lifetimes and item expiry follow {@code
     * clock}; tests move such a clock to expire items.
     */
    public static Engine create(Clock clock) {
        return new Engine(new Catalog(clock));
    }

    public CreateTableResponse createTable(CreateTableRequest request) {
        return createTable.execute(request);
    }

    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return describeTable.execute(request);
    }

    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return deleteTable.execute(request);
    }

    public ListTablesResponse listTables(ListTablesRequest request) {
        return listTables.execute(request);
    }

    public PutItemResponse putItem(PutItemRequest request) {
        return putItem.execute(request);
    }

    public GetItemResponse getItem(GetItemRequest request) {
        return getItem.execute(request);
    }

    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return deleteItem.execute(request);
    }

    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return updateItem.execute(request);
    }

    public QueryResponse query(QueryRequest request) {
        return query.execute(request);
    }

    public ScanResponse scan(ScanRequest request) {
        return scan.execute(request);
    }

    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return batchGetItem.execute(request);
    }

    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return batchWriteItem.execute(request);
    }

    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return transactWriteItems.execute(request);
    }

    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return transactGetItems.execute(request);
    }

    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        return updateTable.execute(request);
    }

    public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
        return timeToLive.update(request);
    }

    public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
        return timeToLive.describe(request);
    }

    public TagResourceResponse tagResource(TagResourceRequest request) {
        return tags.tag(request);
    }

    public TagResourceResponse untagResource(UntagResourceRequest request) {
        return tags.untag(request);
    }

    public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        return tags.list(request);
    }

    /**
     * Deletes every item whose Time to Live has passed by the engine's clock and returns how many: what DynamoDB's
     * background process does some time (typically days) after an item expires. The engine never does it by itself,
     * so a test decides when expired items go; the HTTP server does it once a minute.
     */
    public int expireItems() {
        return timeToLive.expire();
    }
}
