package com.scorecardstudio.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where the bands of an axis start: {@code low < mediumFrom <= medium < highFrom <= high}. Applied
 * to the axis score <em>after</em> it is rounded to two decimals, so the number the user sees
 * decides the band. Defaults 2.33 and 3.67 cut the 1–5 scale into thirds.
 */
public record BandLimits(BigDecimal mediumFrom, BigDecimal highFrom) {
    public static final BigDecimal SCALE_MIN = BigDecimal.ONE;
    public static final BigDecimal SCALE_MAX = BigDecimal.valueOf(5);
    public static final BandLimits DEFAULT = new BandLimits(new BigDecimal("2.33"), new BigDecimal("3.67"));

    public BandLimits {
        Objects.requireNonNull(mediumFrom, "mediumFrom");
        Objects.requireNonNull(highFrom, "highFrom");
        if (!valid(mediumFrom, highFrom)) {
            throw new IllegalArgumentException("band limits must satisfy 1 < medium < high <= 5 with two decimals: "
                    + mediumFrom + ", " + highFrom);
        }
        mediumFrom = mediumFrom.setScale(2);
        highFrom = highFrom.setScale(2);
    }

    /** Whether two limits can be used: {@code 1 < mediumFrom < highFrom <= 5}, at most two decimals. */
    public static boolean valid(BigDecimal mediumFrom, BigDecimal highFrom) {
        return mediumFrom != null && highFrom != null
                && mediumFrom.stripTrailingZeros().scale() <= 2 && highFrom.stripTrailingZeros().scale() <= 2
                && mediumFrom.compareTo(SCALE_MIN) > 0 && mediumFrom.compareTo(highFrom) < 0
                && highFrom.compareTo(SCALE_MAX) <= 0;
    }

    /** The band of a (rounded) axis score. */
    public Band bandOf(BigDecimal score) {
        if (score.compareTo(highFrom) >= 0) {
            return Band.HIGH;
        }
        return score.compareTo(mediumFrom) >= 0 ? Band.MEDIUM : Band.LOW;
    }

    /** The lower end of a band on the 1–5 scale. */
    public BigDecimal lower(Band band) {
        return switch (band) {
            case LOW -> SCALE_MIN;
            case MEDIUM -> mediumFrom;
            case HIGH -> highFrom;
        };
    }

    /** The upper end of a band on the 1–5 scale (exclusive except for the high band). */
    public BigDecimal upper(Band band) {
        return switch (band) {
            case LOW -> mediumFrom;
            case MEDIUM -> highFrom;
            case HIGH -> SCALE_MAX;
        };
    }
}
