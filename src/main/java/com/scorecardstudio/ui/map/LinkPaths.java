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
        head.getPoints().setAll(tx, ty, bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH,
                bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH);
        line.setStrokeWidth(strokeWidth(strength));
        line.getStrokeDashArray().setAll(strength == LinkStrength.WEAK ? List.of(7.0, 6.0) : List.of());
    }
}
