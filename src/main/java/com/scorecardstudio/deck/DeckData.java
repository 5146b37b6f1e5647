package com.scorecardstudio.deck;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one deck is made from, read in one transaction so that the slides agree with each
 * other: the session's content, its client scoring with the matrix the app computes, and the
 * strategy map's links and pinned cards (laid out on the map slide as the app lays them out).
 *
 * @param votes dot votes per goal id; empty until dot-voting exists (issue 14), and then the
 *              stage slides show a vote column (the seam: fill it in {@link #read})
 */
public record DeckData(SessionContent content, ScoringSheet scoring, Matrix matrix, StrategyMap map, Map<Long, Integer> votes) {

    public DeckData {
        votes = Map.copyOf(votes);
    }

    /** Content, scoring and map held in memory, with the matrix computed. */
    public static DeckData of(SessionContent content, ScoringSheet scoring, StrategyMap map) {
        return new DeckData(content, scoring, scoring.matrix(), map, Map.of());
    }

    /** Reads a session; empty when there is no such session. Runs on the database thread. */
    public static Optional<DeckData> read(Store store, long sessionId) {
        return store.transaction(tx -> tx.content().read(sessionId)
                .map(content -> of(content, tx.scoring().read(sessionId), tx.map().read(sessionId))));
    }

    /** Whether votes are recorded for this session (the vote column is shown only then). */
    public boolean hasVotes() {
        return !votes.isEmpty();
    }
}
