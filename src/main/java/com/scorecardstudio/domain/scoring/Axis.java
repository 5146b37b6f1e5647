package com.scorecardstudio.domain.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two axes of the client matrix (methodology §3). Keys are stable: database, files, command line. */
public enum Axis {
    /** How attractive the client is to the firm (привлекательность): the vertical axis. */
    ATTRACTIVENESS,
    /** How strong the relationship with the client is (взаимоотношения): the horizontal axis. */
    RELATIONSHIP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Axis> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
    }
}
