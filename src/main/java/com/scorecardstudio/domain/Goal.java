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
        List<Initiative> initiatives) {

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
    }

    public static Goal titled(Stage stage, String area, String title) {
        return new Goal(null, stage, area, title, "", "", Priority.MEDIUM, List.of(), List.of());
    }
}
