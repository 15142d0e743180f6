package io.dynantic.local.api;

/** How a table is billed: by provisioned capacity, or on demand. */
public enum BillingMode {
    PROVISIONED,
    PAY_PER_REQUEST
}
