package io.dynantic.local.api;

/** A table's billing mode as DescribeTable reports it. */
public record BillingModeSummary(BillingMode billingMode) {}
