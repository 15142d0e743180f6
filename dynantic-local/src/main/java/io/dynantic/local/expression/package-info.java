/**
 * The syntax trees of DynamoDB's condition, filter, key-condition, update and projection expressions: sealed
 * interfaces of immutable records.
 */
package io.dynantic.local.expression;
