package com.scorecardstudio.report;

import java.util.regex.Pattern;

/**
 * User text made safe inside Markdown that is also read as plain text (an e-mail). Escapes only the
 * characters that could change the structure or the formatting, so the raw text stays readable;
 * letters of any script, digits and ordinary punctuation are left alone.
 */
public final class Markdown {
    /** Emphasis, code, links, images, HTML, headings, strikethrough and the escape character itself. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#~]");
    /** An HTML entity such as {@code &amp;} or {@code &#169;} would be shown as the character it names. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[0-9A-Za-z]+;)");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u2028\\u2029]+\\s*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]");

    private Markdown() {
    }

    /**
     * One line of inline text: line breaks become spaces (a break would end the list item or the
     * heading it sits in), control characters are dropped and special characters are escaped.
     */
    public static String inline(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(text).replaceAll(" ");
        oneLine = CONTROL.matcher(oneLine).replaceAll("").replace('\t', ' ').strip();
        String escaped = SPECIAL.matcher(oneLine).replaceAll("\\\\$0");
        return ENTITY.matcher(escaped).replaceAll("\\\\&");
    }

    /** Inline text in bold; empty text stays empty rather than becoming a stray {@code ****}. */
    public static String bold(String text) {
        String t = inline(text);
        return t.isEmpty() ? "" : "**" + t + "**";
    }
}
