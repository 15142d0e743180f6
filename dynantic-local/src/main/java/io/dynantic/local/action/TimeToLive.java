package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.DescribeTimeToLiveRequest;
import io.dynantic.local.api.DescribeTimeToLiveResponse;
import io.dynantic.local.api.TimeToLiveDescription;
import io.dynantic.local.api.TimeToLiveSpecification;
import io.dynantic.local.api.TimeToLiveStatus;
import io.dynantic.local.api.UpdateTimeToLiveRequest;
import io.dynantic.local.api.UpdateTimeToLiveResponse;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * DynamoDB's UpdateTimeToLive and DescribeTimeToLive, and the expiry of items. DynamoDB deletes an expired item in
 * the background, some time after its expiry; this engine deletes expired items on {@link #expire()}. An item expires when its Time to Live
 * attribute is a number of epoch seconds not after now and not more than five years before now (DynamoDB leaves
 * older values alone, as it leaves values of other types).
 */
public final class TimeToLive {
    private static final long FIVE_YEARS_SECONDS = Duration.ofDays(5 * 365).toSeconds();

    // DynamoDB's messages for turning Time to Live on or off twice: the second is confirmed exactly (clients compare
    // it), the first only as the start of DynamoDB's message.
    static final String ALREADY_ENABLED = "TimeToLive is already enabled";
    static final String ALREADY_DISABLED = "TimeToLive is already disabled";

    // DynamoDB's constraint messages for a specification without its members, in its "1 validation error
    // detected" form; unconfirmed.
    static final String SPECIFICATION_REQUIRED = "1 validation error detected: Value null at"
            + " 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null";
    static final String ATTRIBUTE_REQUIRED = "1 validation error detected: Value null at"
            + " 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null";
    static final String ENABLED_REQUIRED = "1 validation error detected: Value null at"
            + " 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null";

    // DynamoDB's constraint message for an empty attribute name; confirmed from a DynamoDB response quoted in
    // hashicorp/terraform-provider-aws#39195 and the ack-api-quirks probes (2026).
    static final String ATTRIBUTE_EMPTY = "1 validation error detected: Value '' at"
            + " 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater"
            + " than or equal to 1";

    private final Catalog catalog;

    public TimeToLive(Catalog catalog) {
        this.catalog = catalog;
    }

    public UpdateTimeToLiveResponse update(UpdateTimeToLiveRequest request) {
        Tables.requireName(request.tableName());
        TimeToLiveSpecification specification = request.timeToLiveSpecification();
        if (specification == null) {
            throw new ValidationException(SPECIFICATION_REQUIRED);
        }
        if (specification.attributeName() == null) {
            throw new ValidationException(ATTRIBUTE_REQUIRED);
        }
        if (specification.attributeName().isEmpty()) {
            throw new ValidationException(ATTRIBUTE_EMPTY);
        }
        if (specification.enabled() == null) {
            throw new ValidationException(ENABLED_REQUIRED);
        }
        return catalog.write(() -> {
            Table table = Tables.requireTable(catalog, request.tableName());
            boolean enabled = table.timeToLiveAttribute() != null;
            if (specification.enabled() && enabled) {
                throw new ValidationException(ALREADY_ENABLED);
            }
            if (!specification.enabled() && !enabled) {
                throw new ValidationException(ALREADY_DISABLED);
            }
            table.timeToLiveAttribute(specification.enabled() ? specification.attributeName() : null);
            return new UpdateTimeToLiveResponse(specification);
        });
    }

    public DescribeTimeToLiveResponse describe(DescribeTimeToLiveRequest request) {
        Tables.requireName(request.tableName());
        return catalog.read(() -> {
            String attribute = Tables.requireTable(catalog, request.tableName()).timeToLiveAttribute();
            return new DescribeTimeToLiveResponse(new TimeToLiveDescription(
                    attribute == null ? TimeToLiveStatus.DISABLED : TimeToLiveStatus.ENABLED, attribute));
        });
    }

    /** Deletes every expired item of every table with Time to Live on now; returns how many. */
    public int expire() {
        long now = catalog.clock().instant().getEpochSecond();
        return catalog.write(() -> {
            int deleted = 0;
            for (Table table : catalog.tables()) {
                String attribute = table.timeToLiveAttribute();
                if (attribute == null) {
                    continue;
                }
                for (Map<String, Value> item : table.items()) {
                    if (expired(item.get(attribute), now)) {
                        table.delete(table.keySchema().keyOf(item));
                        deleted++;
                    }
                }
            }
            return deleted;
        });
    }

    private static boolean expired(Value value, long now) {
        if (!(value instanceof Value.N number)) {
            return false;
        }
        BigDecimal seconds = number.value();
        return seconds.compareTo(BigDecimal.valueOf(now)) <= 0
                && seconds.compareTo(BigDecimal.valueOf(now - FIVE_YEARS_SECONDS)) >= 0;
    }
}
