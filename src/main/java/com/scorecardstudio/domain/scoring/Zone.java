package com.scorecardstudio.domain.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four strategy zones of the matrix (methodology §3), each with a stable key:
 * <pre>
 *   attractiveness low     any relationship       protect_revenue
 *   attractiveness medium  any relationship       invest_selectively
 *   attractiveness high    weak                   build_loyalty
 *   attractiveness high    medium or strong       deepen_relationship
 * </pre>
 */
public enum Zone {
    PROTECT_REVENUE,
    INVEST_SELECTIVELY,
    BUILD_LOYALTY,
    DEEPEN_RELATIONSHIP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Zone of(Band attractiveness, Band relationship) {
        return switch (attractiveness) {
            case LOW -> PROTECT_REVENUE;
            case MEDIUM -> INVEST_SELECTIVELY;
            case HIGH -> relationship == Band.LOW ? BUILD_LOYALTY : DEEPEN_RELATIONSHIP;
        };
    }

    public static Optional<Zone> fromKey(String key) {
        return Arrays.stream(values()).filter(z -> z.key().equals(key)).findFirst();
    }
}
