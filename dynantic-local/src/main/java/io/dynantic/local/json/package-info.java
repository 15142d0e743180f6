/** A dependency-free JSON reader and writer for DynamoDB's JSON protocol. */
package io.dynantic.local.json;
