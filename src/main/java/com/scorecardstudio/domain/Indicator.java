package com.scorecardstudio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a goal is measured, as an impact (methodology §2): a key figure with its baseline ("before"),
 * target, scale, value in money or person-hours, and the values measured since.
 */
public record Indicator(
        Long id,
        String name,
        String unit,
        Direction direction,
        BigDecimal baselineValue,
        LocalDate baselineDate,
        BigDecimal targetValue,
        LocalDate targetDate,
        String scale,
        BigDecimal impactValue,
        String impactUnit,
        String dataSource,
        ReviewFrequency reviewFrequency,
        List<Measurement> measurements) {

    public Indicator {
        name = Text.clean(name);
        unit = Text.clean(unit);
        direction = direction == null ? Direction.UP : direction;
        scale = Text.clean(scale);
        impactUnit = Text.clean(impactUnit);
        dataSource = Text.clean(dataSource);
        measurements = measurements == null ? List.of()
                : measurements.stream().sorted(Comparator.comparing(Measurement::date)).toList();
    }

    public static Indicator named(String name) {
        return new Indicator(null, name, "", Direction.UP, null, null, null, null, "", null, "", "", null, List.of());
    }

    /** The most recent measured value, if any. */
    public Optional<Measurement> latest() {
        return measurements.isEmpty() ? Optional.empty() : Optional.of(measurements.get(measurements.size() - 1));
    }

    /** Whether the unit is a percentage (where a scale is needed to judge the effect). */
    public boolean isPercentage() {
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        return u.contains("%") || u.equals("pct") || u.startsWith("percent") || u.startsWith("процент") || u.equals("п.п.");
    }
}
