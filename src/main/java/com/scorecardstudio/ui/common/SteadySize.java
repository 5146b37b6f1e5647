package com.scorecardstudio.ui.common;

/**
 * A control's six sizes as its parent last saw them. JavaFX lays out every ancestor again whenever a
 * node asks for layout, though typing a character changes nothing of a text field's size; a field
 * that knows its sizes are unchanged can be laid out alone instead of its whole page.
 */
final class SteadySize {
    private double[] seen;

    /**
     * Whether these sizes (computed and set, widths and heights) are the ones seen last; remembers
     * them when they are not.
     */
    boolean unchanged(double... now) {
        if (java.util.Arrays.equals(now, seen)) {
            return true;
        }
        seen = now;
        return false;
    }
}
