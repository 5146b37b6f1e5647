package com.scorecardstudio.util;

import java.util.regex.Pattern;

/**
 * Masks key material in text bound for a log, a message or an exception: the value of
 * {@code PASSWORD '…'} in SQL (H2's {@code SCRIPT … CIPHER AES PASSWORD '<key>'}), and any run of 64 or
 * more hex digits (the database key, which opens the file without the PBKDF2 step). Used where H2's
 * exceptions are wrapped and in the log's layout, so a key never reaches a file even when a new code
 * path forgets to wrap.
 */
public final class Secrets {
    public static final String MASK = "***";
    private static final Pattern QUOTED_PASSWORD = Pattern.compile("(?i)(PASSWORD\\s*=?\\s*)'(?:[^']|'')*'?");
    private static final Pattern UNQUOTED_PASSWORD = Pattern.compile("(?i)(PASSWORD\\s*=\\s*)(?!')[^\\s;,)\"]+");
    private static final Pattern KEY_HEX = Pattern.compile("(?i)(?<![0-9a-f])[0-9a-f]{64,}(?![0-9a-f])");

    private Secrets() {
    }

    /** {@code text} with every password value and key replaced by {@value #MASK}; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String s = QUOTED_PASSWORD.matcher(text).replaceAll("$1'" + MASK + "'");
        s = UNQUOTED_PASSWORD.matcher(s).replaceAll("$1" + MASK);
        return KEY_HEX.matcher(s).replaceAll(MASK);
    }

    /** Whether {@code text} holds something {@link #mask} would hide. */
    public static boolean holdsSecret(String text) {
        return text != null && !mask(text).equals(text);
    }
}
