package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.CHECKIN_ACTUAL;
import static com.scorecardstudio.db.jooq.Tables.CHECKIN_LOG;
import static com.scorecardstudio.db.jooq.Tables.CHECKIN_PERIOD_CLOSED;
import static com.scorecardstudio.db.jooq.Tables.CHECKIN_SCHEDULE;
import static com.scorecardstudio.db.jooq.Tables.GOAL;
import static com.scorecardstudio.db.jooq.Tables.INDICATOR;

import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.PeriodAction;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A session's impact check-ins: its review schedule, the actuals per indicator and period, the
 * closed periods and the log of closing and unlocking. A closed period is locked here, in the
 * database's own transaction, so no path (the page, an import, a script) writes into it. Call only on
 * the database thread.
 */
public final class CheckinRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public CheckinRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** One line of the log: a period closed, or unlocked with its reason. */

    public Optional<ReviewSchedule> schedule(long sessionId) {
        return schedule(dsl, sessionId);
    }

    private static Optional<ReviewSchedule> schedule(DSLContext tx, long sessionId) {
        return tx.selectFrom(CHECKIN_SCHEDULE).where(CHECKIN_SCHEDULE.SESSION_ID.eq(sessionId)).fetchOptional(r ->
                new ReviewSchedule(Cadence.ofKey(r.getCadence()), r.getStartDate(), r.getAfterWindow(), r.getSustainPeriods()));
    }

    /**
     * Sets the schedule. Once actuals are recorded the cadence stays, and the start may not move past
     * the first of them (their periods would fall out of the schedule):
     * {@link CheckinRefusedException.Reason#SCHEDULE_HAS_ACTUALS}.
     */
    public void saveSchedule(long sessionId, ReviewSchedule s) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Optional<ReviewSchedule> old = schedule(tx, sessionId);
            LocalDate firstActual = tx.select(DSL.min(CHECKIN_ACTUAL.PERIOD_START)).from(CHECKIN_ACTUAL)
                    .join(INDICATOR).on(INDICATOR.ID.eq(CHECKIN_ACTUAL.INDICATOR_ID))
                    .join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                    .where(GOAL.SESSION_ID.eq(sessionId)).fetchOne(0, LocalDate.class);
            boolean closedAny = tx.fetchExists(CHECKIN_PERIOD_CLOSED, CHECKIN_PERIOD_CLOSED.SESSION_ID.eq(sessionId));
            if (old.isPresent() && (firstActual != null || closedAny)) {
                boolean cadenceChanged = old.get().cadence() != s.cadence();
                boolean startPast = firstActual != null && s.first().start().isAfter(firstActual);
                if (cadenceChanged || startPast) {
                    throw new CheckinRefusedException(CheckinRefusedException.Reason.SCHEDULE_HAS_ACTUALS, null);
                }
            }
            tx.mergeInto(CHECKIN_SCHEDULE).using(tx.selectOne()).on(CHECKIN_SCHEDULE.SESSION_ID.eq(sessionId))
                    .whenMatchedThenUpdate()
                    .set(CHECKIN_SCHEDULE.CADENCE, s.cadence().key())
                    .set(CHECKIN_SCHEDULE.START_DATE, s.start())
                    .set(CHECKIN_SCHEDULE.AFTER_WINDOW, s.afterWindow())
                    .set(CHECKIN_SCHEDULE.SUSTAIN_PERIODS, s.sustainPeriods())
                    .whenNotMatchedThenInsert(CHECKIN_SCHEDULE.SESSION_ID, CHECKIN_SCHEDULE.CADENCE, CHECKIN_SCHEDULE.START_DATE,
                            CHECKIN_SCHEDULE.AFTER_WINDOW, CHECKIN_SCHEDULE.SUSTAIN_PERIODS)
                    .values(sessionId, s.cadence().key(), s.start(), s.afterWindow(), s.sustainPeriods())
                    .execute();
        });
    }

    /**
     * Removes the schedule (undo of the first one). Refused while actuals are recorded or periods
     * closed: they would lose their periods.
     */
    /**
     * Sets the schedule if the stored one is still {@code base} (null: none) — a compare-and-set on the
     * schedule (team workspaces, issue 16); otherwise, unless theirs already is {@code s},
     * {@link StaleWriteException} with theirs (an {@code Optional<ReviewSchedule>}) and nothing is
     * written. The rules of {@link #saveSchedule(long, ReviewSchedule)} hold.
     */
    public void saveSchedule(long sessionId, ReviewSchedule base, ReviewSchedule s) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.selectFrom(CHECKIN_SCHEDULE).where(CHECKIN_SCHEDULE.SESSION_ID.eq(sessionId)).forUpdate().fetch();
            Optional<ReviewSchedule> theirs = schedule(tx, sessionId);
            if (!java.util.Objects.equals(theirs.orElse(null), base) && !theirs.equals(Optional.of(s))) {
                throw new StaleWriteException("checkin_schedule", sessionId, theirs, "", null, -1);
            }
            new CheckinRepository(tx, clock).saveSchedule(sessionId, s);
        });
    }

    public void clearSchedule(long sessionId) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            boolean recorded = tx.fetchExists(tx.selectOne().from(CHECKIN_ACTUAL)
                    .join(INDICATOR).on(INDICATOR.ID.eq(CHECKIN_ACTUAL.INDICATOR_ID))
                    .join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                    .where(GOAL.SESSION_ID.eq(sessionId)))
                    || tx.fetchExists(CHECKIN_PERIOD_CLOSED, CHECKIN_PERIOD_CLOSED.SESSION_ID.eq(sessionId));
            if (recorded) {
                throw new CheckinRefusedException(CheckinRefusedException.Reason.SCHEDULE_HAS_ACTUALS, null);
            }
            tx.deleteFrom(CHECKIN_SCHEDULE).where(CHECKIN_SCHEDULE.SESSION_ID.eq(sessionId)).execute();
        });
    }

    /** Everything at one moment: schedule (null when none), actuals of the session's indicators, closed periods. */
    public Checkins read(long sessionId) {
        return dsl.transactionResult(cfg -> read(DSL.using(cfg), sessionId));
    }

    private static Checkins read(DSLContext tx, long sessionId) {
        Optional<ReviewSchedule> schedule = schedule(tx, sessionId);
        if (schedule.isEmpty()) {
            return Checkins.none();
        }
        Cadence cadence = schedule.get().cadence();
        List<Actual> actuals = tx.select(CHECKIN_ACTUAL.fields()).from(CHECKIN_ACTUAL)
                .join(INDICATOR).on(INDICATOR.ID.eq(CHECKIN_ACTUAL.INDICATOR_ID))
                .join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                .where(GOAL.SESSION_ID.eq(sessionId))
                .orderBy(CHECKIN_ACTUAL.INDICATOR_ID, CHECKIN_ACTUAL.PERIOD_START)
                .fetch(r -> new Actual(r.get(CHECKIN_ACTUAL.INDICATOR_ID), new Period(cadence, r.get(CHECKIN_ACTUAL.PERIOD_START)),
                        r.get(CHECKIN_ACTUAL.ACTUAL_VALUE), r.get(CHECKIN_ACTUAL.NOTE)));
        Set<Period> closed = new HashSet<>(tx.select(CHECKIN_PERIOD_CLOSED.PERIOD_START).from(CHECKIN_PERIOD_CLOSED)
                .where(CHECKIN_PERIOD_CLOSED.SESSION_ID.eq(sessionId)).fetch(r -> new Period(cadence, r.value1())));
        return new Checkins(schedule.get(), actuals, closed);
    }

    /**
     * Records an actual (value and note) for a period of the schedule, replacing what was there; an
     * empty one (no value, no note) removes it. Refused, changing nothing, when the period is closed,
     * not in the schedule, or the indicator is not in the session.
     */
    public void save(long sessionId, Actual a) {
        dsl.transaction(cfg -> save(DSL.using(cfg), sessionId, a));
    }

    /**
     * Records an actual if what is stored for its indicator and period is still {@code base} (an empty
     * one for none) — a compare-and-set on the values (team workspaces, issue 16); otherwise, unless
     * theirs already is {@code a}, {@link StaleWriteException} with theirs (an empty actual when there
     * is none now) and nothing is written. The rules of {@link #save(long, Actual)} hold.
     */
    public void save(long sessionId, Actual base, Actual a) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            var r = tx.selectFrom(CHECKIN_ACTUAL).where(CHECKIN_ACTUAL.INDICATOR_ID.eq(a.indicatorId()))
                    .and(CHECKIN_ACTUAL.PERIOD_START.eq(a.period().start())).forUpdate().fetchOne();
            Actual theirs = r == null ? new Actual(a.indicatorId(), a.period(), null, "")
                    : new Actual(a.indicatorId(), a.period(), r.getActualValue(), r.getNote());
            if (!theirs.sameAs(base) && !theirs.sameAs(a)) {
                throw new StaleWriteException("checkin_actual", a.indicatorId(), theirs, "",
                        r == null || r.getUpdatedAt() == null ? null : r.getUpdatedAt().toInstant(), -1);
            }
            save(tx, sessionId, a);
        });
    }

    /** Several actuals at once, all or none (an import): the checks are read once, the writes batched. */
    public void saveAll(long sessionId, List<Actual> actuals) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Rules rules = rules(tx, sessionId, actuals.isEmpty() ? null : actuals.get(0).period());
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            List<org.jooq.Query> writes = new java.util.ArrayList<>();
            for (Actual a : actuals) {
                rules.check(a);
                writes.add(write(tx, a, now));
            }
            tx.batch(writes).execute();
        });
    }

    /**
     * An import's actuals, all or none, provided that what they replace is still what the import was
     * planned against ({@code before}: one per actual, an empty one for none): otherwise
     * {@link CheckinRefusedException.Reason#CHANGED_MEANWHILE} and nothing is written. The same rules
     * as {@link #saveAll(long, List)} (closed periods, the schedule, the session's indicators) hold.
     */
    public void saveAll(long sessionId, List<Actual> before, List<Actual> after) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("one before per actual");
        }
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Rules rules = rules(tx, sessionId, after.isEmpty() ? null : after.get(0).period());
            java.util.Map<String, Actual> now = new java.util.HashMap<>();
            for (Actual a : read(tx, sessionId).actuals()) {
                now.put(a.indicatorId() + "@" + a.period().start(), a);
            }
            var stamp = clock.instant().atOffset(ZoneOffset.UTC);
            // one prepared statement each for updates, inserts and deletes, bound per row: thousands of
            // rows in one import are written in a fraction of the time separate statements take
            var where = CHECKIN_ACTUAL.INDICATOR_ID.eq((Long) null).and(CHECKIN_ACTUAL.PERIOD_START.eq((LocalDate) null));
            var updates = tx.batch(tx.update(CHECKIN_ACTUAL).set(CHECKIN_ACTUAL.ACTUAL_VALUE, (java.math.BigDecimal) null)
                    .set(CHECKIN_ACTUAL.NOTE, (String) null).set(CHECKIN_ACTUAL.UPDATED_AT, (java.time.OffsetDateTime) null).where(where));
            var inserts = tx.batch(tx.insertInto(CHECKIN_ACTUAL, CHECKIN_ACTUAL.INDICATOR_ID, CHECKIN_ACTUAL.PERIOD_START,
                    CHECKIN_ACTUAL.ACTUAL_VALUE, CHECKIN_ACTUAL.NOTE, CHECKIN_ACTUAL.UPDATED_AT)
                    .values((Long) null, (LocalDate) null, (java.math.BigDecimal) null, (String) null, (java.time.OffsetDateTime) null));
            var deletes = tx.batch(tx.deleteFrom(CHECKIN_ACTUAL).where(where));
            int[] counts = new int[3];
            for (int i = 0; i < after.size(); i++) {
                Actual a = after.get(i);
                Actual was = before.get(i);
                Actual is = now.get(a.indicatorId() + "@" + a.period().start());
                boolean same = is == null ? was.isEmpty()
                        : !was.isEmpty() && was.note().equals(is.note())
                          && (was.value() == null ? is.value() == null : is.value() != null && was.value().compareTo(is.value()) == 0);
                if (!same) {
                    throw new CheckinRefusedException(CheckinRefusedException.Reason.CHANGED_MEANWHILE, a.period());
                }
                rules.check(a);
                if (a.isEmpty()) {
                    if (is != null) {
                        deletes = deletes.bind(a.indicatorId(), a.period().start());
                        counts[2]++;
                    }
                } else if (is != null) {
                    updates = updates.bind(a.value(), a.note(), stamp, a.indicatorId(), a.period().start());
                    counts[0]++;
                } else {
                    inserts = inserts.bind(a.indicatorId(), a.period().start(), a.value(), a.note(), stamp);
                    counts[1]++;
                }
            }
            if (counts[0] > 0) {
                updates.execute();
            }
            if (counts[1] > 0) {
                inserts.execute();
            }
            if (counts[2] > 0) {
                deletes.execute();
            }
        });
    }

    private void save(DSLContext tx, long sessionId, Actual a) {
        rules(tx, sessionId, a.period()).check(a);
        write(tx, a, clock.instant().atOffset(ZoneOffset.UTC)).execute();
    }

    /** What a write must respect, read once per transaction. */
    private record Rules(ReviewSchedule schedule, Set<Long> indicators, Set<LocalDate> closed) {
        void check(Actual a) {
            if (!schedule.includes(a.period())) {
                throw new CheckinRefusedException(CheckinRefusedException.Reason.NOT_IN_SCHEDULE, a.period());
            }
            if (!indicators.contains(a.indicatorId())) {
                throw new CheckinRefusedException(CheckinRefusedException.Reason.UNKNOWN_INDICATOR, a.period());
            }
            if (closed.contains(a.period().start())) {
                throw new CheckinRefusedException(CheckinRefusedException.Reason.PERIOD_CLOSED, a.period());
            }
        }
    }

    private static Rules rules(DSLContext tx, long sessionId, Period first) {
        ReviewSchedule s = schedule(tx, sessionId)
                .orElseThrow(() -> new CheckinRefusedException(CheckinRefusedException.Reason.NO_SCHEDULE, first));
        Set<Long> indicators = new HashSet<>(tx.select(INDICATOR.ID).from(INDICATOR).join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                .where(GOAL.SESSION_ID.eq(sessionId)).fetch(INDICATOR.ID));
        Set<LocalDate> closed = new HashSet<>(tx.select(CHECKIN_PERIOD_CLOSED.PERIOD_START).from(CHECKIN_PERIOD_CLOSED)
                .where(CHECKIN_PERIOD_CLOSED.SESSION_ID.eq(sessionId)).fetch(CHECKIN_PERIOD_CLOSED.PERIOD_START));
        return new Rules(s, indicators, closed);
    }

    /** The write of one actual: a merge, or a delete when it is empty. */
    private static org.jooq.Query write(DSLContext tx, Actual a, java.time.OffsetDateTime now) {
        var where = CHECKIN_ACTUAL.INDICATOR_ID.eq(a.indicatorId()).and(CHECKIN_ACTUAL.PERIOD_START.eq(a.period().start()));
        if (a.isEmpty()) {
            return tx.deleteFrom(CHECKIN_ACTUAL).where(where);
        }
        return tx.mergeInto(CHECKIN_ACTUAL).using(tx.selectOne()).on(where)
                .whenMatchedThenUpdate()
                .set(CHECKIN_ACTUAL.ACTUAL_VALUE, a.value())
                .set(CHECKIN_ACTUAL.NOTE, a.note())
                .set(CHECKIN_ACTUAL.UPDATED_AT, now)
                .whenNotMatchedThenInsert(CHECKIN_ACTUAL.INDICATOR_ID, CHECKIN_ACTUAL.PERIOD_START, CHECKIN_ACTUAL.ACTUAL_VALUE,
                        CHECKIN_ACTUAL.NOTE, CHECKIN_ACTUAL.UPDATED_AT)
                .values(a.indicatorId(), a.period().start(), a.value(), a.note(), now);
    }

    private static boolean closed(DSLContext tx, long sessionId, Period p) {
        return tx.fetchExists(CHECKIN_PERIOD_CLOSED, CHECKIN_PERIOD_CLOSED.SESSION_ID.eq(sessionId)
                .and(CHECKIN_PERIOD_CLOSED.PERIOD_START.eq(p.start())));
    }

    /** Closes a period of the schedule (logged); closing a closed period changes nothing. */
    public void close(long sessionId, Period p) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ReviewSchedule s = schedule(tx, sessionId)
                    .orElseThrow(() -> new CheckinRefusedException(CheckinRefusedException.Reason.NO_SCHEDULE, p));
            if (!s.includes(p)) {
                throw new CheckinRefusedException(CheckinRefusedException.Reason.NOT_IN_SCHEDULE, p);
            }
            if (closed(tx, sessionId, p)) {
                return;
            }
            tx.insertInto(CHECKIN_PERIOD_CLOSED, CHECKIN_PERIOD_CLOSED.SESSION_ID, CHECKIN_PERIOD_CLOSED.PERIOD_START)
                    .values(sessionId, p.start()).execute();
            log(tx, sessionId, p, "close", "");
        });
    }

    /** Unlocks a closed period, logging the reason given; unlocking an open period changes nothing. */
    public void unlock(long sessionId, Period p, String reason) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int removed = tx.deleteFrom(CHECKIN_PERIOD_CLOSED).where(CHECKIN_PERIOD_CLOSED.SESSION_ID.eq(sessionId)
                    .and(CHECKIN_PERIOD_CLOSED.PERIOD_START.eq(p.start()))).execute();
            if (removed > 0) {
                log(tx, sessionId, p, "unlock", reason == null ? "" : reason.strip());
            }
        });
    }

    private void log(DSLContext tx, long sessionId, Period p, String action, String reason) {
        tx.insertInto(CHECKIN_LOG, CHECKIN_LOG.SESSION_ID, CHECKIN_LOG.PERIOD_START, CHECKIN_LOG.ACTION, CHECKIN_LOG.REASON,
                CHECKIN_LOG.LOGGED_AT).values(sessionId, p.start(), action, reason, clock.instant().atOffset(ZoneOffset.UTC)).execute();
    }

    /** The log of closing and unlocking, oldest first. */
    public List<PeriodAction> log(long sessionId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Cadence cadence = schedule(tx, sessionId).map(ReviewSchedule::cadence).orElse(Cadence.MONTHLY);
            return tx.selectFrom(CHECKIN_LOG).where(CHECKIN_LOG.SESSION_ID.eq(sessionId)).orderBy(CHECKIN_LOG.LOGGED_AT, CHECKIN_LOG.ID)
                    .fetch(r -> new PeriodAction(Period.containing(cadence, r.getPeriodStart()), r.getAction(), r.getReason(),
                            r.getLoggedAt().toInstant()));
        });
    }

    /**
     * Writes a session's check-ins as a session file carries them, into a session that has none yet
     * (a new one): the schedule, the actuals (also those of closed periods: this restores a record),
     * the closed periods and their log with its own times. Ids in {@code checkins} are this session's.
     */
    public void restoreAll(long sessionId, Checkins checkins, List<PeriodAction> log) {
        if (!checkins.scheduled()) {
            return;
        }
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            new CheckinRepository(tx, clock).saveSchedule(sessionId, checkins.schedule());
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            List<org.jooq.Query> writes = new java.util.ArrayList<>();
            for (Actual a : checkins.actuals()) {
                if (!a.isEmpty()) {
                    writes.add(write(tx, a, now));
                }
            }
            for (Period p : checkins.closed()) {
                writes.add(tx.insertInto(CHECKIN_PERIOD_CLOSED, CHECKIN_PERIOD_CLOSED.SESSION_ID, CHECKIN_PERIOD_CLOSED.PERIOD_START)
                        .values(sessionId, p.start()));
            }
            for (PeriodAction e : log) {
                writes.add(tx.insertInto(CHECKIN_LOG, CHECKIN_LOG.SESSION_ID, CHECKIN_LOG.PERIOD_START, CHECKIN_LOG.ACTION,
                        CHECKIN_LOG.REASON, CHECKIN_LOG.LOGGED_AT)
                        .values(sessionId, e.period().start(), e.action(), e.reason(), e.at().atOffset(ZoneOffset.UTC)));
            }
            if (!writes.isEmpty()) {
                tx.batch(writes).execute();
            }
        });
    }

    /** One indicator's actuals, before it is deleted, so an undo of the deletion can bring them back. */
    public List<Actual> actualsOf(long sessionId, long indicatorId) {
        return read(sessionId).actuals().stream().filter(a -> a.indicatorId() == indicatorId).toList();
    }

    /**
     * Puts actuals back under an indicator's new id (undo of its deletion), including into closed
     * periods: they were there before, so this restores the record, it does not change it.
     */
    public void restore(long indicatorId, List<Actual> actuals) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            for (Actual a : actuals) {
                tx.insertInto(CHECKIN_ACTUAL, CHECKIN_ACTUAL.INDICATOR_ID, CHECKIN_ACTUAL.PERIOD_START, CHECKIN_ACTUAL.ACTUAL_VALUE,
                        CHECKIN_ACTUAL.NOTE, CHECKIN_ACTUAL.UPDATED_AT).values(indicatorId, a.period().start(), a.value(), a.note(), now)
                        .execute();
            }
        });
    }
}
