package io.dynantic.local.action;

/** The checks BatchGetItem and BatchWriteItem share. */
final class Batches {
    // DynamoDB's message for a key named twice in one batch (BatchGetItem, or BatchWriteItem's puts and deletes);
    // confirmed from DynamoDB responses quoted in issues (boto/boto3#4131 for BatchGetItem, feast-dev/feast#2483
    // for BatchWriteItem: "Provided list of item keys contains duplicates").
    static final String DUPLICATE_KEYS = "Provided list of item keys contains duplicates";

    private Batches() {}
}
