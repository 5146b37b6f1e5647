package com.scorecardstudio.domain.map;

import com.scorecardstudio.domain.Stage;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each lane lies once its cards and labels have their heights: a lane grows to hold its
 * tallest card and its header to hold its area labels whole. The lanes of {@link Lanes} are the
 * smallest ones; positions placed by hand are stored in their terms ("stored" y) so that a pin stays
 * in its lane and at the same place under the labels whatever the heights are now.
 */
public final class LaneBands {
    private final Map<Stage, double[]> bands; // top, header, height

    private LaneBands(Map<Stage, double[]> bands) {
        this.bands = bands;
    }

    /** The lanes of {@link Lanes}: every card of the usual height, labels on one line. */
    public static final LaneBands FIXED = of(Map.of(), Map.of());

    /**
     * @param headers each lane's header height (labels); missing or smaller: {@link Lanes#HEADER}
     * @param contents each lane's height below its top needed for its cards; missing or smaller: {@link Lanes#LANE_HEIGHT}
     */
    public static LaneBands of(Map<Stage, Double> headers, Map<Stage, Double> contents) {
        Map<Stage, double[]> m = new EnumMap<>(Stage.class);
        double top = 0;
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            double header = Math.max(Lanes.HEADER, headers.getOrDefault(s, 0.0));
            double height = Math.max(Lanes.LANE_HEIGHT + header - Lanes.HEADER, contents.getOrDefault(s, 0.0));
            m.put(s, new double[] {top, header, height});
            top += height;
        }
        return new LaneBands(m);
    }

    public double top(Stage s) {
        return bands.get(s)[0];
    }

    public double header(Stage s) {
        return bands.get(s)[1];
    }

    public double height(Stage s) {
        return bands.get(s)[2];
    }

    public double bottom(Stage s) {
        return top(s) + height(s);
    }

    /** Where the automatic layout puts a lane's row of cards. */
    public double cardsTop(Stage s) {
        return top(s) + header(s) + Lanes.PADDING;
    }

    public double totalHeight() {
        return bottom(Lanes.TOP_TO_BOTTOM.get(Lanes.TOP_TO_BOTTOM.size() - 1));
    }

    /** The lane a point lies in, the nearest one when outside the map. */
    public Stage at(double y) {
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            if (y < bottom(s)) {
                return s;
            }
        }
        return Lanes.TOP_TO_BOTTOM.get(Lanes.TOP_TO_BOTTOM.size() - 1);
    }

    /** A stored (pinned) y in this geometry: the same distance below the lane's labels. */
    public double fromStored(Stage s, double storedY) {
        return storedY - Lanes.top(s) + top(s) + header(s) - Lanes.HEADER;
    }

    /** A y in this geometry as it is stored for a pin. */
    public double toStored(Stage s, double y) {
        return y - top(s) - header(s) + Lanes.HEADER + Lanes.top(s);
    }
}
