package com.scorecardstudio.domain.scoring;

import com.scorecardstudio.domain.Text;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A session's scoring settings: the band limits, the revenue share (percent) above which one client
 * is flagged as a dependence, and the strategy texts the session rewrote (a zone not in
 * {@code strategies} uses the default text of the user's language).
 */
public record ScoringSettings(BandLimits limits, BigDecimal concentrationLimit, Map<Zone, String> strategies) {
    public static final BigDecimal DEFAULT_CONCENTRATION = BigDecimal.valueOf(25);
    public static final int STRATEGY_LIMIT = 4_000;
    public static final ScoringSettings DEFAULT = new ScoringSettings(BandLimits.DEFAULT, DEFAULT_CONCENTRATION, Map.of());

    public ScoringSettings {
        Objects.requireNonNull(limits, "limits");
        if (!validConcentration(concentrationLimit)) {
            throw new IllegalArgumentException("concentration limit must be in (0, 100]: " + concentrationLimit);
        }
        concentrationLimit = concentrationLimit.setScale(2, java.math.RoundingMode.UNNECESSARY); // 25 equals 25.00
        Map<Zone, String> copy = new EnumMap<>(Zone.class);
        if (strategies != null) {
            strategies.forEach((z, t) -> {
                String clean = Text.cleanMultiline(t).strip();
                if (!clean.isEmpty()) {
                    copy.put(z, clean);
                }
            });
        }
        strategies = Map.copyOf(copy);
    }

    public static boolean validConcentration(BigDecimal percent) {
        return percent != null && percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0
                && percent.stripTrailingZeros().scale() <= 2;
    }

    /** The session's own text for a zone, if it rewrote it. */
    public Optional<String> strategy(Zone zone) {
        return Optional.ofNullable(strategies.get(zone));
    }

    public ScoringSettings withLimits(BandLimits newLimits) {
        return new ScoringSettings(newLimits, concentrationLimit, strategies);
    }
}
