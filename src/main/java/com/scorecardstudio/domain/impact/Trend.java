package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An indicator's trend line over the review periods: one point per period (the value null where no
 * actual was recorded, so gaps stay visible), the least-squares slope per period over the recorded
 * points, and what that slope means in the indicator's direction.
 */
public record Trend(List<Point> points, Double slopePerPeriod, Movement movement) {
    public record Point(Period period, BigDecimal value) {
    }

    public enum Movement {
        IMPROVING, WORSENING, FLAT,
        /** Fewer than two recorded actuals. */
        UNKNOWN;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Trend {
        points = List.copyOf(points);
    }

    /** The trend over {@code periods} (in order) from the actuals recorded for them. */
    public static Trend of(Direction direction, List<Period> periods, Map<Period, BigDecimal> values) {
        List<Point> points = new ArrayList<>();
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < periods.size(); i++) {
            BigDecimal v = values.get(periods.get(i));
            points.add(new Point(periods.get(i), v));
            if (v != null) {
                double y = v.doubleValue();
                n++;
                sx += i;
                sy += y;
                sxx += (double) i * i;
                sxy += i * y;
            }
        }
        if (n < 2) {
            return new Trend(points, null, Movement.UNKNOWN);
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        Movement m;
        if (slope == 0 || Math.abs(slope) < 1e-12 * Math.max(1, Math.abs(sy / n))) {
            m = Movement.FLAT;
        } else {
            m = (slope > 0) == (direction == Direction.UP) ? Movement.IMPROVING : Movement.WORSENING;
        }
        return new Trend(points, slope, m);
    }
}
