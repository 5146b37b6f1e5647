package com.scorecardstudio.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One of the nine cells: (attractiveness band, relationship band). */
public record Cell(Band attractiveness, Band relationship) {
    public Cell {
        Objects.requireNonNull(attractiveness, "attractiveness");
        Objects.requireNonNull(relationship, "relationship");
    }

    /** {@code <low|medium|high>/<weak|medium|strong>}, e.g. {@code high/weak}. */
    public String key() {
        return attractiveness.key(Axis.ATTRACTIVENESS) + "/" + relationship.key(Axis.RELATIONSHIP);
    }

    public Zone zone() {
        return Zone.of(attractiveness, relationship);
    }

    /** The nine cells as the matrix draws them: high attractiveness first, weak relationship first. */
    public static List<Cell> all() {
        List<Cell> cells = new ArrayList<>(9);
        for (int a = Band.values().length - 1; a >= 0; a--) {
            for (Band r : Band.values()) {
                cells.add(new Cell(Band.values()[a], r));
            }
        }
        return cells;
    }
}
