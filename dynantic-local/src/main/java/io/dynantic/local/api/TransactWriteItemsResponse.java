package io.dynantic.local.api;

/** A TransactWriteItems response: the transaction was applied (or had been, for a repeated client token). */
public record TransactWriteItemsResponse() {}
