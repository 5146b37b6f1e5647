package com.scorecardstudio.domain.map;

import com.scorecardstudio.domain.Stage;
import java.util.List;

/**
 * The map's fixed geometry: four horizontal lanes, top to bottom Financial, Customer, Internal
 * processes, Learning &amp; growth (the classic orientation, causes below their effects), each with a
 * header row for the area labels and one row of cards. Units are map pixels at zoom 1.
 */
public final class Lanes {
    public static final List<Stage> TOP_TO_BOTTOM =
            List.of(Stage.FINANCIAL, Stage.CUSTOMER, Stage.INTERNAL_PROCESSES, Stage.LEARNING_GROWTH);
    public static final double CARD_WIDTH = 220;
    public static final double CARD_HEIGHT = 100;
    /** Left gutter holding the lane titles. */
    public static final double GUTTER = 170;
    public static final double HEADER = 34;
    public static final double PADDING = 14;
    public static final double LANE_HEIGHT = HEADER + CARD_HEIGHT + 2 * PADDING + 10;
    public static final double GAP = 32;
    public static final double AREA_GAP = 60;
    public static final double MIN_WIDTH = 1200;
    public static final double GRID = 8;

    private Lanes() {
    }

    /** 0 for the top lane (financial) to 3 for the bottom one (learning and growth). */
    public static int index(Stage stage) {
        return TOP_TO_BOTTOM.indexOf(stage);
    }

    public static double top(Stage stage) {
        return index(stage) * LANE_HEIGHT;
    }

    public static double bottom(Stage stage) {
        return top(stage) + LANE_HEIGHT;
    }

    /** Where the row of cards of a lane starts when the layout places them. */
    public static double cardsTop(Stage stage) {
        return top(stage) + HEADER + PADDING;
    }

    public static double height() {
        return TOP_TO_BOTTOM.size() * LANE_HEIGHT;
    }

    /** The lane a point lies in, the nearest one when outside the map. */
    public static Stage at(double y) {
        int i = (int) Math.floor(y / LANE_HEIGHT);
        return TOP_TO_BOTTOM.get(Math.max(0, Math.min(TOP_TO_BOTTOM.size() - 1, i)));
    }

    /** Keeps a card of this lane inside it, below the area labels; snaps to the grid when asked. */
    public static double clampY(Stage stage, double y) {
        double min = top(stage) + HEADER;
        double max = bottom(stage) - CARD_HEIGHT - 4;
        return Math.max(min, Math.min(max, y));
    }

    public static double clampX(double x) {
        return Math.max(GUTTER, x);
    }

    public static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }
}
