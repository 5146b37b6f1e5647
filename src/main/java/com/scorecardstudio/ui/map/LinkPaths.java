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
     * The arrowhead's triangle: an arrowhead that only moved (its effect's card moved, the link arrives
     * from the same side) is translated rather than given new points.
     */
    private static void placeHead(Polygon head, double... triangle) {
        List<Double> drawn = head.getPoints();
        if (drawn.size() == triangle.length) {
            double dx = triangle[0] - drawn.get(0);
            double dy = triangle[1] - drawn.get(1);
            boolean moved = true;
            for (int i = 0; i < triangle.length && moved; i += 2) {
                moved = drawn.get(i) + dx == triangle[i] && drawn.get(i + 1) + dy == triangle[i + 1];
            }
            if (moved) {
                head.setTranslateX(dx);
                head.setTranslateY(dy);
                return;
            }
        }
        head.setTranslateX(0);
        head.setTranslateY(0);
        Double[] boxed = new Double[triangle.length];
        for (int i = 0; i < triangle.length; i++) {
            boxed[i] = triangle[i];
        }
        head.getPoints().setAll(boxed);
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
