package com.scorecardstudio.domain.scoring;

import com.scorecardstudio.domain.Text;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One weighted criterion of an axis. {@code key} is stable (matches import columns and templates);
 * {@code name} is what the user called it, empty for a built-in criterion that is named in the
 * user's language. {@code id} is null until stored.
 */
public record Criterion(Long id, Axis axis, String key, String name, BigDecimal weight) {
    public Criterion {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(weight, "weight");
        key = Text.clean(key);
        name = Text.clean(name);
        if (weight.scale() < 2) {
            weight = weight.setScale(2); // 1, 1.0 and 1.00 are the same weight, also to equals()
        }
    }

    public Criterion withId(Long newId) {
        return new Criterion(newId, axis, key, name, weight);
    }

    public Criterion withWeight(BigDecimal newWeight) {
        return new Criterion(id, axis, key, name, newWeight);
    }
}
