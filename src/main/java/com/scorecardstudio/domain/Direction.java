package com.scorecardstudio.domain;

/** Which way an indicator should move: up is good (revenue) or down is good (waiting time). */
public enum Direction {
    UP, DOWN;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
