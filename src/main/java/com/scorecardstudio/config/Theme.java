package com.scorecardstudio.config;

/** Light for a lit room and print, dark for a dim room with a projector. */
public enum Theme {
    LIGHT, DARK;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Theme fromKey(String key) {
        return "dark".equals(key) ? DARK : LIGHT;
    }
}
