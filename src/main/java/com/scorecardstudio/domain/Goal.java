package com.scorecardstudio.domain;

import java.util.List;
import java.util.Objects;

/** A strategic goal in one focus area of one stage, measured by indicators and reached through initiatives. */
public record Goal(
        Long id,
        Stage stage,
        String area,
        String title,
        String description,
        String owner,
        Priority priority,
        List<Indicator> indicators,
        List<Initiative> initiatives,
        List<Vote> votes) {

    public Goal {
        Objects.requireNonNull(stage, "stage");
        if (!stage.areas().contains(area)) {
            throw new IllegalArgumentException("area " + area + " is not in stage " + stage);
        }
        title = Text.clean(title);
        description = Text.cleanMultiline(description);
        owner = Text.clean(owner);
        priority = priority == null ? Priority.MEDIUM : priority;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        votes = votes == null ? List.of() : votes.stream()
                .sorted(java.util.Comparator.comparing(Vote::participant)).toList();
        for (int i = 1; i < votes.size(); i++) {
            if (votes.get(i).participant().equals(votes.get(i - 1).participant())) {
                throw new IllegalArgumentException("two votes of " + votes.get(i).participant() + " on one goal");
            }
        }
    }

    /** A goal nobody has voted on yet. */
    public Goal(Long id, Stage stage, String area, String title, String description, String owner, Priority priority,
                List<Indicator> indicators, List<Initiative> initiatives) {
        this(id, stage, area, title, description, owner, priority, indicators, initiatives, List.of());
    }

    /** All the dots this goal got in dot-voting. */
    public int totalVotes() {
        return votes.stream().mapToInt(Vote::dots).sum();
    }

    public Goal withVotes(List<Vote> newVotes) {
        return new Goal(id, stage, area, title, description, owner, priority, indicators, initiatives, newVotes);
    }

    public static Goal titled(Stage stage, String area, String title) {
        return new Goal(null, stage, area, title, "", "", Priority.MEDIUM, List.of(), List.of());
    }
}
