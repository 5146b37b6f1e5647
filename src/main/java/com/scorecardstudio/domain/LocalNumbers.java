package com.scorecardstudio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one place where numbers are read from text and written as text. Three modes, one reading
 * routine, nothing ever silently cut short ({@code 12abc} is an error, never 12):
 *
 * <ul>
 * <li><b>Typed</b> ({@link #parse}, an instance per language): what a user types in any field or
 *     dialog, read strictly by the language's one rule. English: a point before the decimals, commas
 *     between thousands ({@code 1,234.5}). Russian: a comma before the decimals, a space between
 *     thousands ({@code 1 234,5}); the no-break, narrow no-break, thin and ordinary space all group
 *     (a space is never a decimal mark, so that is unambiguous), groups must be of three digits. Anything
 *     else is refused, and when the text reads as a number by a file's conventions the refusal carries
 *     what to type instead: in Russian {@code 1.5} is refused with "1,5", in English {@code 1,5} with
 *     "1.5". Blank text is no number (empty), not an error.</li>
 * <li><b>Plain</b> ({@link #parsePlain}, {@link #plain}): the locale-free form of session files,
 *     script output and spreadsheet number cells: {@code -1234.5}, no grouping, a point; an exponent
 *     ({@code 1E+3}) is read as JSON and {@link BigDecimal#toString} write it.</li>
 * <li><b>File</b> ({@link #parseFile}): text cells of an imported CSV or XLSX file, written in the
 *     file's own conventions, whatever the user's language: spaces and apostrophes group thousands; with
 *     both a comma and a point the last one is the decimal mark ({@code 1.234,5}, {@code 1,234.5}); a
 *     repeated mark groups ({@code 1,234,567}); a single mark is the decimal mark ({@code 1,5},
 *     {@code 1234.50}) unless the text could as well be grouped thousands ({@code 1,234}, {@code 12.500}):
 *     then the decimal mark the rest of the column shows ({@link #fileDecimalMark}) decides, and without
 *     one the value is refused as {@link AmbiguousNumberException} rather than guessed 1000 times off.
 *     A leading {@code +} and Excel's {@code 1.2E+07} are read too.</li>
 * </ul>
 *
 * Formatting ({@link #format}, {@link #two}, {@link #percent}) writes what {@link #parse} reads back.
 */
public final class LocalNumbers {
    /** The spaces that group thousands: ordinary, no-break, narrow no-break, thin. */
    private static final String SPACES = " \u00A0\u202F\u2009";
    /** What groups thousands in a file, besides the comma or point that is not the decimal mark. */
    private static final String FILE_GROUPING = SPACES + "'\u2019";
    private static final String TYPED_SIGNS = "-\u2212";
    private static final String FILE_SIGNS = "+-\u2212";
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d{1,4})?");
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d{1,3}");
    private static final Map<Locale, LocalNumbers> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final char decimal;
    private final String grouping;

    public LocalNumbers(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getDecimalSeparator();
        char group = symbols.getGroupingSeparator();
        this.grouping = SPACES.indexOf(group) >= 0 ? SPACES : String.valueOf(group);
    }

    /** The numbers of a language (shared; instances are immutable). */
    public static LocalNumbers of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, LocalNumbers::new);
    }

    // ------------------------------------------------------------------ typed

    /**
     * The number a user typed, read by this language's rule, without needless zeros ({@code 1,50} is
     * 1.5, {@code 100} stays 100); empty for blank text.
     *
     * @throws NotANumberException for anything else, with {@linkplain NotANumberException#suggestion()
     *     what to type instead} when the text is a number written another way
     */
    public Optional<BigDecimal> parse(String text) throws NotANumberException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            BigDecimal v = read(text, t, decimal, grouping, TYPED_SIGNS).stripTrailingZeros();
            return Optional.of(v.scale() < 0 ? v.setScale(0) : v); // 100, not 1E+2

        } catch (NotANumberException e) {
            throw new NotANumberException(text, suggestion(t));
        }
    }

    /** The text as this language writes it, if it is a number by a file's conventions (and not ambiguous). */
    private String suggestion(String t) {
        try {
            BigDecimal v = parseFile(t, (char) 0).orElseThrow();
            DecimalFormat f = formatter(Math.max(0, v.scale()));
            f.setMinimumFractionDigits(Math.max(0, v.scale()));
            return f.format(v);
        } catch (NotANumberException e) {
            return null;
        }
    }

    /** A number written as this language writes it, grouped, up to ten decimals, without needless zeros. */
    public String format(BigDecimal value) {
        return format(value, 10);
    }

    /** A number as this language writes it, grouped, with at most {@code maxDecimals} (half up). */
    public String format(BigDecimal value, int maxDecimals) {
        return value == null ? "" : formatter(maxDecimals).format(value);
    }

    /** A score or limit with exactly two decimals (3.80, 3,80). */
    public String two(BigDecimal value) {
        DecimalFormat f = formatter(2);
        f.setMinimumFractionDigits(2);
        return f.format(value);
    }

    /** A fraction (0.2534) as a whole percentage as this language writes it (25%, 25 %). */
    public String percent(BigDecimal fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(fraction);
    }

    /**
     * A fraction as a percentage beside the threshold it is compared with: whole when that is
     * enough, otherwise with as many decimals as it takes (up to four) for the shown number to stand
     * on the same side of the threshold as the fraction does: never "25% of revenue, above the 25%
     * limit" for 25.4% (shown as 25.4%), nor a share just under the limit shown equal to it.
     */
    public String percentBeside(BigDecimal fraction, BigDecimal threshold) {
        int side = fraction.compareTo(threshold);
        for (int decimals = 0; decimals <= 4; decimals++) {
            BigDecimal shown = fraction.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).movePointLeft(2);
            if (shown.compareTo(threshold) == side) {
                return percent(fraction, decimals, RoundingMode.HALF_UP);
            }
        }
        // closer than 0.00005 %: rounded away from the threshold, on the fraction's side of it
        return percent(fraction, 4, side > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
    }

    private String percent(BigDecimal fraction, int decimals, RoundingMode rounding) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(rounding);
        return f.format(fraction);
    }

    /** An example of a decimal number in this language, for messages and prompts ("1 234,5"). */
    public String example() {
        return format(new BigDecimal("1234.5"));
    }

    private DecimalFormat formatter(int maxDecimals) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    // ------------------------------------------------------------------ plain

    /** A locale-free number ({@code -1234.5}, {@code 1E+3}) as session files hold them; empty for null or blank. */
    public static Optional<BigDecimal> parsePlain(String text) throws NotANumberException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new NotANumberException(text, null);
        }
        return Optional.of(new BigDecimal(text));
    }

    /** The locale-free form, without needless zeros or an exponent ({@code 12.5}); "" for null. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The locale-free form with exactly two decimals ({@code 3.80}), as scripts read scores. */
    public static String plainTwo(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    // ------------------------------------------------------------------ file

    /**
     * The decimal mark a file's column shows, from values whose mark cannot be read two ways
     * ({@code 12,5}, {@code 1.234,5}, {@code 1,234,567}): {@code ','}, {@code '.'}, or 0 when the column
     * shows none or both.
     */
    public static char fileDecimalMark(Iterable<String> column) {
        boolean comma = false;
        boolean point = false;
        for (String value : column) {
            char mark = shownMark(value == null ? "" : value.strip());
            comma |= mark == ',';
            point |= mark == '.';
        }
        return comma == point ? 0 : comma ? ',' : '.';
    }

    /** A file's number with the column's decimal mark unknown. */
    public static Optional<BigDecimal> parseFile(String text) throws NotANumberException {
        return parseFile(text, (char) 0);
    }

    /**
     * A number in a text cell of a file; empty for blank text.
     *
     * @param columnMark the column's decimal mark from {@link #fileDecimalMark}, or 0 if unknown
     * @throws AmbiguousNumberException if the text reads both as grouped thousands and as decimals and
     *     the column does not say which
     */
    public static Optional<BigDecimal> parseFile(String text, char columnMark) throws NotANumberException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (SCIENTIFIC.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.replace(',', '.')));
        }
        int lastComma = t.lastIndexOf(',');
        int lastPoint = t.lastIndexOf('.');
        char mark;
        if (lastComma >= 0 && lastPoint >= 0) {
            mark = lastComma > lastPoint ? ',' : '.';
        } else if (lastComma < 0 && lastPoint < 0) {
            mark = 0;
        } else {
            char only = lastComma >= 0 ? ',' : '.';
            if (t.indexOf(only) != t.lastIndexOf(only)) {
                mark = only == ',' ? '.' : ',';
            } else if (ambiguous(t)) {
                if (columnMark == 0) {
                    BigDecimal grouped = read(text, t, only == ',' ? '.' : ',', FILE_GROUPING + only, FILE_SIGNS);
                    BigDecimal decimals = read(text, t, only, FILE_GROUPING, FILE_SIGNS);
                    throw new AmbiguousNumberException(text, grouped, decimals);
                }
                mark = columnMark;
            } else {
                mark = only;
            }
        }
        String grouping = FILE_GROUPING + (mark == ',' ? "." : mark == '.' ? "," : "");
        return Optional.of(read(text, t, mark, grouping, FILE_SIGNS));
    }

    /**
     * One comma or point, three digits after it and one to three before (not a lone 0), nothing else but
     * a sign: {@code 1,234} is 1234 in English and 1.234 in Russian.
     */
    private static boolean ambiguous(String t) {
        int start = !t.isEmpty() && FILE_SIGNS.indexOf(t.charAt(0)) >= 0 ? 1 : 0;
        String body = t.substring(start);
        int at = Math.max(body.indexOf(','), body.indexOf('.'));
        return at >= 1 && at <= 3 && body.length() - at - 1 == 3 && body.charAt(0) != '0'
                && body.chars().filter(c -> c < '0' || c > '9').count() == 1;
    }

    /** The decimal mark one value shows unambiguously, or 0. */
    private static char shownMark(String t) {
        if (t.isEmpty() || SCIENTIFIC.matcher(t).matches()) {
            return 0;
        }
        int lastComma = t.lastIndexOf(',');
        int lastPoint = t.lastIndexOf('.');
        char mark;
        if (lastComma >= 0 && lastPoint >= 0) {
            mark = lastComma > lastPoint ? ',' : '.';
        } else if (lastComma < 0 && lastPoint < 0) {
            return 0;
        } else {
            char only = lastComma >= 0 ? ',' : '.';
            if (t.indexOf(only) != t.lastIndexOf(only)) {
                mark = only == ',' ? '.' : ',';
            } else if (ambiguous(t)) {
                return 0;
            } else {
                mark = only;
            }
        }
        try {
            read(t, t, mark, FILE_GROUPING + (mark == ',' ? "." : ","), FILE_SIGNS);
            return mark;
        } catch (NotANumberException e) {
            return 0; // not a number at all says nothing about the column
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads {@code t} whole: an optional sign from {@code signs}, digits grouped in threes by one of
     * {@code grouping} (all spaces count as one mark) or not grouped, then optionally {@code decimal} and
     * at least one digit.
     */
    private static BigDecimal read(String original, String t, char decimal, String grouping, String signs)
            throws NotANumberException {
        int i = 0;
        boolean negative = false;
        if (!t.isEmpty() && signs.indexOf(t.charAt(0)) >= 0) {
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
            } else if (ch != decimal && grouping.indexOf(ch) >= 0) {
                boolean sameMark = groupMark == 0 || groupMark == ch || (SPACES.indexOf(groupMark) >= 0 && SPACES.indexOf(ch) >= 0);
                if (!sameMark || (groupLength < 0 ? firstGroup == 0 || firstGroup > 3 : groupLength != 3)) {
                    throw new NotANumberException(original, null);
                }
                groupMark = ch;
                groupLength = 0;
            } else if (ch == decimal && decimal != 0) {
                break;
            } else {
                throw new NotANumberException(original, null);
            }
        }
        if (digits.isEmpty() || (groupLength >= 0 && groupLength != 3)) {
            throw new NotANumberException(original, null);
        }
        if (i < t.length()) { // at the decimal mark
            i++;
            int before = digits.length();
            digits.append('.');
            for (; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch < '0' || ch > '9') {
                    throw new NotANumberException(original, null);
                }
                digits.append(ch);
            }
            if (digits.length() == before + 1) {
                throw new NotANumberException(original, null);
            }
        }
        BigDecimal value = new BigDecimal(digits.toString());
        return negative ? value.negate() : value;
    }

    /** The text is not a number in the mode it was read in. */
    public static class NotANumberException extends Exception {
        private final String suggestion;

        public NotANumberException(String text, String suggestion) {
            super("not a number: " + text);
            this.suggestion = suggestion;
        }

        /** The same number as the language writes it ("1,5" for a Russian {@code 1.5}), if the text is one. */
        public Optional<String> suggestion() {
            return Optional.ofNullable(suggestion);
        }
    }

    /** A file's {@code 1,234} or {@code 12.500}: grouped thousands or three decimals, and nothing says which. */
    public static final class AmbiguousNumberException extends NotANumberException {
        private final BigDecimal grouped;
        private final BigDecimal decimals;

        AmbiguousNumberException(String text, BigDecimal grouped, BigDecimal decimals) {
            super(text, null);
            this.grouped = grouped;
            this.decimals = decimals;
        }

        /** The reading with the mark grouping thousands (1234). */
        public BigDecimal grouped() {
            return grouped;
        }

        /** The reading with the mark before decimals (1.234). */
        public BigDecimal decimals() {
            return decimals;
        }
    }
}
