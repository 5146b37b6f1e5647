package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Text;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an indicator actually was in one review period, with a note on what else was going on
 * (seasonality, a parallel campaign, a price change). The value may be missing while the note is
 * already written ("figures come next week"); such an entry counts as no actual.
 */
public record Actual(long indicatorId, Period period, BigDecimal value, String note) {
    public Actual {
        Objects.requireNonNull(period, "period");
        note = clip(Text.cleanMultiline(note));
        value = value == null ? null : value.stripTrailingZeros();
    }

    public boolean hasValue() {
        return value != null;
    }

    public boolean isEmpty() {
        return value == null && note.isEmpty();
    }

    /** The same value (by number: 1.5 and 1.50 are one) and the same note. */
    public boolean sameAs(Actual o) {
        return (value == null ? o.value == null : o.value != null && value.compareTo(o.value) == 0) && note.equals(o.note);
    }

    public Actual withValue(BigDecimal v) {
        return new Actual(indicatorId, period, v, note);
    }

    public Actual withNote(String n) {
        return new Actual(indicatorId, period, value, n);
    }

    private static String clip(String s) {
        return Text.length(s) <= Limits.NOTE_TEXT ? s : s.substring(0, s.offsetByCodePoints(0, Limits.NOTE_TEXT));
    }
}
