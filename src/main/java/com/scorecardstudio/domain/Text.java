package com.scorecardstudio.domain;

import java.text.Normalizer;
import java.util.Locale;

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

    /**
     * The one form in which names are compared (clients, criteria templates, import column headers):
     * what a reader sees as the same name gives the same key. Compatibility forms are folded (NFKC:
     * full-width letters, ligatures, the no-break space), case is folded independent of the locale
     * (upper then lower case, so ß and SS, ς and σ meet), every kind of space, tab, line break or
     * control character counts as one space, invisible format characters (zero-width space, soft
     * hyphen, byte-order mark, joiners) are dropped, and the ends are trimmed.
     */
    public static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        folded = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = !b.isEmpty();
            } else if (Character.getType(cp) != Character.FORMAT) {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** A space of any kind (also no-break, thin, ideographic), a tab, a line break or a control character. */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint);
    }
}
