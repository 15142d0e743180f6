package io.dynantic.it.model;

import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Ttl;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** One field of every supported type, for round trips and format checks. */
@DynamoTable("everything")
public record Everything(
        @PartitionKey String id,
        String text,
        char letter,
        Character boxedLetter,
        boolean flag,
        Boolean boxedFlag,
        byte tiny,
        short small,
        int number,
        long big,
        Byte boxedTiny,
        Short boxedSmall,
        Integer boxedNumber,
        Long boxedBig,
        BigInteger huge,
        BigDecimal decimal,
        float single,
        double real,
        Float boxedSingle,
        Double boxedReal,
        Instant instant,
        OffsetDateTime offsetDateTime,
        ZonedDateTime zonedDateTime,
        LocalDate date,
        LocalDateTime dateTime,
        LocalTime time,
        Duration duration,
        Year year,
        YearMonth yearMonth,
        @Ttl Instant expiresAt,
        UUID uuid,
        UserStatus status,
        byte[] bytes,
        ByteBuffer buffer,
        SdkBytes sdkBytes,
        Set<String> strings,
        Set<Integer> integers,
        Set<BigDecimal> decimals,
        Set<SdkBytes> binaries,
        SortedSet<String> sorted,
        List<String> list,
        List<Address> addresses,
        List<Set<String>> listOfSets,
        Map<String, Integer> counts,
        Map<String, Address> places,
        Address address,
        Optional<String> maybe,
        @Attribute("renamed_field") String renamed) {

    /** An item with only its key; primitives zero, everything else absent. */
    public static Everything withId(String id) {
        return with(null, "id", id);
    }

    /** A copy of {@code base} (or of an empty item) with one component replaced. */
    public static Everything with(Everything base, String component, Object value) {
        RecordComponent[] components = Everything.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = base != null ? components[i].getAccessor().invoke(base) : zero(types[i]);
                if (components[i].getName().equals(component)) {
                    args[i] = value;
                }
            }
            return Everything.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of one component. */
    public Object get(String component) {
        try {
            for (RecordComponent c : Everything.class.getRecordComponents()) {
                if (c.getName().equals(component)) {
                    return c.getAccessor().invoke(this);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(component);
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'x';
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        return null;
    }
}
