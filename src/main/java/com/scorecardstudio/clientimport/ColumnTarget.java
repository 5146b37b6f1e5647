package com.scorecardstudio.clientimport;

import com.scorecardstudio.domain.scoring.ClientRules.Field;
import java.util.Objects;

/** What a file column is imported into: a client field or a criterion's score (by key). */
public record ColumnTarget(Field field, String criterionKey) {
    public ColumnTarget {
        if ((field == null) == (criterionKey == null)) {
            throw new IllegalArgumentException("exactly one of field and criterion");
        }
    }

    public static ColumnTarget of(Field field) {
        return new ColumnTarget(Objects.requireNonNull(field), null);
    }

    public static ColumnTarget criterion(String key) {
        return new ColumnTarget(null, Objects.requireNonNull(key));
    }

    public boolean isCriterion() {
        return criterionKey != null;
    }
}
