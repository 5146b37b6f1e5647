package com.scorecardstudio.ui.common;

import javafx.scene.control.Control;

/**
 * A control's six sizes as its parent last saw them. JavaFX lays out every ancestor again whenever a
 * node asks for layout, though typing a character changes nothing of a text field's size; a field
 * that knows its sizes are unchanged can be laid out alone instead of its whole page.
 */
final class SteadySize {
    private double[] seen;

    /**
     * Whether {@code control}'s sizes (computed, given here since only it can compute them, and set)
     * are the ones seen last; remembers them when they are not. False until it has a skin and a parent.
     */
    boolean unchanged(Control control, double minWidth, double prefWidth, double maxWidth, double minHeight,
                      double prefHeight, double maxHeight) {
        if (control.getSkin() == null || control.getParent() == null) {
            return false;
        }
        double[] now = {minWidth, prefWidth, maxWidth, minHeight, prefHeight, maxHeight, control.getMinWidth(),
                control.getPrefWidth(), control.getMaxWidth(), control.getMinHeight(), control.getPrefHeight(),
                control.getMaxHeight()};
        if (java.util.Arrays.equals(now, seen)) {
            return true;
        }
        seen = now;
        return false;
    }
}
