package com.scorecardstudio.domain;

import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A whole session as a session file carries it: its content (details with participants, goals with
 * their indicators, measurements and initiatives, the customer checklist and assessments, the
 * parking lot), the stage time-boxes, the client scoring and the strategy map.
 *
 * <p>Ids inside a snapshot are references within it: the map's links and pins name goals by
 * {@link Goal#id()}, the scores name clients and criteria by their ids. Read from the database they
 * are the database ids; a snapshot written as a new session gets new ids, the references follow.
 *
 * @param scoring         the client scoring (empty, with default settings, when the session never used it)
 * @param scoringSetUp    whether the session's scoring settings were ever stored (a session without
 *                        them gets the defaults the first time its scoring is opened)
 * @param clientTimes     when each client (by id) was created and last changed; a client without an
 *                        entry is stamped with the time it is written
 */
public record SessionSnapshot(
        SessionContent content,
        Map<Stage, Integer> timeboxes,
        ScoringSheet scoring,
        boolean scoringSetUp,
        Map<Long, Stamps> clientTimes,
        StrategyMap map) {

    public SessionSnapshot {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(scoring, "scoring");
        EnumMap<Stage, Integer> boxes = new EnumMap<>(Stage.class);
        if (timeboxes != null) {
            boxes.putAll(timeboxes);
        }
        timeboxes = java.util.Collections.unmodifiableMap(boxes);
        clientTimes = clientTimes == null ? Map.of() : Map.copyOf(clientTimes);
        map = map == null ? StrategyMap.EMPTY : map;
    }

    public Session session() {
        return content.session();
    }

    /** Whether the session used client scoring at all: set it up, named criteria or clients, or rewrote a strategy. */
    public boolean usesScoring() {
        return scoringSetUp || !scoring.criteria().isEmpty() || !scoring.clients().isEmpty()
                || !scoring.settings().strategies().isEmpty();
    }

    /** When a row was created and last changed. */
    public record Stamps(Instant createdAt, Instant updatedAt) {
    }
}
