package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * One class mapped by both libraries, as a team migrating from the AWS Enhanced Client has it: the
 * Enhanced Client reads the getters' annotations, Dynantic the fields'.
 */
@DynamoDbBean
@DynamoTable("legacy_events")
public class LegacyEvent {
    @PartitionKey
    private String stream;

    @SortKey
    private Instant at;

    private UserStatus status;
    private Instant handledAt;

    @DynamoDbPartitionKey
    public String getStream() {
        return stream;
    }

    public void setStream(String stream) {
        this.stream = stream;
    }

    @DynamoDbSortKey
    public Instant getAt() {
        return at;
    }

    public void setAt(Instant at) {
        this.at = at;
    }

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public void setHandledAt(Instant handledAt) {
        this.handledAt = handledAt;
    }
}
