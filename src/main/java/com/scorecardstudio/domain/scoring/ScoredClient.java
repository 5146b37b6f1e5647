package com.scorecardstudio.domain.scoring;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A client with its scores (criterion id to 1–5), as one user sees it: one side of a conflict. */
public record ScoredClient(Client client, Map<Long, Integer> scores) {
    public ScoredClient {
        scores = Collections.unmodifiableMap(new HashMap<>(scores));
    }
}
