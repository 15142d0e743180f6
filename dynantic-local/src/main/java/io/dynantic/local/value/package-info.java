/**
 * DynamoDB attribute values as immutable records, with DynamoDB's number rules, key ordering and item size
 * accounting. Independent of the AWS SDK.
 */
package io.dynantic.local.value;
