/** Runs resolved expressions against items: conditions, updates and projections, with DynamoDB's semantics. */
package io.dynantic.local.expression.eval;
