package com.scorecardstudio.domain.impact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One review period: a calendar month or a calendar quarter, named {@code YYYY-MM} or {@code YYYY-Qn}
 * (the same in every language, so the command line, files and workbooks agree). Periods are aligned
 * to the calendar so that "2027-Q1" means the same three months in every session.
 */
public record Period(Cadence cadence, LocalDate start) implements Comparable<Period> {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public Period {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(start, "start");
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % cadence.months() != 0) {
            throw new IllegalArgumentException(start + " does not start a " + cadence.key() + " period");
        }
    }

    /** The period of this cadence that contains {@code date}. */
    public static Period containing(Cadence cadence, LocalDate date) {
        int month = date.getMonthValue() - (date.getMonthValue() - 1) % cadence.months();
        return new Period(cadence, LocalDate.of(date.getYear(), month, 1));
    }

    /**
     * Reads {@code YYYY-MM} (a month) or {@code YYYY-Qn} (a quarter); throws
     * {@link IllegalArgumentException} for anything else.
     */
    public static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            int quarter = Integer.parseInt(q.group(2));
            return new Period(Cadence.QUARTERLY, LocalDate.of(Integer.parseInt(q.group(1)), (quarter - 1) * 3 + 1, 1));
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return new Period(Cadence.MONTHLY, LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
            }
        }
        throw new IllegalArgumentException("not a period: " + t);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return start.plusMonths(cadence.months());
    }

    /** The last day of the period: the day its actual describes. */
    public LocalDate lastDay() {
        return endExclusive().minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    public Period next() {
        return new Period(cadence, endExclusive());
    }

    public Period previous() {
        return new Period(cadence, start.minusMonths(cadence.months()));
    }

    /** {@code 2027-03} or {@code 2027-Q1}. */
    public String id() {
        return switch (cadence) {
            case MONTHLY -> YearMonth.from(start).toString();
            case QUARTERLY -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        };
    }

    @Override
    public int compareTo(Period o) {
        return start.compareTo(o.start);
    }

    @Override
    public String toString() {
        return id();
    }
}
