package com.scorecardstudio.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A leading part (a page's title) and a trailing part (its tools) on one line, the tools at the
 * right edge; when the line is too narrow for both, the tools move to a line of their own under the
 * title instead of running out of the window. Neither part is ever squeezed below its preferred width
 * while there is a line of its own for it.
 */
public final class FoldingRow extends Region {
    private final Node leading;
    private final Node trailing;
    private double hgap = 12;
    private double vgap = 8;

    public FoldingRow(Node leading, Node trailing) {
        this.leading = leading;
        this.trailing = trailing;
        getChildren().addAll(leading, trailing);
        getStyleClass().add("folding-row");
    }

    public void setGaps(double hgap, double vgap) {
        this.hgap = hgap;
        this.vgap = vgap;
        requestLayout();
    }

    /** True when the tools have a line of their own at this width. */
    public boolean foldedAt(double width) {
        double room = width - snappedLeftInset() - snappedRightInset();
        return trailing.isManaged() && leading.prefWidth(-1) + hgap + oneLineWidth(trailing) > room + 0.5;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(leading.minWidth(-1), trailing.minWidth(-1));
    }

    /** A trailing part that wraps itself (a flow of buttons) is as wide as all of it on one line. */
    private static double oneLineWidth(Node n) {
        if (n instanceof javafx.scene.layout.FlowPane flow) {
            double w = flow.snappedLeftInset() + flow.snappedRightInset();
            int shown = 0;
            for (Node c : flow.getChildren()) {
                if (c.isManaged()) {
                    w += c.prefWidth(-1);
                    shown++;
                }
            }
            return w + Math.max(0, shown - 1) * flow.getHgap();
        }
        return n.prefWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + leading.prefWidth(-1) + hgap + oneLineWidth(trailing);
    }

    @Override
    protected double computePrefHeight(double width) {
        double lead = leading.prefHeight(-1);
        double trail = trailing.isManaged() ? trailing.prefHeight(-1) : 0;
        boolean folded = width >= 0 && foldedAt(width);
        if (folded && trailing.isManaged() && trailing.getContentBias() == Orientation.HORIZONTAL) {
            trail = trailing.prefHeight(width - snappedLeftInset() - snappedRightInset()); // it may wrap too
        }
        double h = folded ? lead + vgap + trail : Math.max(lead, trail);
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (foldedAt(getWidth())) {
            double lead = leading.prefHeight(-1);
            layoutInArea(leading, x, y, w, lead, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(trailing, x, y + lead + vgap, w, Math.max(0, h - lead - vgap), 0, HPos.LEFT, VPos.TOP);
        } else {
            double trail = trailing.isManaged() ? Math.min(w, oneLineWidth(trailing)) : 0;
            layoutInArea(leading, x, y, Math.max(0, w - trail - hgap), h, 0, HPos.LEFT, VPos.CENTER);
            if (trailing.isManaged()) {
                layoutInArea(trailing, x + w - trail, y, trail, h, 0, HPos.RIGHT, VPos.CENTER);
            }
        }
    }
}
