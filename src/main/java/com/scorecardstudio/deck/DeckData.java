package com.scorecardstudio.deck;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.util.HashMap;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one deck is made from, read in one transaction so that the slides agree with each
 * other: the session's content, its client scoring with the matrix the app computes, and the
 * strategy map's links and pinned cards (laid out on the map slide as the app lays them out).
 *
 * @param votes the dots each goal got in dot-voting (issue 14), by goal id, only goals with dots;
 *              a stage where anyone voted shows a votes column, a map card with dots says how many
 */
public record DeckData(SessionContent content, ScoringSheet scoring, Matrix matrix, StrategyMap map, Map<Long, Integer> votes,
                       Checkins checkins, Period reviewPeriod) {

    public DeckData {
        votes = Map.copyOf(votes);
        checkins = checkins == null ? Checkins.none() : checkins;
        reviewPeriod = checkins.scheduled() ? reviewPeriod : null;
    }

    /** A session without check-ins. */
    public DeckData(SessionContent content, ScoringSheet scoring, Matrix matrix, StrategyMap map, Map<Long, Integer> votes) {
        this(content, scoring, matrix, map, votes, Checkins.none(), null);
    }

    /** The same, with the check-ins and the review period whose results the deck shows. */
    public DeckData withCheckins(Checkins c, Period period) {
        return new DeckData(content, scoring, matrix, map, votes, c, period);
    }

    /** Content, scoring and map held in memory, with the matrix computed. */
    public static DeckData of(SessionContent content, ScoringSheet scoring, StrategyMap map) {
        return new DeckData(content, scoring, scoring.matrix(), map, votesOf(content.goals()));
    }

    /** Each goal's dots (its votes' total), for the goals that have any. */
    static Map<Long, Integer> votesOf(List<Goal> goals) {
        Map<Long, Integer> votes = new HashMap<>();
        for (Goal g : goals) {
            if (g.id() != null && g.totalVotes() > 0) {
                votes.put(g.id(), g.totalVotes());
            }
        }
        return votes;
    }

    /** Reads a session; empty when there is no such session. Runs on the database thread. */
    public static Optional<DeckData> read(Store store, long sessionId) {
        return store.transaction(tx -> tx.content().read(sessionId).map(content -> {
            Checkins c = tx.checkins().read(sessionId);
            return of(content, tx.scoring().read(sessionId), tx.map().read(sessionId))
                    .withCheckins(c, c.reviewPeriod(java.time.LocalDate.now(store.clock())).orElse(null));
        }));
    }

    /** Whether anyone voted in this session. */
    public boolean hasVotes() {
        return !votes.isEmpty();
    }

    /** Whether anyone put dots on this stage's goals (its slide shows the votes column only then). */
    public boolean hasVotes(Stage stage) {
        return content.goals().stream().anyMatch(g -> g.stage() == stage && g.id() != null && votes.containsKey(g.id()));
    }

    /** The dots of a goal, 0 when none. */
    public int votesOf(Goal goal) {
        return goal.id() == null ? 0 : votes.getOrDefault(goal.id(), 0);
    }
}
