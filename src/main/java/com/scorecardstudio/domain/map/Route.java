package com.scorecardstudio.domain.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The path of a link's arrow: an orthogonal polyline from the cause card's edge to the effect
 * card's edge (where the arrowhead points), as x, y pairs in map units.
 */
public record Route(long causeGoalId, long effectGoalId, double[] points) {
    public Route {
        if (points.length < 4 || points.length % 2 != 0) {
            throw new IllegalArgumentException("a route needs two points or more");
        }
        points = points.clone();
    }

    /**
     * A polyline (x, y pairs) without repeated points and with the middle of three points on one line
     * dropped: one pair per end and per bend.
     */
    public static double[] simplify(double[] points) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < points.length; i += 2) {
            double[] p = {points[i], points[i + 1]};
            if (!out.isEmpty() && Math.abs(out.get(out.size() - 1)[0] - p[0]) < 1e-6 && Math.abs(out.get(out.size() - 1)[1] - p[1]) < 1e-6) {
                continue;
            }
            if (out.size() >= 2) {
                double[] a = out.get(out.size() - 2);
                double[] b = out.get(out.size() - 1);
                boolean sameX = Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(b[0] - p[0]) < 1e-6;
                boolean sameY = Math.abs(a[1] - b[1]) < 1e-6 && Math.abs(b[1] - p[1]) < 1e-6;
                if (sameX || sameY) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        double[] flat = new double[out.size() * 2];
        for (int k = 0; k < out.size(); k++) {
            flat[2 * k] = out.get(k)[0];
            flat[2 * k + 1] = out.get(k)[1];
        }
        return flat;
    }

    public int size() {
        return points.length / 2;
    }

    public double x(int i) {
        return points[2 * i];
    }

    public double y(int i) {
        return points[2 * i + 1];
    }

    public double[] points() {
        return points.clone();
    }

    /** The route's length along its segments. */
    public double length() {
        double sum = 0;
        for (int i = 1; i < size(); i++) {
            sum += Math.abs(x(i) - x(i - 1)) + Math.abs(y(i) - y(i - 1));
        }
        return sum;
    }

    public int bends() {
        return Math.max(0, size() - 2);
    }

    /** True when a segment of the route passes through the inside of the box. */
    public boolean crosses(CardBox b) {
        for (int i = 1; i < size(); i++) {
            if (segmentEntersBox(x(i - 1), y(i - 1), x(i), y(i), b)) {
                return true;
            }
        }
        return false;
    }

    /** An axis-parallel segment against a box's open interior. */
    public static boolean segmentEntersBox(double x1, double y1, double x2, double y2, CardBox b) {
        double minX = Math.min(x1, x2);
        double maxX = Math.max(x1, x2);
        double minY = Math.min(y1, y2);
        double maxY = Math.max(y1, y2);
        return minX < b.right() && maxX > b.x() && minY < b.bottom() && maxY > b.y()
                && (minX != maxX || (minX > b.x() && minX < b.right()))
                && (minY != maxY || (minY > b.y() && minY < b.bottom()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Route r && r.causeGoalId == causeGoalId && r.effectGoalId == effectGoalId
                && Arrays.equals(r.points, points);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(causeGoalId) * 31 + Arrays.hashCode(points);
    }

    @Override
    public String toString() {
        return "Route[" + causeGoalId + "→" + effectGoalId + " " + Arrays.toString(points) + "]";
    }
}
