package com.scorecardstudio.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as a user types them in their language, parsed strictly: the whole text must be a number.
 * In Russian {@code 1,5} is 1.5 while {@code 1.5}, {@code 12abc} or {@code 1 234,5} with an ordinary
 * space are errors (the grouping space is a no-break space), never silently cut short.
 */
public final class LocalNumbers {
    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final Pattern shape;

    public LocalNumbers(Locale locale) {
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        String group = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        String minus = Pattern.quote(String.valueOf(symbols.getMinusSign()));
        // digits with correctly placed grouping (or none), an optional fraction, an optional minus
        this.shape = Pattern.compile("(?:-|" + minus + ")?(?:\\d+|\\d{1,3}(?:" + group + "\\d{3})+)(?:" + decimal + "\\d+)?");
    }

    /** The number in {@code text}, or empty for blank text; throws with a reason for anything else. */
    public Optional<BigDecimal> parse(String text) throws NotANumberException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // a no-break space typed or pasted as the narrow variant is the same grouping mark
        String t = text.strip().replace('\u202F', '\u00A0');
        if (symbols.getGroupingSeparator() == '\u00A0' || symbols.getGroupingSeparator() == '\u202F') {
            t = t.replace('\u202F', symbols.getGroupingSeparator()).replace('\u00A0', symbols.getGroupingSeparator());
        }
        if (!shape.matcher(t).matches()) {
            throw new NotANumberException(text);
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setParseBigDecimal(true);
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            throw new NotANumberException(text);
        }
        return Optional.of(((BigDecimal) n).stripTrailingZeros());
    }

    /** A number written as this language writes it, without needless zeros. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(10);
        f.setGroupingUsed(true);
        return f.format(value);
    }

    /** An example of a decimal number in this language, for messages ("e.g. 1,5"). */
    public String example() {
        return format(new BigDecimal("1234.5"));
    }

    /** The text is not a number in this language. */
    public static final class NotANumberException extends Exception {
        public NotANumberException(String text) {
            super("not a number: " + text);
        }
    }
}
