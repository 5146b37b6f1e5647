package com.scorecardstudio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A concrete step toward a goal, with an owner and a deadline. */
public record Initiative(
        Long id,
        String title,
        String owner,
        LocalDate start,
        LocalDate due,
        BigDecimal budget,
        InitiativeStatus status) {

    public Initiative {
        title = Text.clean(title);
        owner = Text.clean(owner);
        status = status == null ? InitiativeStatus.PLANNED : status;
    }

    public static Initiative titled(String title) {
        return new Initiative(null, title, "", null, null, null, InitiativeStatus.PLANNED);
    }
}
