package com.scorecardstudio.domain;

/** How much a goal matters this year. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
