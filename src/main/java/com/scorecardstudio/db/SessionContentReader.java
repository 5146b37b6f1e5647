package com.scorecardstudio.db;

import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.SessionSnapshot;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads a whole session in one transaction, so its parts are consistent with each other: the one
 * path the summary, the workbook export and session files read a session by.
 */
public final class SessionContentReader {
    private final DSLContext dsl;
    private final Clock clock;

    public SessionContentReader(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The session with everything in it; empty when there is no such (undeleted) session. */
    public Optional<SessionContent> read(long sessionId) {
        return dsl.transactionResult(cfg -> content(DSL.using(cfg), sessionId));
    }

    /**
     * The session with its content, time-boxes, client scoring and map; empty when there is no such
     * (undeleted) session.
     */
    public Optional<SessionSnapshot> snapshot(long sessionId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            return content(tx, sessionId).map(content -> {
                ScoringSheet scoring = new ScoringService(tx, clock).read(sessionId);
                boolean setUp = new ScoringSettingsRepository(tx, clock).isSetUp(sessionId);
                StrategyMap map = new MapRepository(tx).read(sessionId);
                return new SessionSnapshot(content, new FacilitationRepository(tx, clock).timeboxes(sessionId),
                        scoring, setUp, new ClientRepository(tx, clock).stamps(sessionId), map);
            });
        });
    }

    private Optional<SessionContent> content(DSLContext tx, long sessionId) {
        FacilitationRepository facilitation = new FacilitationRepository(tx, clock);
        return new SessionRepository(tx, clock).find(sessionId).map(s -> new SessionContent(s,
                new GoalRepository(tx).list(sessionId), facilitation.policies(sessionId),
                facilitation.assessments(sessionId), facilitation.parkingLot(sessionId)));
    }
}
