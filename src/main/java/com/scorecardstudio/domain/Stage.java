package com.scorecardstudio.domain;

import java.util.List;
import java.util.Locale;

/**
 * The four balanced-scorecard stages, in the order a session walks through them, each with its
 * focus areas (methodology §1). Keys are stable: they name messages, database values and exports.
 */
public enum Stage {
    FINANCIAL(List.of("cost_structure", "profit_growth", "resource_use", "customer_development")),
    INTERNAL_PROCESSES(List.of("operational", "innovation", "customer")),
    CUSTOMER(List.of("pricing", "quality", "service", "accessibility", "completeness")),
    LEARNING_GROWTH(List.of("it_stack", "people"));

    private final List<String> areas;

    Stage(List<String> areas) {
        this.areas = areas;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Focus-area keys in the order the session discusses them. */
    public List<String> areas() {
        return areas;
    }
}
