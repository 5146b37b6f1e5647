package com.scorecardstudio.domain.scoring;

import java.util.List;
import java.util.Map;

/**
 * Everything the matrix of one session is computed from, as stored: criteria (attractiveness first,
 * in order), clients, their scores (by client id, then criterion id) and the settings.
 */
public record ScoringSheet(long sessionId, List<Criterion> criteria, List<Client> clients,
                           Map<Long, Map<Long, Integer>> scores, ScoringSettings settings) {
    public ScoringSheet {
        criteria = List.copyOf(criteria);
        clients = List.copyOf(clients);
        scores = Map.copyOf(scores);
    }

    public Matrix matrix() {
        return Scoring.compute(criteria, clients, scores, settings);
    }

    public Map<Long, Integer> scoresOf(long clientId) {
        return scores.getOrDefault(clientId, Map.of());
    }
}
