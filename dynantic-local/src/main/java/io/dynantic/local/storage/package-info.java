/**
 * The engine's in-memory storage: the catalog of tables and, per table, its items by partition key, each
 * partition sorted by sort key, and its secondary indexes, which the table keeps up to date on every write. Query
 * and Scan read a table or an index through {@link io.dynantic.local.storage.ItemSource}. Not thread-safe on its own: {@link io.dynantic.local.storage.Catalog}'s lock
 * guards every access.
 */
package io.dynantic.local.storage;
