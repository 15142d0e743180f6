/**
 * A hand-written lexer and recursive-descent parser for DynamoDB expressions, and the placeholder pass that
 * substitutes ExpressionAttributeNames and ExpressionAttributeValues with DynamoDB's checks.
 */
package io.dynantic.local.expression.parser;
