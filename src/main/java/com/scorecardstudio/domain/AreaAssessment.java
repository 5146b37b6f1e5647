package com.scorecardstudio.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The room's quick view of one customer-stage area: its current state 1–5 (null: not assessed) and a note. */
public record AreaAssessment(String area, Integer score, String note) {
    public AreaAssessment {
        if (!Stage.CUSTOMER.areas().contains(area)) {
            throw new IllegalArgumentException("not a customer area: " + area);
        }
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("score must be 1-5: " + score);
        }
        note = Text.cleanMultiline(note);
    }

    /** The weakest assessed areas (all of them when tied), so the room sees where to start. */
    public static List<String> weakest(List<AreaAssessment> all) {
        Optional<Integer> min = all.stream().map(AreaAssessment::score).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder());
        return min.map(m -> all.stream().filter(a -> m.equals(a.score())).map(AreaAssessment::area).toList())
                .orElse(List.of());
    }
}
