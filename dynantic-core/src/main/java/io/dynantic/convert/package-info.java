/** The converter SPI: how a Java type becomes a DynamoDB attribute value and back. */
@NullMarked
package io.dynantic.convert;

import org.jspecify.annotations.NullMarked;
