package com.scorecardstudio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One measured value of an indicator: the "after" a follow-up records. */
public record Measurement(Long id, LocalDate date, BigDecimal value) {
    public Measurement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
