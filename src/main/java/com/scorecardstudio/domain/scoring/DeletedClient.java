package com.scorecardstudio.domain.scoring;

import java.util.Map;

/** A deleted client with its scores, kept so that the delete can be undone. */
public record DeletedClient(long sessionId, Client client, Map<Long, Integer> scores) {
    public DeletedClient {
        scores = Map.copyOf(scores);
    }
}
