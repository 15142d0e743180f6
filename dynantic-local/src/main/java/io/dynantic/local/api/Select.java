package io.dynantic.local.api;

/** What a Query or Scan returns: whole items, the index's projected attributes, a projection, or only counts. */
public enum Select {
    ALL_ATTRIBUTES,
    ALL_PROJECTED_ATTRIBUTES,
    SPECIFIC_ATTRIBUTES,
    COUNT
}
