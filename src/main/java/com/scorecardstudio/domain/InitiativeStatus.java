package com.scorecardstudio.domain;

/** Where a concrete step stands. */
public enum InitiativeStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
