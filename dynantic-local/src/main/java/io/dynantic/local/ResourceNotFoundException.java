package io.dynantic.local;

/** DynamoDB's {@code ResourceNotFoundException}: the table does not exist. Immutable and thread-safe. */
public final class ResourceNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // DynamoDB's message for item actions on a missing table; confirmed from DynamoDB responses quoted in issues
    // (hashicorp-education/learn-terraform-aft-account-request#4: {"__type":"...#ResourceNotFoundException",
    // "message":"Requested resource not found"} for PutItem).
    public static final String MESSAGE = "Requested resource not found";

    // DynamoDB's message for DescribeTable and DeleteTable of a missing table; confirmed from DynamoDB responses
    // quoted in projects' code and tests ({"__type":"...#ResourceNotFoundException","message":"Requested resource
    // not found: Table: Music not found"}; a DeleteTable caller matching "Requested resource not found: Table:
    // pac-conference not found").
    static final String TABLE_NOT_FOUND = "Requested resource not found: Table: %s not found";

    /** Creates the exception with DynamoDB's message. */
    public ResourceNotFoundException(String message) {
        super(message);
    }

    /** The exception for an item action on a missing table. */
    public static ResourceNotFoundException resource() {
        return new ResourceNotFoundException(MESSAGE);
    }

    /** The exception for DescribeTable or DeleteTable of a missing table. */
    public static ResourceNotFoundException table(String tableName) {
        return new ResourceNotFoundException(String.format(TABLE_NOT_FOUND, tableName));
    }
}
