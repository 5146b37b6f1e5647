package com.scorecardstudio.ui.map;

import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.Route;
import java.util.List;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/** Draws a link's route: its line (weight and dashes by strength) and an arrowhead at the effect's edge. */
final class LinkPaths {
    static final double HEAD_LENGTH = 14;
    static final double HEAD_HALF_WIDTH = 6;

    private LinkPaths() {
    }

    static double strokeWidth(LinkStrength s) {
        return s == LinkStrength.STRONG ? 5 : s == LinkStrength.MEDIUM ? 3 : 1.5;
    }

    /**
     * The offset (dx, dy) by which the points {@code now} are the points {@code was} moved as a whole
     * (x, y pairs), or null when they are not: such a drawing is moved by a translation, not drawn again.
     */
    static double[] movedWhole(double[] was, double[] now) {
        if (was.length != now.length || now.length < 2) {
            return null;
        }
        double dx = now[0] - was[0];
        double dy = now[1] - was[1];
        for (int i = 0; i < now.length; i += 2) {
            if (was[i] + dx != now[i] || was[i + 1] + dy != now[i + 1]) {
                return null;
            }
        }
        return new double[] {dx, dy};
    }

    /** The arrowhead's triangle: an arrowhead that only moved (its effect's card moved) is translated. */
    private static void placeHead(Polygon head, double... triangle) {
        double[] drawn = head.getPoints().stream().mapToDouble(Double::doubleValue).toArray();
        double[] offset = movedWhole(drawn, triangle);
        if (offset != null) {
            head.setTranslateX(offset[0]);
            head.setTranslateY(offset[1]);
            return;
        }
        head.setTranslateX(0);
        head.setTranslateY(0);
        head.getPoints().setAll(java.util.Arrays.stream(triangle).boxed().toArray(Double[]::new));
    }

    static void draw(Route r, LinkStrength strength, Polyline line, Polygon head, Polyline hit) {
        int n = r.size();
        double tx = r.x(n - 1);
        double ty = r.y(n - 1);
        double dx = tx - r.x(n - 2);
        double dy = ty - r.y(n - 2);
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 0 : dx / len;
        double uy = len == 0 ? 1 : dy / len;
        Double[] pts = new Double[2 * n];
        for (int i = 0; i < n; i++) {
            pts[2 * i] = r.x(i);
            pts[2 * i + 1] = r.y(i);
        }
        // the line stops inside the arrowhead, so its end never shows past the tip
        double back = Math.min(HEAD_LENGTH * 0.7, len);
        pts[2 * n - 2] = tx - ux * back;
        pts[2 * n - 1] = ty - uy * back;
        line.getPoints().setAll(pts);
        if (hit != null) {
            hit.getPoints().setAll(pts);
        }
        double bx = tx - ux * HEAD_LENGTH;
        double by = ty - uy * HEAD_LENGTH;
        placeHead(head, tx, ty, bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH, bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH);
        line.setStrokeWidth(strokeWidth(strength));
        List<Double> dashes = strength == LinkStrength.WEAK ? List.of(7.0, 6.0) : List.of();
        if (!line.getStrokeDashArray().equals(dashes)) { // an unchanged list set again still marks the line for redrawing
            line.getStrokeDashArray().setAll(dashes);
        }
    }
}
