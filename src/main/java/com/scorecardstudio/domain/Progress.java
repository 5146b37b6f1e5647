package com.scorecardstudio.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** How far an indicator has moved from its baseline toward its target. */
public final class Progress {
    private Progress() {
    }

    /**
     * The share of the way from baseline to target covered by the latest measurement: 0 at the
     * baseline, 1 at the target, below 0 when it moved the wrong way, above 1 past the target.
     * Empty when baseline, target or a measurement is missing, or when target equals baseline.
     */
    public static Optional<Double> of(Indicator indicator) {
        if (indicator.baselineValue() == null || indicator.targetValue() == null || indicator.latest().isEmpty()) {
            return Optional.empty();
        }
        return between(indicator.baselineValue(), indicator.targetValue(), indicator.latest().get().value());
    }

    public static Optional<Double> between(BigDecimal baseline, BigDecimal target, BigDecimal current) {
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(current.subtract(baseline).divide(span, MathContext.DECIMAL64).doubleValue());
    }
}
