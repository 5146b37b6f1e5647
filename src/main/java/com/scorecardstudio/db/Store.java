package com.scorecardstudio.db;

import java.time.Clock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The database as the rest of the app sees it: its repositories, and {@link #transaction} for work
 * that must be whole or absent. Code outside {@code db/} holds a {@code Store}, never a jOOQ context,
 * so SQL stays in this package. Call only on the database thread.
 */
public final class Store {
    private final DSLContext dsl;
    private final Clock clock;
    private final String actor;

    Store(DSLContext dsl, Clock clock) {
        this(dsl, clock, "");
    }

    Store(DSLContext dsl, Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
    }

    /** Runs {@code work} in one transaction (nested calls join it); an exception rolls all of it back. */
    public <T> T transaction(Function<Store, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new Store(DSL.using(cfg), clock, actor)));
    }

    public Clock clock() {
        return clock;
    }

    public SessionRepository sessions() {
        return new SessionRepository(dsl, clock, actor);
    }

    /** A whole session as the summary, the workbook and session files read it. */
    public SessionContentReader content() {
        return new SessionContentReader(dsl, clock);
    }

    /** Whole sessions read and written as one, as session files carry them. */
    public SessionSnapshots snapshots() {
        return new SessionSnapshots(dsl, clock);
    }

    public GoalRepository goals() {
        return new GoalRepository(dsl, clock, actor);
    }

    public MapRepository map() {
        return new MapRepository(dsl, clock, actor);
    }

    public FacilitationRepository facilitation() {
        return new FacilitationRepository(dsl, clock, actor);
    }

    /** Impact check-ins after the session: review schedule, actuals, closed periods. */
    public CheckinRepository checkins() {
        return new CheckinRepository(dsl, clock);
    }

    public ScoringService scoring() {
        return new ScoringService(dsl, clock, actor);
    }

    public ClientRepository clients() {
        return new ClientRepository(dsl, clock);
    }

    public CriteriaRepository criteria() {
        return new CriteriaRepository(dsl, clock);
    }

    public ScoringSettingsRepository scoringSettings() {
        return new ScoringSettingsRepository(dsl, clock);
    }
}
