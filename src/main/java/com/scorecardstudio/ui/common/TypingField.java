package com.scorecardstudio.ui.common;

import javafx.scene.control.TextField;

/**
 * A text field for the pages people type on while the room watches. Its size follows its columns,
 * font and padding, never its text, so a keystroke lays out the field alone instead of every
 * container up to the window (on a stage page that measured all its focus areas again, keystroke
 * after keystroke). Any request that does change a size still goes up as usual.
 */
public class TypingField extends TextField {
    private final SteadySize sizes = new SteadySize();

    public TypingField() {
    }

    public TypingField(String text) {
        super(text);
    }

    @Override
    public void requestLayout() {
        if (sizes.unchanged(this, computeMinWidth(-1), computePrefWidth(-1), computeMaxWidth(-1), computeMinHeight(-1),
                computePrefHeight(-1), computeMaxHeight(-1))) {
            setNeedsLayout(true);
        } else {
            super.requestLayout();
        }
    }
}
