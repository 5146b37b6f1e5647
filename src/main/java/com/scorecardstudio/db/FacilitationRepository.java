package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.AGENDA_BREAK;
import static com.scorecardstudio.db.jooq.Tables.AREA_ASSESSMENT;
import static com.scorecardstudio.db.jooq.Tables.CUSTOMER_POLICY_CHECK;
import static com.scorecardstudio.db.jooq.Tables.PARKING_NOTE;
import static com.scorecardstudio.db.jooq.Tables.STAGE_CLOCK;
import static com.scorecardstudio.db.jooq.Tables.STAGE_TIMEBOX;

import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Stage;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What the facilitator keeps besides goals: the customer-policy checklist, the area assessments,
 * the parking lot and the stage time-boxes. Call only on the database thread.
 */
public final class FacilitationRepository {
    private final DSLContext dsl;
    private final Clock clock;
    /** Who writes, as the other users of a team workspace see it ("changed by …"). */
    private final String actor;

    public FacilitationRepository(DSLContext dsl, Clock clock) {
        this(dsl, clock, "");
    }

    FacilitationRepository(DSLContext dsl, Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
    }

    /** All eight policies in their order; those not discussed yet have no status. */
    public List<PolicyCheck> policies(long sessionId) {
        Map<CustomerPolicy, PolicyCheck> stored = new EnumMap<>(CustomerPolicy.class);
        dsl.selectFrom(CUSTOMER_POLICY_CHECK).where(CUSTOMER_POLICY_CHECK.SESSION_ID.eq(sessionId)).forEach(r -> {
            CustomerPolicy p = CustomerPolicy.valueOf(r.getPolicy().toUpperCase(Locale.ROOT));
            stored.put(p, new PolicyCheck(p, r.getStatus() == null ? null
                    : CustomerPolicy.Status.valueOf(r.getStatus().toUpperCase(Locale.ROOT)), r.getNote()));
        });
        return java.util.Arrays.stream(CustomerPolicy.values())
                .map(p -> stored.getOrDefault(p, new PolicyCheck(p, null, ""))).toList();
    }

    public void savePolicy(long sessionId, PolicyCheck check) {
        dsl.mergeInto(CUSTOMER_POLICY_CHECK)
                .using(dsl.selectOne())
                .on(CUSTOMER_POLICY_CHECK.SESSION_ID.eq(sessionId).and(CUSTOMER_POLICY_CHECK.POLICY.eq(check.policy().key())))
                .whenMatchedThenUpdate()
                .set(CUSTOMER_POLICY_CHECK.STATUS, check.status() == null ? null : check.status().key())
                .set(CUSTOMER_POLICY_CHECK.NOTE, check.note())
                .whenNotMatchedThenInsert(CUSTOMER_POLICY_CHECK.SESSION_ID, CUSTOMER_POLICY_CHECK.POLICY,
                        CUSTOMER_POLICY_CHECK.STATUS, CUSTOMER_POLICY_CHECK.NOTE)
                .values(sessionId, check.policy().key(), check.status() == null ? null : check.status().key(), check.note())
                .execute();
    }

    /**
     * Saves a policy's status and note if they are still as this laptop last saw them ({@code base}):
     * a compare-and-set on the values (team workspaces, issue 16); otherwise, unless theirs already is
     * mine, {@link StaleWriteException} with theirs and nothing is written.
     */
    public void savePolicy(long sessionId, PolicyCheck base, PolicyCheck mine) {
        dsl.transaction(cfg -> {
            FacilitationRepository tx = new FacilitationRepository(DSL.using(cfg), clock, actor);
            var r = DSL.using(cfg).selectFrom(CUSTOMER_POLICY_CHECK).where(CUSTOMER_POLICY_CHECK.SESSION_ID.eq(sessionId))
                    .and(CUSTOMER_POLICY_CHECK.POLICY.eq(mine.policy().key())).forUpdate().fetchOne();
            PolicyCheck theirs = r == null ? new PolicyCheck(mine.policy(), null, "") : new PolicyCheck(mine.policy(),
                    r.getStatus() == null ? null : CustomerPolicy.Status.valueOf(r.getStatus().toUpperCase(Locale.ROOT)), r.getNote());
            if (!theirs.equals(base) && !theirs.equals(mine)) {
                throw new StaleWriteException("customer_policy_check", 0, theirs, "", null, -1);
            }
            tx.savePolicy(sessionId, mine);
        });
    }

    /** Saves an area's score and note if they are still {@code base}: see {@link #savePolicy(long, PolicyCheck, PolicyCheck)}. */
    public void saveAssessment(long sessionId, AreaAssessment base, AreaAssessment mine) {
        dsl.transaction(cfg -> {
            FacilitationRepository tx = new FacilitationRepository(DSL.using(cfg), clock, actor);
            var r = DSL.using(cfg).selectFrom(AREA_ASSESSMENT).where(AREA_ASSESSMENT.SESSION_ID.eq(sessionId))
                    .and(AREA_ASSESSMENT.AREA.eq(mine.area())).forUpdate().fetchOne();
            AreaAssessment theirs = r == null ? new AreaAssessment(mine.area(), null, "")
                    : new AreaAssessment(mine.area(), r.getScore(), r.getNote());
            if (!theirs.equals(base) && !theirs.equals(mine)) {
                throw new StaleWriteException("area_assessment", 0, theirs, "", null, -1);
            }
            tx.saveAssessment(sessionId, mine);
        });
    }

    /** The five customer areas in their order; those not assessed yet have no score. */
    public List<AreaAssessment> assessments(long sessionId) {
        Map<String, AreaAssessment> stored = new java.util.HashMap<>();
        dsl.selectFrom(AREA_ASSESSMENT).where(AREA_ASSESSMENT.SESSION_ID.eq(sessionId))
                .forEach(r -> stored.put(r.getArea(), new AreaAssessment(r.getArea(), r.getScore(), r.getNote())));
        return Stage.CUSTOMER.areas().stream().map(a -> stored.getOrDefault(a, new AreaAssessment(a, null, ""))).toList();
    }

    public void saveAssessment(long sessionId, AreaAssessment a) {
        dsl.mergeInto(AREA_ASSESSMENT)
                .using(dsl.selectOne())
                .on(AREA_ASSESSMENT.SESSION_ID.eq(sessionId).and(AREA_ASSESSMENT.AREA.eq(a.area())))
                .whenMatchedThenUpdate()
                .set(AREA_ASSESSMENT.SCORE, a.score())
                .set(AREA_ASSESSMENT.NOTE, a.note())
                .whenNotMatchedThenInsert(AREA_ASSESSMENT.SESSION_ID, AREA_ASSESSMENT.AREA, AREA_ASSESSMENT.SCORE, AREA_ASSESSMENT.NOTE)
                .values(sessionId, a.area(), a.score(), a.note())
                .execute();
    }

    /** The parking lot, oldest first. */
    public List<ParkingNote> parkingLot(long sessionId) {
        return dsl.selectFrom(PARKING_NOTE).where(PARKING_NOTE.SESSION_ID.eq(sessionId))
                .orderBy(PARKING_NOTE.CREATED_AT, PARKING_NOTE.ID)
                .fetch(r -> new ParkingNote(r.getId(), r.getNoteText(), r.getCreatedAt().toInstant(), r.getDone()));
    }

    public ParkingNote park(long sessionId, String text) {
        var r = dsl.newRecord(PARKING_NOTE);
        r.setSessionId(sessionId);
        r.setNoteText(text);
        r.setCreatedAt(clock.instant().atOffset(ZoneOffset.UTC));
        r.setDone(false);
        r.store();
        return new ParkingNote(r.getId(), r.getNoteText(), r.getCreatedAt().toInstant(), false);
    }

    /** Puts a note back exactly as it was (undo of a removal). */
    public ParkingNote restore(long sessionId, ParkingNote note) {
        var r = dsl.newRecord(PARKING_NOTE);
        r.setSessionId(sessionId);
        r.setNoteText(note.text());
        r.setCreatedAt(note.createdAt().atOffset(ZoneOffset.UTC));
        r.setDone(note.done());
        r.store();
        return new ParkingNote(r.getId(), note.text(), note.createdAt(), note.done());
    }

    public void updateNote(ParkingNote note) {
        dsl.update(PARKING_NOTE).set(PARKING_NOTE.NOTE_TEXT, note.text()).set(PARKING_NOTE.DONE, note.done())
                .where(PARKING_NOTE.ID.eq(note.id())).execute();
    }

    /**
     * Saves a note's text and whether it is done if they are still as this laptop last saw them
     * ({@code base}): a compare-and-set on the values (team workspaces, issue 16). A note another user
     * changed meanwhile throws {@link StaleWriteException} with theirs and nothing is written, unless
     * theirs already is mine; a note deleted meanwhile is left deleted.
     */
    public void updateNote(ParkingNote base, ParkingNote mine) {
        int written = dsl.update(PARKING_NOTE).set(PARKING_NOTE.NOTE_TEXT, mine.text()).set(PARKING_NOTE.DONE, mine.done())
                .set(PARKING_NOTE.ROW_VERSION, PARKING_NOTE.ROW_VERSION.plus(1)).set(PARKING_NOTE.CHANGED_BY, actor)
                .set(PARKING_NOTE.CHANGED_AT, OffsetDateTime.now(clock))
                .where(PARKING_NOTE.ID.eq(mine.id())).and(PARKING_NOTE.NOTE_TEXT.eq(base.text()))
                .and(PARKING_NOTE.DONE.eq(base.done())).execute();
        if (written == 1) {
            return;
        }
        var now = dsl.selectFrom(PARKING_NOTE).where(PARKING_NOTE.ID.eq(mine.id())).fetchOne();
        if (now == null) {
            return; // deleted elsewhere: the list follows that delete
        }
        ParkingNote theirs = new ParkingNote(now.getId(), now.getNoteText(), now.getCreatedAt().toInstant(), now.getDone());
        if (theirs.text().equals(mine.text()) && theirs.done() == mine.done()) {
            return;
        }
        throw new StaleWriteException("parking_note", mine.id(), theirs, now.getChangedBy(),
                now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
    }

    public void removeNote(long noteId) {
        dsl.deleteFrom(PARKING_NOTE).where(PARKING_NOTE.ID.eq(noteId)).execute();
    }

    /** Minutes set aside per stage; stages without a time-box are absent. */
    public Map<Stage, Integer> timeboxes(long sessionId) {
        Map<Stage, Integer> result = new EnumMap<>(Stage.class);
        dsl.selectFrom(STAGE_TIMEBOX).where(STAGE_TIMEBOX.SESSION_ID.eq(sessionId))
                .forEach(r -> result.put(Stage.valueOf(r.getStage().toUpperCase(Locale.ROOT)), r.getMinutes()));
        return result;
    }

    public void saveTimebox(long sessionId, Stage stage, int minutes) {
        dsl.mergeInto(STAGE_TIMEBOX)
                .using(dsl.selectOne())
                .on(STAGE_TIMEBOX.SESSION_ID.eq(sessionId).and(STAGE_TIMEBOX.STAGE.eq(stage.key())))
                .whenMatchedThenUpdate().set(STAGE_TIMEBOX.MINUTES, minutes)
                .whenNotMatchedThenInsert(STAGE_TIMEBOX.SESSION_ID, STAGE_TIMEBOX.STAGE, STAGE_TIMEBOX.MINUTES)
                .values(sessionId, stage.key(), minutes)
                .execute();
    }

    /**
     * Saves a stage's time-box if it is still {@code base} (null: none stored) — a compare-and-set on
     * the value (team workspaces, issue 16); otherwise, unless theirs already is {@code minutes},
     * {@link StaleWriteException} with theirs ({@link com.scorecardstudio.domain.PlannedMinutes}).
     */
    public void saveTimebox(long sessionId, Stage stage, Integer base, int minutes) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            var r = tx.selectFrom(STAGE_TIMEBOX).where(STAGE_TIMEBOX.SESSION_ID.eq(sessionId))
                    .and(STAGE_TIMEBOX.STAGE.eq(stage.key())).forUpdate().fetchOne();
            Integer theirs = r == null ? null : r.getMinutes();
            if (!java.util.Objects.equals(theirs, base) && !Integer.valueOf(minutes).equals(theirs)) {
                throw new StaleWriteException("stage_timebox", 0, new com.scorecardstudio.domain.PlannedMinutes(stage, false, theirs),
                        "", null, -1);
            }
            new FacilitationRepository(tx, clock, actor).saveTimebox(sessionId, stage, minutes);
        });
    }

    /** A stage timer's state as stored: time used and minutes added, in milliseconds. */
    public record StageClock(long elapsedMillis, long extraMillis) {
    }

    /** The stored state of each stage's timer; stages never started are absent. */
    public Map<Stage, StageClock> clocks(long sessionId) {
        Map<Stage, StageClock> result = new EnumMap<>(Stage.class);
        dsl.selectFrom(STAGE_CLOCK).where(STAGE_CLOCK.SESSION_ID.eq(sessionId))
                .forEach(r -> result.put(Stage.valueOf(r.getStage().toUpperCase(Locale.ROOT)), new StageClock(r.getElapsedMs(), r.getExtraMs())));
        return result;
    }

    public void saveClock(long sessionId, Stage stage, StageClock clock) {
        dsl.mergeInto(STAGE_CLOCK)
                .using(dsl.selectOne())
                .on(STAGE_CLOCK.SESSION_ID.eq(sessionId).and(STAGE_CLOCK.STAGE.eq(stage.key())))
                .whenMatchedThenUpdate().set(STAGE_CLOCK.ELAPSED_MS, clock.elapsedMillis()).set(STAGE_CLOCK.EXTRA_MS, clock.extraMillis())
                .whenNotMatchedThenInsert(STAGE_CLOCK.SESSION_ID, STAGE_CLOCK.STAGE, STAGE_CLOCK.ELAPSED_MS, STAGE_CLOCK.EXTRA_MS)
                .values(sessionId, stage.key(), clock.elapsedMillis(), clock.extraMillis())
                .execute();
    }

    /** A break of the agenda as stored: minutes planned after a stage and the time it took so far. */
    public record AgendaBreak(int minutes, long elapsedMillis) {
    }

    /** The breaks planned or taken after each stage; stages without one are absent. */
    public Map<Stage, AgendaBreak> agendaBreaks(long sessionId) {
        Map<Stage, AgendaBreak> result = new EnumMap<>(Stage.class);
        dsl.selectFrom(AGENDA_BREAK).where(AGENDA_BREAK.SESSION_ID.eq(sessionId))
                .forEach(r -> result.put(Stage.valueOf(r.getAfterStage().toUpperCase(Locale.ROOT)),
                        new AgendaBreak(r.getMinutes(), r.getElapsedMs())));
        return result;
    }

    public void saveAgendaBreak(long sessionId, Stage afterStage, AgendaBreak value) {
        dsl.mergeInto(AGENDA_BREAK)
                .using(dsl.selectOne())
                .on(AGENDA_BREAK.SESSION_ID.eq(sessionId).and(AGENDA_BREAK.AFTER_STAGE.eq(afterStage.key())))
                .whenMatchedThenUpdate()
                .set(AGENDA_BREAK.MINUTES, value.minutes())
                .set(AGENDA_BREAK.ELAPSED_MS, value.elapsedMillis())
                .whenNotMatchedThenInsert(AGENDA_BREAK.SESSION_ID, AGENDA_BREAK.AFTER_STAGE, AGENDA_BREAK.MINUTES, AGENDA_BREAK.ELAPSED_MS)
                .values(sessionId, afterStage.key(), value.minutes(), value.elapsedMillis())
                .execute();
    }

    /**
     * Plans a break's minutes if they are still {@code base} (0 when none is stored): see
     * {@link #saveTimebox(long, Stage, Integer, int)}; the time taken of it is stored as it stands.
     */
    public void saveAgendaBreak(long sessionId, Stage afterStage, int base, AgendaBreak value) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            var r = tx.selectFrom(AGENDA_BREAK).where(AGENDA_BREAK.SESSION_ID.eq(sessionId))
                    .and(AGENDA_BREAK.AFTER_STAGE.eq(afterStage.key())).forUpdate().fetchOne();
            int theirs = r == null ? 0 : r.getMinutes();
            if (theirs != base && theirs != value.minutes()) {
                throw new StaleWriteException("agenda_break", 0, new com.scorecardstudio.domain.PlannedMinutes(afterStage, true, theirs),
                        "", null, -1);
            }
            new FacilitationRepository(tx, clock, actor).saveAgendaBreak(sessionId, afterStage, value);
        });
    }

    /**
     * Stores the time taken of a break (its clock, while it runs and when it ends) without touching
     * its planned minutes, which another laptop may have changed meanwhile; {@code minutes} is the plan
     * of a break not stored yet.
     */
    public void saveBreakElapsed(long sessionId, Stage afterStage, int minutes, long elapsedMillis) {
        dsl.mergeInto(AGENDA_BREAK)
                .using(dsl.selectOne())
                .on(AGENDA_BREAK.SESSION_ID.eq(sessionId).and(AGENDA_BREAK.AFTER_STAGE.eq(afterStage.key())))
                .whenMatchedThenUpdate()
                .set(AGENDA_BREAK.ELAPSED_MS, elapsedMillis)
                .whenNotMatchedThenInsert(AGENDA_BREAK.SESSION_ID, AGENDA_BREAK.AFTER_STAGE, AGENDA_BREAK.MINUTES, AGENDA_BREAK.ELAPSED_MS)
                .values(sessionId, afterStage.key(), minutes, elapsedMillis)
                .execute();
    }
}
