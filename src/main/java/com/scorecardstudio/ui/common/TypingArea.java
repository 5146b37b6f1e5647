package com.scorecardstudio.ui.common;

import javafx.scene.control.TextArea;

/**
 * A text area for the pages people type on, like {@link TypingField}: its size follows its rows,
 * columns, font and padding, so typing lays out the area alone; a request that changes a size goes up
 * as usual.
 */
public class TypingArea extends TextArea {
    private final SteadySize sizes = new SteadySize();

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
