package io.dynantic.local.api;

/**
 * One action of TransactWriteItems: exactly one of a Put, an Update, a Delete or a ConditionCheck (the others are
 * {@code null}). The Put and Delete use their single-item requests, whose ReturnValues must stay NONE.
 */
public record TransactWriteItem(
        PutItemRequest put, UpdateItemRequest update, DeleteItemRequest delete, ConditionCheck conditionCheck) {
    public static TransactWriteItem put(PutItemRequest request) {
        return new TransactWriteItem(request, null, null, null);
    }

    public static TransactWriteItem update(UpdateItemRequest request) {
        return new TransactWriteItem(null, request, null, null);
    }

    public static TransactWriteItem delete(DeleteItemRequest request) {
        return new TransactWriteItem(null, null, request, null);
    }

    public static TransactWriteItem conditionCheck(ConditionCheck check) {
        return new TransactWriteItem(null, null, null, check);
    }
}
