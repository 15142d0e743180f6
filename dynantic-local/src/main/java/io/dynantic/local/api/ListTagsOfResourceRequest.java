package io.dynantic.local.api;

/** A ListTagsOfResource request; {@code nextToken} continues a previous page. */
public record ListTagsOfResourceRequest(String resourceArn, String nextToken) {}
