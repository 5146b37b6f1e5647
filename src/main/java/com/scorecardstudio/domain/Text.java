package com.scorecardstudio.domain;

/** Small text rules shared by every entity: null becomes empty, single-line fields are trimmed. */
public final class Text {
    private Text() {
    }

    /** Null-safe trim: what the user sees as "empty" is stored as empty. */
    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** Null-safe for multi-line text: keep inner line breaks, drop trailing blank space. */
    public static String cleanMultiline(String s) {
        return s == null ? "" : s.stripTrailing();
    }

    /** Length as the user counts it (code points, so an emoji is one character). */
    public static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
