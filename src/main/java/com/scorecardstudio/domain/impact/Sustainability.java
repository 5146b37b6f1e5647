package com.scorecardstudio.domain.impact;

/**
 * Whether an effect lasted (the method's fifth point): the effect is first reached in
 * {@code firstReached}; it is sustained when every actual recorded from then on still shows it and one
 * recorded at least {@code required} periods later ({@code checkedIn}) does too. Periods with no actual
 * are skipped and counted in {@code gaps}.
 */
public record Sustainability(State state, Period firstReached, Period checkedIn, Period fellBack, int periodsSince,
                             int required, int gaps) {
    public enum State {
        /** Still there {@code required} or more periods after it was first reached. */
        HELD,
        /** Reached, then lost again (in {@code fellBack}). */
        NOT_HELD,
        /** Reached, still there, but fewer than {@code required} periods observed since. */
        NOT_YET,
        /** Never reached in the recorded actuals. */
        NOT_REACHED,
        /** Nothing to judge by: no actuals, or neither baseline nor target. */
        NO_DATA;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Sustainability of(State state, int required) {
        return new Sustainability(state, null, null, null, 0, required, 0);
    }
}
