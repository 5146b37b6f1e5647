package com.scorecardstudio.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers typed by people or written by spreadsheets, read strictly: the whole text must be a number,
 * never silently cut short ({@code 12abc} is an error, not 12).
 */
public final class Decimals {
    /** Spaces of every kind and the apostrophe (1'234) group thousands in every language we read. */
    private static final String SPACES = " \u00A0\u202F\u2009'";
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d{1,3}");

    private Decimals() {
    }

    /** The text is not a number. */
    public static final class NotANumberException extends Exception {
        public NotANumberException(String text) {
            super("not a number: " + text);
        }
    }

    /**
     * A number from a file, whatever the language it was written in. Spaces and apostrophes group
     * thousands. With both a comma and a point, the last one is the decimal mark and the other groups
     * thousands ({@code 1.234,5} or {@code 1,234.5}). With only one kind, a single mark is the decimal
     * mark ({@code 1,5} and {@code 1.5} are both 1.5) and a repeated one groups thousands
     * ({@code 1,234,567}). Empty for blank text.
     */
    public static Optional<BigDecimal> parseFlexible(String text) throws NotANumberException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (SCIENTIFIC.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.replace(',', '.')));
        }
        int lastComma = t.lastIndexOf(',');
        int lastPoint = t.lastIndexOf('.');
        char decimal;
        String grouping;
        if (lastComma >= 0 && lastPoint >= 0) {
            decimal = lastComma > lastPoint ? ',' : '.';
            grouping = SPACES + (decimal == ',' ? "." : ",");
        } else if (lastComma >= 0 || lastPoint >= 0) {
            char mark = lastComma >= 0 ? ',' : '.';
            boolean repeated = t.indexOf(mark) != t.lastIndexOf(mark);
            decimal = repeated ? 0 : mark;
            grouping = repeated ? SPACES + mark : SPACES;
        } else {
            decimal = 0;
            grouping = SPACES;
        }
        return Optional.of(read(text, t, decimal, grouping));
    }

    /**
     * A number typed in the app, read as the user's language writes it: in English {@code 1,234.5},
     * in Russian {@code 1 234,5} (where a point is also taken as the decimal mark, as many type it).
     * Empty for blank text.
     */
    public static Optional<BigDecimal> parseLocal(String text, Locale locale) throws NotANumberException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char group = symbols.getGroupingSeparator();
        String grouping = SPACES + (SPACES.indexOf(group) >= 0 ? "" : String.valueOf(group));
        if (decimal == ',' && t.indexOf(',') < 0 && group != '.' && t.indexOf('.') == t.lastIndexOf('.')) {
            decimal = '.';
        }
        return Optional.of(read(text, t, decimal, grouping));
    }

    /**
     * Reads {@code t}: an optional sign, digits grouped in threes by one of {@code grouping} (or not
     * grouped), then optionally {@code decimal} and digits.
     */
    private static BigDecimal read(String original, String t, char decimal, String grouping) throws NotANumberException {
        int i = 0;
        boolean negative = false;
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+' || t.charAt(0) == '\u2212')) {
            negative = t.charAt(0) != '+';
            i = 1;
        }
        StringBuilder digits = new StringBuilder(t.length());
        int groupLength = -1; // digits since the last grouping mark; -1 before the first mark
        int firstGroup = 0;
        char groupMark = 0;
        for (; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
                if (groupLength >= 0) {
                    groupLength++;
                } else {
                    firstGroup++;
                }
            } else if (grouping.indexOf(ch) >= 0) {
                boolean sameMark = groupMark == 0 || groupMark == ch || (SPACES.indexOf(groupMark) >= 0 && SPACES.indexOf(ch) >= 0);
                if (!sameMark || (groupLength < 0 ? firstGroup == 0 || firstGroup > 3 : groupLength != 3)) {
                    throw new NotANumberException(original);
                }
                groupMark = ch;
                groupLength = 0;
            } else if (ch == decimal) {
                break;
            } else {
                throw new NotANumberException(original);
            }
        }
        if (digits.length() == 0 || (groupLength >= 0 && groupLength != 3)) {
            throw new NotANumberException(original);
        }
        if (i < t.length()) { // at the decimal mark
            i++;
            int before = digits.length();
            digits.append('.');
            for (; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch < '0' || ch > '9') {
                    throw new NotANumberException(original);
                }
                digits.append(ch);
            }
            if (digits.length() == before + 1) {
                throw new NotANumberException(original);
            }
        }
        BigDecimal value = new BigDecimal(digits.toString());
        return negative ? value.negate() : value;
    }

    /** A score or limit with exactly two decimals in the user's language (3.80 or 3,80). */
    public static String two(BigDecimal value, Locale locale) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A score with two decimals and a point, as scripts read it (3.80). */
    public static String twoPlain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A number in the user's language with up to {@code maxDecimals} decimals and grouped thousands. */
    public static String format(BigDecimal value, Locale locale, int maxDecimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A fraction (0.2534) as a whole percentage in the user's language (25 %, 25%). */
    public static String percent(BigDecimal fraction, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(fraction);
    }
}
