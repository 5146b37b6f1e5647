package com.scorecardstudio.ui.facilitation;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * One row of the customer extras: a name, a choice (score or status toggles) and a note. On one
 * line when there is room; otherwise the note moves to a second line, and in
 * a narrow side panel the choice too, so nothing is cut off wherever the stage page puts the view.
 * Every row of a card has the same name column, so the choices line up.
 */
final class ExtrasRow extends Region {
    private static final double GAP = 16;
    private static final double VGAP = 8;
    private static final double NAME_MIN = 170;
    private static final double NAME_MAX = 270;
    /** A note narrower than this on the row's line shows a few words only: it takes a line of its own. */
    private static final double NOTE_MIN = 320;

    private enum Mode { WIDE, MEDIUM, NARROW }

    private final Region name;
    private final Region choice;
    private final Region note;

    ExtrasRow(Region name, Region choice, Region note) {
        this.name = name;
        this.choice = choice;
        this.note = note;
        getChildren().addAll(name, choice, note);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private Mode mode(double inner) {
        double c = choice.prefWidth(-1);
        if (inner >= NAME_MIN + GAP + c + GAP + NOTE_MIN) {
            return Mode.WIDE;
        }
        return inner >= NAME_MIN + GAP + c ? Mode.MEDIUM : Mode.NARROW;
    }

    private double nameWidth(double inner, Mode mode) {
        double c = choice.prefWidth(-1);
        return switch (mode) {
            case WIDE -> Math.max(NAME_MIN, Math.min(NAME_MAX, inner - c - NOTE_MIN - 2 * GAP));
            case MEDIUM -> Math.min(NAME_MAX, inner - c - GAP);
            case NARROW -> inner;
        };
    }

    private double noteLineHeight() {
        return note.prefHeight(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.max(NAME_MIN, choice.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + NAME_MAX + GAP + choice.prefWidth(-1) + GAP + 2 * NOTE_MIN;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        Mode mode = mode(inner);
        double nameH = name.prefHeight(nameWidth(inner, mode));
        double choiceH = choice.prefHeight(-1);
        double h = switch (mode) {
            case WIDE -> Math.max(Math.max(nameH, choiceH), noteLineHeight());
            case MEDIUM -> Math.max(nameH, choiceH) + VGAP + noteLineHeight();
            case NARROW -> nameH + VGAP + choiceH + VGAP + noteLineHeight();
        };
        return in.getTop() + in.getBottom() + h;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x0 = in.getLeft();
        double y0 = in.getTop();
        double inner = getWidth() - in.getLeft() - in.getRight();
        Mode mode = mode(inner);
        double nameW = nameWidth(inner, mode);
        double nameH = name.prefHeight(nameW);
        double choiceW = choice.prefWidth(-1);
        double choiceH = choice.prefHeight(-1);
        switch (mode) {
            case WIDE -> {
                double line = Math.max(Math.max(nameH, choiceH), noteLineHeight());
                place(name, x0, y0, nameW, nameH, line);
                double x = x0 + nameW + GAP;
                place(choice, x, y0, choiceW, choiceH, line);
                x += choiceW + GAP;
                place(note, x, y0, inner - (x - x0), note.prefHeight(-1), line);
            }
            case MEDIUM -> {
                double line = Math.max(nameH, choiceH);
                place(name, x0, y0, nameW, nameH, line);
                place(choice, x0 + nameW + GAP, y0, choiceW, choiceH, line);
                place(note, x0, y0 + line + VGAP, inner, note.prefHeight(-1), noteLineHeight());
            }
            case NARROW -> {
                place(name, x0, y0, nameW, nameH, nameH);
                double y = y0 + nameH + VGAP;
                place(choice, x0, y, Math.min(choiceW, inner), choiceH, choiceH);
                place(note, x0, y + choiceH + VGAP, inner, note.prefHeight(-1), noteLineHeight());
            }
        }
    }

    /** Lays a child out at (x, y) and centres it vertically in a line of the given height. */
    private static void place(Region child, double x, double y, double w, double h, double line) {
        child.resizeRelocate(snap(x), snap(y + (line - h) / 2), Math.max(0, w), h);
    }

    private static double snap(double v) {
        return Math.round(v);
    }
}
