package io.dynantic.local.api;

/** The type of a key attribute. */
public record AttributeDefinition(String attributeName, ScalarAttributeType attributeType) {}
