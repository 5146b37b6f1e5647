package com.scorecardstudio.db;

import com.scorecardstudio.domain.SessionContent;
import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads a whole session in one transaction, so its parts are consistent with each other. */
public final class SessionContentReader {
    private final DSLContext dsl;
    private final Clock clock;

    public SessionContentReader(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The session with everything in it; empty when there is no such (undeleted) session. */
    public Optional<SessionContent> read(long sessionId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            FacilitationRepository facilitation = new FacilitationRepository(tx, clock);
            return new SessionRepository(tx, clock).find(sessionId).map(s -> new SessionContent(s,
                    new GoalRepository(tx).list(sessionId), facilitation.policies(sessionId),
                    facilitation.assessments(sessionId), facilitation.parkingLot(sessionId)));
        });
    }
}
