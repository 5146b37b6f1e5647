package com.scorecardstudio.domain.map;

import java.util.List;
import java.util.Map;

/** What a session's map adds to its goals: the links, and the cards placed by hand (by goal id). */
public record StrategyMap(List<GoalLink> links, Map<Long, CardPosition> pinned) {
    public static final StrategyMap EMPTY = new StrategyMap(List.of(), Map.of());

    public StrategyMap {
        links = List.copyOf(links);
        pinned = Map.copyOf(pinned);
    }
}
