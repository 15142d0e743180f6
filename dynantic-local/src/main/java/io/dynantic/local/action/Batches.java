package io.dynantic.local.action;

/** The checks BatchGetItem and BatchWriteItem share. */
final class Batches {
    // DynamoDB's message for a key named twice in one batch (BatchGetItem, or BatchWriteItem's puts and deletes);
    // confirmed as DynamoDB's text ("Provided list of item keys contains duplicates").
    static final String DUPLICATE_KEYS = "Provided list of item keys contains duplicates";

    // DynamoDB's message for an empty RequestItems, in the form of its constraint messages; NOT confirmed (the
    // form "1 validation error detected: Value '[]' at 'requestItems.Auth.member.keys' failed to satisfy
    // constraint: Member must have length greater than or equal to 1" is confirmed from a DynamoDB response).
    static final String EMPTY_REQUEST = "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 1";

    private Batches() {}
}
