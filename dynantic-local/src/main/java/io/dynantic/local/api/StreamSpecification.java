package io.dynantic.local.api;

/** A request's DynamoDB Streams settings; read so that UpdateTable sees them, though the engine keeps no stream. */
public record StreamSpecification(Boolean streamEnabled, String streamViewType) {}
