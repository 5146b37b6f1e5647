package com.scorecardstudio.domain.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a session's indicators are checked in after the session: a cadence and a start date (the
 * first period is the one containing it), and the two windows the impact statement uses: the
 * {@code afterWindow} (how many periods' actuals make the "after") and {@code sustainPeriods}
 * (how many periods an effect must hold after it was first reached to count as sustained). The
 * after-window is also the minimum observation window the method asks for.
 */
public record ReviewSchedule(Cadence cadence, LocalDate start, int afterWindow, int sustainPeriods) {
    public static final int DEFAULT_AFTER_WINDOW = 3;
    public static final int DEFAULT_SUSTAIN_PERIODS = 3;
    public static final int MAX_WINDOW = 24;
    /** The most periods a schedule lists (ten years of months): a bound for pages, workbooks and loops. */
    public static final int MAX_PERIODS = 120;

    public ReviewSchedule {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(start, "start");
        if (afterWindow < 1 || afterWindow > MAX_WINDOW || sustainPeriods < 1 || sustainPeriods > MAX_WINDOW) {
            throw new IllegalArgumentException("windows must be 1.." + MAX_WINDOW + ": " + afterWindow + ", " + sustainPeriods);
        }
    }

    public static ReviewSchedule of(Cadence cadence, LocalDate start) {
        return new ReviewSchedule(cadence, start, DEFAULT_AFTER_WINDOW, DEFAULT_SUSTAIN_PERIODS);
    }

    public Period first() {
        return Period.containing(cadence, start);
    }

    /** The period containing {@code date}, or the first one when {@code date} is before the schedule starts. */
    public Period periodAt(LocalDate date) {
        Period p = Period.containing(cadence, date);
        return p.compareTo(first()) < 0 ? first() : p;
    }

    /** Whether {@code p} is one of this schedule's periods (same cadence, not before the first). */
    public boolean includes(Period p) {
        return p.cadence() == cadence && p.compareTo(first()) >= 0;
    }

    /** 0 for the first period, 1 for the next…; -1 when the period is not in the schedule. */
    public int indexOf(Period p) {
        if (!includes(p)) {
            return -1;
        }
        Period f = first();
        int months = (p.start().getYear() - f.start().getYear()) * 12 + p.start().getMonthValue() - f.start().getMonthValue();
        return months / cadence.months();
    }

    /** The periods from the first up to and including {@code last} (at most {@link #MAX_PERIODS}, the latest kept). */
    public List<Period> through(Period last) {
        List<Period> result = new ArrayList<>();
        if (!includes(last)) {
            return result;
        }
        Period p = last;
        while (p.compareTo(first()) >= 0 && result.size() < MAX_PERIODS) {
            result.add(0, p);
            p = p.previous();
        }
        return result;
    }

    public ReviewSchedule withWindows(int after, int sustain) {
        return new ReviewSchedule(cadence, start, after, sustain);
    }
}
