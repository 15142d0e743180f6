package io.dynantic.it.model;

import io.dynantic.annotation.EnumValue;

/** A tier stored as its level (N), as a Python {@code IntEnum} stores it. */
public enum Tier {
    BRONZE(1),
    SILVER(2),
    GOLD(3);

    private final int level;

    Tier(int level) {
        this.level = level;
    }

    @EnumValue
    public int level() {
        return level;
    }
}
