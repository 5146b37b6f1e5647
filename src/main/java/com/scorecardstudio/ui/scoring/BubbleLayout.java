package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.domain.scoring.AxisScore;
import com.scorecardstudio.domain.scoring.BandLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the bubbles of one cell go: each at the spot its two scores give within the cell's bands
 * (relationship to the right, attractiveness up), its name beside it (on the left in the right part
 * of the cell, so names do not run off), then moved to the nearest free spot so that no bubble or
 * name hides another. Plain arithmetic, no JavaFX: tested on its own.
 */
public final class BubbleLayout {
    static final double GAP = 4;
    /** Between a circle and its name. */
    static final double LABEL_GAP = 4;
    /** Above this many bubbles in one cell, the quick relaxation is used instead of the careful search. */
    static final int CAREFUL_LIMIT = 40;
    private static final int ROUNDS = 80;
    private static final double STEP = 3;

    private BubbleLayout() {
    }

    /**
     * A bubble to place with its name beside it: {@code fx} from 0 (left) to 1 (right), {@code fy}
     * from 0 (top) to 1 (bottom); the name is {@code labelWidth} wide and {@code labelHeight} high.
     */
    public record Bubble(long id, double fx, double fy, double radius, double labelWidth, double labelHeight, int labelLines,
                         double twoLineWidth) {
        /** A bubble whose name stays on one line ({@code labelHeight} is one line's height). */
        public Bubble(long id, double fx, double fy, double radius, double labelWidth, double labelHeight) {
            this(id, fx, fy, radius, labelWidth, labelHeight, 1, labelWidth);
        }

        /**
         * A bubble whose name may go onto two lines: {@code twoLineWidth} is the least width that holds it
         * on two lines without breaking a word (the name's own width when it has one word).
         */
        public Bubble(long id, double fx, double fy, double radius, double labelWidth, double labelHeight, double twoLineWidth) {
            this(id, fx, fy, radius, labelWidth, labelHeight, 1, twoLineWidth);
        }

        double width() {
            return 2 * radius + (labelWidth > 0 ? LABEL_GAP + labelWidth : 0);
        }

        double height() {
            return Math.max(2 * radius, labelHeight * labelLines);
        }

        /** Names go to the left of bubbles in the right part of a cell. */
        boolean labelLeft() {
            return fx > 0.55;
        }
    }

    /**
     * A placed bubble: its circle's centre in the plot area's coordinates, the side of its name and
     * the width the name may take.
     */
    public record Placed(long id, double x, double y, double radius, boolean labelLeft, double labelWidth, int labelLines) {
        public Placed(long id, double x, double y, double radius, boolean labelLeft, double labelWidth) {
            this(id, x, y, radius, labelLeft, labelWidth, 1);
        }
    }

    /** A layout, the area its boxes still overlap, and which bubbles are caught in an overlap. */
    record Result(List<Placed> placed, double overlap, java.util.Set<Integer> crowded) {
    }

    /** Where a score falls within its band, from 0 (the band's lower limit) to 1 (its upper one). */
    public static double within(AxisScore s, BandLimits limits) {
        BigDecimal lo = limits.lower(s.band());
        BigDecimal hi = limits.upper(s.band());
        double f = s.rounded().subtract(lo).doubleValue() / hi.subtract(lo).doubleValue();
        return Math.max(0, Math.min(1, f));
    }

    /**
     * The radius for a revenue: the area is proportional to revenue, the largest client gets
     * {@code maxRadius}; no bubble is smaller than {@code minRadius}, so small clients stay visible.
     */
    public static double radius(BigDecimal revenue, BigDecimal largest, double minRadius, double maxRadius) {
        if (revenue == null || largest == null || largest.signum() <= 0 || revenue.signum() <= 0) {
            return minRadius;
        }
        double r = maxRadius * Math.sqrt(revenue.doubleValue() / largest.doubleValue());
        return Math.max(minRadius, Math.min(maxRadius, r));
    }

    public static List<Placed> layout(List<Bubble> bubbles, double width, double height) {
        return place(bubbles, width, height).placed();
    }

    /**
     * The layout with names as whole as possible: a name may take up to 60 % of the width, and one
     * longer than that, or one caught in an overlap, goes onto two lines half as wide before anything
     * is cut; past that the names of bubbles still caught in an overlap are shortened step by step
     * (not below {@code minLabel}) until every bubble and name has a spot of its own.
     */
    public static List<Placed> fit(List<Bubble> bubbles, double width, double height, double minLabel) {
        double cap = Math.max(minLabel, width * 0.6);
        double[] max = new double[bubbles.size()];
        int[] lines = new int[bubbles.size()];
        boolean[] wrapped = new boolean[bubbles.size()]; // two lines tried already
        for (int i = 0; i < max.length; i++) {
            Bubble b = bubbles.get(i);
            lines[i] = b.labelWidth() > cap && wraps(b, cap, minLabel) ? 2 : 1;
            wrapped[i] = lines[i] == 2 || !wraps(b, cap, minLabel);
            max[i] = lines[i] == 2 ? twoLines(b, cap, minLabel) : Math.min(b.labelWidth(), cap);
        }
        for (int round = 0; ; round++) {
            List<Bubble> shortened = new ArrayList<>(bubbles.size());
            for (int i = 0; i < max.length; i++) {
                Bubble b = bubbles.get(i);
                shortened.add(new Bubble(b.id(), b.fx(), b.fy(), b.radius(), max[i], b.labelHeight(), lines[i], b.twoLineWidth()));
            }
            Result r = place(shortened, width, height);
            boolean shortenedAny = false;
            for (int i : r.crowded()) {
                if (lines[i] == 1 && !wrapped[i]) {
                    lines[i] = 2; // first try the whole name on two lines
                    wrapped[i] = true;
                    max[i] = Math.min(max[i], twoLines(bubbles.get(i), cap, minLabel));
                    shortenedAny = true;
                } else if (lines[i] == 2) {
                    lines[i] = 1; // too tall here: one line, cut, and shortened from there
                    wrapped[i] = true;
                    shortenedAny = true;
                } else if (max[i] > minLabel) {
                    max[i] = Math.max(minLabel, max[i] * 0.9);
                    shortenedAny = true;
                }
            }
            if (r.overlap() <= 0 || !shortenedAny || round > 60) {
                return r.placed();
            }
        }
    }

    /** The width a name takes on two lines (never below {@code minLabel}). */
    private static double twoLines(Bubble b, double cap, double minLabel) {
        return Math.max(minLabel, b.twoLineWidth());
    }

    /** True when two lines make the name markedly narrower, within the cap (a name of one word does not wrap). */
    private static boolean wraps(Bubble b, double cap, double minLabel) {
        double two = twoLines(b, cap, minLabel);
        return two <= cap && two < Math.min(b.labelWidth(), cap) * 0.9;
    }

    private static Result place(List<Bubble> bubbles, double width, double height) {
        int n = bubbles.size();
        double[] cx = new double[n]; // box centres
        double[] cy = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            Bubble b = bubbles.get(i);
            w[i] = b.width();
            h[i] = b.height();
            double r = b.radius();
            double circleX = r + b.fx() * Math.max(0, width - 2 * r);
            double circleY = r + b.fy() * Math.max(0, height - 2 * r);
            cx[i] = b.labelLeft() ? circleX + r - w[i] / 2 : circleX - r + w[i] / 2;
            cy[i] = circleY;
        }
        double overlap = 0;
        java.util.Set<Integer> crowded = new java.util.TreeSet<>();
        if (n <= CAREFUL_LIMIT) {
            overlap = search(cx, cy, w, h, bubbles, width, height, crowded);
        } else {
            relax(cx, cy, w, h, width, height);
        }
        List<Placed> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Bubble b = bubbles.get(i);
            double r = b.radius();
            double x = b.labelLeft() ? cx[i] + w[i] / 2 - r : cx[i] - w[i] / 2 + r;
            placed.add(new Placed(b.id(), x, cy[i], r, b.labelLeft(), b.labelWidth(), b.labelLines()));
        }
        return new Result(placed, overlap, crowded);
    }

    /**
     * Largest first, each box goes to its ideal spot if free, else to the free spot nearest to it on
     * a fine grid, else to the spot it overlaps least. Returns the area left overlapping.
     */
    private static double search(double[] cx, double[] cy, double[] w, double[] h, List<Bubble> bubbles,
                                 double width, double height, java.util.Set<Integer> crowded) {
        int n = cx.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int bySize = Double.compare(bubbles.get(b).radius(), bubbles.get(a).radius());
            return bySize != 0 ? bySize : Long.compare(bubbles.get(a).id(), bubbles.get(b).id());
        });
        List<Integer> done = new ArrayList<>(n);
        double left = 0;
        for (int i : order) {
            double minX = w[i] / 2;
            double maxX = Math.max(minX, width - w[i] / 2);
            double minY = h[i] / 2;
            double maxY = Math.max(minY, height - h[i] / 2);
            double idealX = clamp(cx[i], minX, maxX);
            double idealY = clamp(cy[i], minY, maxY);
            double bestX = idealX;
            double bestY = idealY;
            double bestOverlap = overlap(idealX, idealY, i, done, cx, cy, w, h);
            double bestCost = bestOverlap * 1e7;
            if (bestOverlap > 0) {
                for (double x = minX; x <= maxX + 1e-9; x += STEP) {
                    for (double y = minY; y <= maxY + 1e-9; y += STEP) {
                        double o = overlap(x, y, i, done, cx, cy, w, h);
                        double dx = x - idealX;
                        double dy = y - idealY;
                        double cost = o * 1e7 + dx * dx + dy * dy; // any free spot beats any overlap
                        if (cost < bestCost) {
                            bestCost = cost;
                            bestOverlap = o;
                            bestX = x;
                            bestY = y;
                        }
                    }
                }
            }
            cx[i] = bestX;
            cy[i] = bestY;
            if (bestOverlap > 0) {
                crowded.add(i);
                for (int j : done) {
                    if (overlap(bestX, bestY, i, List.of(j), cx, cy, w, h) > 0) {
                        crowded.add(j);
                    }
                }
            }
            done.add(i);
            left += bestOverlap;
        }
        return left;
    }

    private static double overlap(double x, double y, int i, List<Integer> done, double[] cx, double[] cy, double[] w, double[] h) {
        double sum = 0;
        for (int j : done) {
            double ox = (w[i] + w[j]) / 2 + GAP - Math.abs(x - cx[j]);
            double oy = (h[i] + h[j]) / 2 + GAP - Math.abs(y - cy[j]);
            if (ox > 0 && oy > 0) {
                sum += ox * oy;
            }
        }
        return sum;
    }

    /** For crowded cells: overlapping boxes pushed apart where they overlap least, a few rounds. */
    private static void relax(double[] cx, double[] cy, double[] w, double[] h, double width, double height) {
        int n = cx.length;
        for (int round = 0; round < ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = cx[j] - cx[i];
                    double dy = cy[j] - cy[i];
                    double overlapX = (w[i] + w[j]) / 2 + GAP - Math.abs(dx);
                    double overlapY = (h[i] + h[j]) / 2 + GAP - Math.abs(dy);
                    if (overlapX <= 0 || overlapY <= 0) {
                        continue;
                    }
                    moved = true;
                    if (overlapX < overlapY) {
                        double sx = dx > 0 || (dx == 0 && i % 2 == 0) ? 1 : -1;
                        cx[i] -= sx * overlapX / 2;
                        cx[j] += sx * overlapX / 2;
                    } else {
                        double sy = dy > 0 || (dy == 0 && i % 2 == 0) ? 1 : -1;
                        cy[i] -= sy * overlapY / 2;
                        cy[j] += sy * overlapY / 2;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                cx[i] = clamp(cx[i], w[i] / 2, width - w[i] / 2);
                cy[i] = clamp(cy[i], h[i] / 2, height - h[i] / 2);
            }
            if (!moved) {
                break;
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
