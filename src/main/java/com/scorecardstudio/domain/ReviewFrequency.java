package com.scorecardstudio.domain;

/** How often an indicator is looked at. */
public enum ReviewFrequency {
    WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
