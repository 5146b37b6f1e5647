package com.scorecardstudio.domain.map;

import java.util.Locale;

/** How strongly a cause is believed to drive its effect; drawn as line weight. */
public enum LinkStrength {
    WEAK, MEDIUM, STRONG;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkStrength ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
