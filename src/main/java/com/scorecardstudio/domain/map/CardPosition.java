package com.scorecardstudio.domain.map;

/** Where a user put a goal's card on the map (its top-left corner, in map units): it is pinned there. */
public record CardPosition(long goalId, double x, double y) {
}
