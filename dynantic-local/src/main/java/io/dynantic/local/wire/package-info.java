/** DynamoDB's JSON protocol over the engine: request and response shapes, attribute values, errors. */
package io.dynantic.local.wire;
