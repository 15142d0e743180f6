package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Version;
import jakarta.validation.constraints.Min;

/** A JavaBean model with a version. */
@DynamoTable("accounts")
public class Account {
    @PartitionKey
    private String id;

    @Min(0)
    private long balance;

    private boolean active;

    @Version
    private Integer version;

    /** Set when a bean is made: an item stored without a note must still read as none. */
    private String note = "new";

    public Account() {}

    public Account(String id, long balance) {
        this.id = id;
        this.balance = balance;
        this.active = true;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getBalance() {
        return balance;
    }

    public void setBalance(long balance) {
        this.balance = balance;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
