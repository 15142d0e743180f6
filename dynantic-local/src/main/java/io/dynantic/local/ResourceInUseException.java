package io.dynantic.local;

/** DynamoDB's {@code ResourceInUseException}: for example a table that already exists. Immutable and thread-safe. */
public final class ResourceInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // DynamoDB's message for CreateTable of an existing table; the prefix is confirmed from a DynamoDB response
    // quoted in joshsymonds/Dynamoid#178 ("(AWS::DynamoDB::Errors::ResourceInUseException) "Table already
    // exists: ""), with the table name after it.
    static final String TABLE_EXISTS = "Table already exists: %s";

    /** Creates the exception with DynamoDB's message. */
    public ResourceInUseException(String message) {
        super(message);
    }

    /** The exception for CreateTable of an existing table. */
    public static ResourceInUseException tableExists(String tableName) {
        return new ResourceInUseException(String.format(TABLE_EXISTS, tableName));
    }
}
