package io.dynantic.local.api;

/** The empty answer of TagResource and UntagResource. */
public record TagResourceResponse() {}
