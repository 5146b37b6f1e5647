package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.DOT_BUDGET;
import static com.scorecardstudio.db.jooq.Tables.DOT_VOTE;
import static com.scorecardstudio.db.jooq.Tables.GOAL;
import static com.scorecardstudio.db.jooq.Tables.INDICATOR;
import static com.scorecardstudio.db.jooq.Tables.INITIATIVE;
import static com.scorecardstudio.db.jooq.Tables.MEASUREMENT;

import com.scorecardstudio.db.jooq.tables.records.GoalRecord;
import com.scorecardstudio.db.jooq.tables.records.IndicatorRecord;
import com.scorecardstudio.db.jooq.tables.records.InitiativeRecord;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.DotVoting;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Goals with their indicators, measurements and initiatives. Each method is one transaction. Rows
 * are written whole (all fields of a goal at once), so a repeated save is harmless.
 * Call only on the database thread.
 */
public final class GoalRepository {
    private final DSLContext dsl;
    private final java.time.Clock clock;
    /** Who writes, as the other users of a team workspace see it ("changed by …"). */
    private final String actor;

    public GoalRepository(DSLContext dsl) {
        this(dsl, java.time.Clock.systemUTC(), "");
    }

    GoalRepository(DSLContext dsl, java.time.Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
    }

    /** The stored version of each of a session's goals (goal id to version), read with {@link #list}. */
    public Map<Long, Long> versions(long sessionId) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(GOAL.ID, GOAL.ROW_VERSION).from(GOAL).where(GOAL.SESSION_ID.eq(sessionId))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /**
     * Saves a goal's own fields if the stored row is still at {@code basedOn} (compare-and-set), and
     * returns the new version. A row changed since then to the same content goes through silently
     * (two users typed the same); one changed to something else, or deleted, throws
     * {@link StaleWriteException} with theirs, and nothing is written.
     */
    public long update(long goalId, Goal g, long basedOn) {
        int written = dsl.update(GOAL).set(GOAL.STAGE, g.stage().key()).set(GOAL.AREA, g.area()).set(GOAL.TITLE, g.title())
                .set(GOAL.DESCRIPTION, g.description()).set(GOAL.OWNER, g.owner()).set(GOAL.PRIORITY, g.priority().key())
                .set(GOAL.ROW_VERSION, GOAL.ROW_VERSION.plus(1)).set(GOAL.CHANGED_BY, actor)
                .set(GOAL.CHANGED_AT, java.time.OffsetDateTime.now(clock))
                .where(GOAL.ID.eq(goalId)).and(GOAL.ROW_VERSION.eq(basedOn)).execute();
        if (written == 1) {
            return basedOn + 1;
        }
        GoalRecord now = dsl.selectFrom(GOAL).where(GOAL.ID.eq(goalId)).fetchOne();
        if (now == null) {
            throw new StaleWriteException("goal", goalId, null, "", null, -1);
        }
        Goal theirs = ownFields(now);
        if (sameOwnFields(theirs, g)) {
            return now.getRowVersion();
        }
        throw new StaleWriteException("goal", goalId, theirs, now.getChangedBy(),
                now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
    }

    /**
     * Deletes a goal if it is still at {@code basedOn}; one changed since then by someone else throws
     * {@link StaleWriteException} (their change is not thrown away unseen). Deleted already: done.
     */
    public void delete(long goalId, long basedOn) {
        int deleted = dsl.deleteFrom(GOAL).where(GOAL.ID.eq(goalId)).and(GOAL.ROW_VERSION.eq(basedOn)).execute();
        if (deleted == 1) {
            return;
        }
        GoalRecord now = dsl.selectFrom(GOAL).where(GOAL.ID.eq(goalId)).fetchOne();
        if (now != null) {
            throw new StaleWriteException("goal", goalId, ownFields(now), now.getChangedBy(),
                    now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
        }
    }

    /** A goal's own fields as stored (no indicators or initiatives): what a conflict shows. */
    private static Goal ownFields(GoalRecord r) {
        return new Goal(r.getId(), stageOf(r), r.getArea(), r.getTitle(), r.getDescription(), r.getOwner(),
                Priority.valueOf(r.getPriority().toUpperCase(Locale.ROOT)), List.of(), List.of());
    }

    private static boolean sameOwnFields(Goal a, Goal b) {
        return a.stage() == b.stage() && a.area().equals(b.area()) && a.title().equals(b.title())
                && a.description().equals(b.description()) && a.owner().equals(b.owner()) && a.priority() == b.priority();
    }

    /** A session's goals in the method's order: by stage, focus area, then position. */
    public List<Goal> list(long sessionId) {
        return read(GOAL.SESSION_ID.eq(sessionId));
    }

    /** A goal as stored now, with its version and who changed it last; empty when it is gone. */
    public Optional<StoredGoal> find(long goalId) {
        List<Goal> found = read(GOAL.ID.eq(goalId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var row = dsl.select(GOAL.ROW_VERSION, GOAL.CHANGED_BY).from(GOAL).where(GOAL.ID.eq(goalId)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Map<Long, Long> indicators = new HashMap<>();
        dsl.select(INDICATOR.ID, INDICATOR.ROW_VERSION).from(INDICATOR).where(INDICATOR.GOAL_ID.eq(goalId))
                .forEach(r -> indicators.put(r.value1(), r.value2()));
        Map<Long, Long> initiatives = new HashMap<>();
        dsl.select(INITIATIVE.ID, INITIATIVE.ROW_VERSION).from(INITIATIVE).where(INITIATIVE.GOAL_ID.eq(goalId))
                .forEach(r -> initiatives.put(r.value1(), r.value2()));
        return Optional.of(new StoredGoal(found.get(0), row.value1(), row.value2(), indicators, initiatives));
    }

    /**
     * A goal with the version of its row and who wrote that version, and the versions of its
     * indicators' and initiatives' rows (id to version).
     */
    public record StoredGoal(Goal goal, long version, String changedBy, Map<Long, Long> indicatorVersions,
            Map<Long, Long> initiativeVersions) {
    }

    /** The stored version of each indicator of a session (indicator id to version). */
    public Map<Long, Long> indicatorVersions(long sessionId) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(INDICATOR.ID, INDICATOR.ROW_VERSION).from(INDICATOR).join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                .where(GOAL.SESSION_ID.eq(sessionId)).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The stored version of each initiative of a session (initiative id to version). */
    public Map<Long, Long> initiativeVersions(long sessionId) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(INITIATIVE.ID, INITIATIVE.ROW_VERSION).from(INITIATIVE).join(GOAL).on(GOAL.ID.eq(INITIATIVE.GOAL_ID))
                .where(GOAL.SESSION_ID.eq(sessionId)).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private List<Goal> read(org.jooq.Condition which) {
        List<GoalRecord> goals = dsl.selectFrom(GOAL).where(which).fetch();
        List<Long> ids = goals.stream().map(GoalRecord::getId).toList();
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        Map<Long, List<Measurement>> measurements = new HashMap<>();
        Map<Long, List<Initiative>> initiatives = new HashMap<>();
        Map<Long, List<Vote>> votes = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.selectFrom(DOT_VOTE).where(DOT_VOTE.GOAL_ID.in(ids))
                    .forEach(r -> votes.computeIfAbsent(r.getGoalId(), k -> new ArrayList<>())
                            .add(new Vote(r.getParticipant(), r.getDots())));
            var indRows = dsl.selectFrom(INDICATOR).where(INDICATOR.GOAL_ID.in(ids)).orderBy(INDICATOR.POSITION, INDICATOR.ID).fetch();
            List<Long> indIds = indRows.stream().map(IndicatorRecord::getId).toList();
            if (!indIds.isEmpty()) {
                dsl.selectFrom(MEASUREMENT).where(MEASUREMENT.INDICATOR_ID.in(indIds)).orderBy(MEASUREMENT.MEASURED_ON)
                        .forEach(m -> measurements.computeIfAbsent(m.getIndicatorId(), k -> new ArrayList<>())
                                .add(new Measurement(m.getId(), m.getMeasuredOn(), m.getMeasuredValue())));
            }
            indRows.forEach(r -> indicators.computeIfAbsent(r.getGoalId(), k -> new ArrayList<>())
                    .add(toIndicator(r, measurements.getOrDefault(r.getId(), List.of()))));
            dsl.selectFrom(INITIATIVE).where(INITIATIVE.GOAL_ID.in(ids)).orderBy(INITIATIVE.POSITION, INITIATIVE.ID)
                    .forEach(r -> initiatives.computeIfAbsent(r.getGoalId(), k -> new ArrayList<>()).add(toInitiative(r)));
        }
        return goals.stream()
                .sorted(Comparator.comparing((GoalRecord r) -> stageOf(r).ordinal())
                        .thenComparing(r -> stageOf(r).areas().indexOf(r.getArea()))
                        .thenComparing(GoalRecord::getPosition).thenComparing(GoalRecord::getId))
                .map(r -> new Goal(r.getId(), stageOf(r), r.getArea(), r.getTitle(), r.getDescription(), r.getOwner(),
                        Priority.valueOf(r.getPriority().toUpperCase(Locale.ROOT)),
                        indicators.getOrDefault(r.getId(), List.of()), initiatives.getOrDefault(r.getId(), List.of()),
                        votes.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    /**
     * Stores a goal with all its indicators, measurements, initiatives and votes (a new goal, or one whose
     * deletion is undone) at {@code position} in its area; returns it with the new ids.
     */
    public Goal insert(long sessionId, Goal g, int position) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            GoalRecord r = tx.newRecord(GOAL);
            r.setSessionId(sessionId);
            r.setPosition(position);
            fill(r, g);
            r.store();
            List<Indicator> inds = new ArrayList<>();
            for (int i = 0; i < g.indicators().size(); i++) {
                inds.add(insertIndicator(tx, r.getId(), g.indicators().get(i), i));
            }
            List<Initiative> inits = new ArrayList<>();
            for (int i = 0; i < g.initiatives().size(); i++) {
                inits.add(insertInitiative(tx, r.getId(), g.initiatives().get(i), i));
            }
            for (Vote v : g.votes()) {
                tx.insertInto(DOT_VOTE, DOT_VOTE.GOAL_ID, DOT_VOTE.PARTICIPANT, DOT_VOTE.DOTS)
                        .values(r.getId(), v.participant(), v.dots()).execute();
            }
            return new Goal(r.getId(), g.stage(), g.area(), g.title(), g.description(), g.owner(), g.priority(), inds, inits,
                    g.votes());
        });
    }

    /** Saves a goal's own fields (not its indicators or initiatives), whatever version is stored. */
    public void update(long goalId, Goal g) {
        GoalRecord r = dsl.selectFrom(GOAL).where(GOAL.ID.eq(goalId)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("goal " + goalId));
        fill(r, g);
        r.setRowVersion(r.getRowVersion() + 1);
        r.setChangedBy(actor);
        r.setChangedAt(java.time.OffsetDateTime.now(clock));
        r.store();
    }

    public void delete(long goalId) {
        dsl.deleteFrom(GOAL).where(GOAL.ID.eq(goalId)).execute();
    }

    /**
     * Sets the dots one participant has on one goal (0 takes the vote away). A goal deleted meanwhile
     * (by another user of a team workspace) is not an error: there is nothing left to vote on.
     */
    public void setVote(long goalId, String participant, int dots) {
        String name = new Vote(participant, 1).participant(); // the name as stored: cleaned the same way
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.deleteFrom(DOT_VOTE).where(DOT_VOTE.GOAL_ID.eq(goalId)).and(DOT_VOTE.PARTICIPANT.eq(name)).execute();
            if (dots > 0 && tx.fetchExists(GOAL, GOAL.ID.eq(goalId))) {
                Vote v = new Vote(name, dots);
                tx.insertInto(DOT_VOTE, DOT_VOTE.GOAL_ID, DOT_VOTE.PARTICIPANT, DOT_VOTE.DOTS)
                        .values(goalId, v.participant(), v.dots()).execute();
            }
        });
    }

    /**
     * Adds {@code delta} dots (negative: takes them back) of one participant on one goal, as one
     * statement on the stored count: two laptops of a team workspace giving dots at once both count,
     * where setting the count each had seen would lose one. Never below none, never above the most a
     * vote may have; a goal deleted meanwhile takes nothing.
     */
    public void addDots(long goalId, String participant, int delta) {
        String name = new Vote(participant, 1).participant();
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (delta > 0) {
                if (tx.fetchExists(GOAL, GOAL.ID.eq(goalId))) {
                    tx.insertInto(DOT_VOTE, DOT_VOTE.GOAL_ID, DOT_VOTE.PARTICIPANT, DOT_VOTE.DOTS)
                            .values(goalId, name, Math.min(delta, DotVoting.MAX_DOTS))
                            .onDuplicateKeyUpdate()
                            .set(DOT_VOTE.DOTS, DSL.least(DOT_VOTE.DOTS.plus(delta), DSL.inline(DotVoting.MAX_DOTS)))
                            .execute();
                }
            } else if (delta < 0) {
                var which = DOT_VOTE.GOAL_ID.eq(goalId).and(DOT_VOTE.PARTICIPANT.eq(name));
                tx.deleteFrom(DOT_VOTE).where(which).and(DOT_VOTE.DOTS.le(-delta)).execute();
                tx.update(DOT_VOTE).set(DOT_VOTE.DOTS, DOT_VOTE.DOTS.plus(delta)).where(which).execute();
            }
        });
    }

    /** The dots each participant has per stage in this session ({@link DotVoting#DEFAULT_DOTS} unless set). */
    public int dotBudget(long sessionId) {
        return dsl.select(DOT_BUDGET.DOTS).from(DOT_BUDGET).where(DOT_BUDGET.SESSION_ID.eq(sessionId))
                .fetchOptional(DOT_BUDGET.DOTS).orElse(DotVoting.DEFAULT_DOTS);
    }

    public void saveDotBudget(long sessionId, int dots) {
        if (!DotVoting.isBudget(dots)) {
            throw new IllegalArgumentException("dots per participant: " + dots);
        }
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (tx.update(DOT_BUDGET).set(DOT_BUDGET.DOTS, dots).where(DOT_BUDGET.SESSION_ID.eq(sessionId)).execute() == 0) {
                tx.insertInto(DOT_BUDGET, DOT_BUDGET.SESSION_ID, DOT_BUDGET.DOTS).values(sessionId, dots).execute();
            }
        });
    }

    /**
     * Sets the dots each participant has if the stored number is still {@code base} — a compare-and-set
     * on the value (team workspaces, issue 16); otherwise, unless theirs already is {@code dots},
     * {@link StaleWriteException} with theirs (an {@code Integer}) and nothing is written.
     */
    public void saveDotBudget(long sessionId, int base, int dots) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.selectFrom(DOT_BUDGET).where(DOT_BUDGET.SESSION_ID.eq(sessionId)).forUpdate().fetch();
            int theirs = new GoalRepository(tx, clock, actor).dotBudget(sessionId);
            if (theirs != base && theirs != dots) {
                throw new StaleWriteException("dot_budget", sessionId, theirs, "", null, -1);
            }
            new GoalRepository(tx, clock, actor).saveDotBudget(sessionId, dots);
        });
    }

    /** Puts the given goals, in this order, into one focus area (moving them there if needed). */
    public void arrange(Stage stage, String area, List<Long> goalIds) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            for (int i = 0; i < goalIds.size(); i++) {
                tx.update(GOAL).set(GOAL.STAGE, stage.key()).set(GOAL.AREA, area).set(GOAL.POSITION, i)
                        .where(GOAL.ID.eq(goalIds.get(i))).execute();
            }
        });
    }

    public Indicator insertIndicator(long goalId, Indicator ind, int position) {
        return dsl.transactionResult(cfg -> insertIndicator(DSL.using(cfg), goalId, ind, position));
    }

    private static Indicator insertIndicator(DSLContext tx, long goalId, Indicator ind, int position) {
        IndicatorRecord r = tx.newRecord(INDICATOR);
        r.setGoalId(goalId);
        r.setPosition(position);
        fill(r, ind);
        r.store();
        List<Measurement> ms = new ArrayList<>();
        for (Measurement m : ind.measurements()) {
            ms.add(insertMeasurement(tx, r.getId(), m));
        }
        return toIndicator(r, ms);
    }

    /** Saves an indicator's own fields (not its measurements), whatever version is stored. */
    public void updateIndicator(long indicatorId, Indicator ind) {
        IndicatorRecord r = dsl.selectFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("indicator " + indicatorId));
        fill(r, ind);
        r.setRowVersion(r.getRowVersion() + 1);
        r.setChangedBy(actor);
        r.setChangedAt(java.time.OffsetDateTime.now(clock));
        r.store();
    }

    /**
     * Saves an indicator's own fields if its stored row is still at {@code basedOn}, as
     * {@link #update(long, Goal, long)} does a goal's: the new version, or silently the stored one when
     * it already holds the same fields, else {@link StaleWriteException} with theirs (no measurements).
     */
    public long updateIndicator(long indicatorId, Indicator ind, long basedOn) {
        int written = dsl.update(INDICATOR).set(INDICATOR.NAME, ind.name()).set(INDICATOR.UNIT, ind.unit())
                .set(INDICATOR.DIRECTION, ind.direction().key()).set(INDICATOR.BASELINE_VALUE, ind.baselineValue())
                .set(INDICATOR.BASELINE_DATE, ind.baselineDate()).set(INDICATOR.TARGET_VALUE, ind.targetValue())
                .set(INDICATOR.TARGET_DATE, ind.targetDate()).set(INDICATOR.SCALE, ind.scale())
                .set(INDICATOR.IMPACT_VALUE, ind.impactValue()).set(INDICATOR.IMPACT_UNIT, ind.impactUnit())
                .set(INDICATOR.DATA_SOURCE, ind.dataSource())
                .set(INDICATOR.REVIEW_FREQUENCY, ind.reviewFrequency() == null ? null : ind.reviewFrequency().key())
                .set(INDICATOR.ROW_VERSION, INDICATOR.ROW_VERSION.plus(1)).set(INDICATOR.CHANGED_BY, actor)
                .set(INDICATOR.CHANGED_AT, java.time.OffsetDateTime.now(clock))
                .where(INDICATOR.ID.eq(indicatorId)).and(INDICATOR.ROW_VERSION.eq(basedOn)).execute();
        if (written == 1) {
            return basedOn + 1;
        }
        IndicatorRecord now = dsl.selectFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).fetchOne();
        if (now == null) {
            throw new StaleWriteException("indicator", indicatorId, null, "", null, -1);
        }
        Indicator theirs = toIndicator(now, List.of());
        if (com.scorecardstudio.domain.RowMerge.sameOwnFields(theirs, ind)) {
            return now.getRowVersion();
        }
        throw new StaleWriteException("indicator", indicatorId, theirs, now.getChangedBy(),
                now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
    }

    public void deleteIndicator(long indicatorId) {
        dsl.deleteFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).execute();
    }

    /**
     * Deletes an indicator if it is still at {@code basedOn}; one another user changed since throws
     * {@link StaleWriteException} (their change is not thrown away unseen). Deleted already: done.
     */
    public void deleteIndicator(long indicatorId, long basedOn) {
        if (dsl.deleteFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).and(INDICATOR.ROW_VERSION.eq(basedOn)).execute() == 1) {
            return;
        }
        IndicatorRecord now = dsl.selectFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).fetchOne();
        if (now != null) {
            throw new StaleWriteException("indicator", indicatorId, toIndicator(now, List.of()), now.getChangedBy(),
                    now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
        }
    }

    public Measurement insertMeasurement(long indicatorId, Measurement m) {
        return insertMeasurement(dsl, indicatorId, m);
    }

    private static Measurement insertMeasurement(DSLContext tx, long indicatorId, Measurement m) {
        var r = tx.newRecord(MEASUREMENT);
        r.setIndicatorId(indicatorId);
        r.setMeasuredOn(m.date());
        r.setMeasuredValue(m.value());
        r.store();
        return new Measurement(r.getId(), m.date(), m.value());
    }

    public void deleteMeasurement(long measurementId) {
        dsl.deleteFrom(MEASUREMENT).where(MEASUREMENT.ID.eq(measurementId)).execute();
    }

    public Initiative insertInitiative(long goalId, Initiative in, int position) {
        return insertInitiative(dsl, goalId, in, position);
    }

    private static Initiative insertInitiative(DSLContext tx, long goalId, Initiative in, int position) {
        InitiativeRecord r = tx.newRecord(INITIATIVE);
        r.setGoalId(goalId);
        r.setPosition(position);
        fill(r, in);
        r.store();
        return toInitiative(r);
    }

    /** Saves an initiative, whatever version is stored. */
    public void updateInitiative(long initiativeId, Initiative in) {
        InitiativeRecord r = dsl.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("initiative " + initiativeId));
        fill(r, in);
        r.setRowVersion(r.getRowVersion() + 1);
        r.setChangedBy(actor);
        r.setChangedAt(java.time.OffsetDateTime.now(clock));
        r.store();
    }

    /** Saves an initiative if its stored row is still at {@code basedOn}: see {@link #updateIndicator(long, Indicator, long)}. */
    public long updateInitiative(long initiativeId, Initiative in, long basedOn) {
        int written = dsl.update(INITIATIVE).set(INITIATIVE.TITLE, in.title()).set(INITIATIVE.OWNER, in.owner())
                .set(INITIATIVE.START_DATE, in.start()).set(INITIATIVE.DUE_DATE, in.due()).set(INITIATIVE.BUDGET, in.budget())
                .set(INITIATIVE.STATUS, in.status().key())
                .set(INITIATIVE.ROW_VERSION, INITIATIVE.ROW_VERSION.plus(1)).set(INITIATIVE.CHANGED_BY, actor)
                .set(INITIATIVE.CHANGED_AT, java.time.OffsetDateTime.now(clock))
                .where(INITIATIVE.ID.eq(initiativeId)).and(INITIATIVE.ROW_VERSION.eq(basedOn)).execute();
        if (written == 1) {
            return basedOn + 1;
        }
        InitiativeRecord now = dsl.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOne();
        if (now == null) {
            throw new StaleWriteException("initiative", initiativeId, null, "", null, -1);
        }
        Initiative theirs = toInitiative(now);
        if (com.scorecardstudio.domain.RowMerge.sameOwnFields(theirs, in)) {
            return now.getRowVersion();
        }
        throw new StaleWriteException("initiative", initiativeId, theirs, now.getChangedBy(),
                now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
    }

    public void deleteInitiative(long initiativeId) {
        dsl.deleteFrom(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).execute();
    }

    /** Deletes an initiative if it is still at {@code basedOn}: see {@link #deleteIndicator(long, long)}. */
    public void deleteInitiative(long initiativeId, long basedOn) {
        if (dsl.deleteFrom(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).and(INITIATIVE.ROW_VERSION.eq(basedOn))
                .execute() == 1) {
            return;
        }
        InitiativeRecord now = dsl.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOne();
        if (now != null) {
            throw new StaleWriteException("initiative", initiativeId, toInitiative(now), now.getChangedBy(),
                    now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
        }
    }

    /**
     * The goal an indicator, an initiative or a measurement belongs to, as stored now (an announcement
     * from the server names the row, not its goal); empty when the row is gone.
     */
    public Optional<Long> goalOf(String table, long id) {
        return switch (table) {
            case "indicator" -> dsl.select(INDICATOR.GOAL_ID).from(INDICATOR).where(INDICATOR.ID.eq(id)).fetchOptional(INDICATOR.GOAL_ID);
            case "initiative" -> dsl.select(INITIATIVE.GOAL_ID).from(INITIATIVE).where(INITIATIVE.ID.eq(id))
                    .fetchOptional(INITIATIVE.GOAL_ID);
            case "measurement" -> dsl.select(INDICATOR.GOAL_ID).from(MEASUREMENT).join(INDICATOR).on(INDICATOR.ID.eq(MEASUREMENT.INDICATOR_ID))
                    .where(MEASUREMENT.ID.eq(id)).fetchOptional(INDICATOR.GOAL_ID);
            default -> throw new IllegalArgumentException("not a row of a goal: " + table);
        };
    }

    private static Stage stageOf(GoalRecord r) {
        return Stage.valueOf(r.getStage().toUpperCase(Locale.ROOT));
    }

    private static void fill(GoalRecord r, Goal g) {
        r.setStage(g.stage().key());
        r.setArea(g.area());
        r.setTitle(g.title());
        r.setDescription(g.description());
        r.setOwner(g.owner());
        r.setPriority(g.priority().key());
    }

    private static void fill(IndicatorRecord r, Indicator i) {
        r.setName(i.name());
        r.setUnit(i.unit());
        r.setDirection(i.direction().key());
        r.setBaselineValue(i.baselineValue());
        r.setBaselineDate(i.baselineDate());
        r.setTargetValue(i.targetValue());
        r.setTargetDate(i.targetDate());
        r.setScale(i.scale());
        r.setImpactValue(i.impactValue());
        r.setImpactUnit(i.impactUnit());
        r.setDataSource(i.dataSource());
        r.setReviewFrequency(i.reviewFrequency() == null ? null : i.reviewFrequency().key());
    }

    private static void fill(InitiativeRecord r, Initiative i) {
        r.setTitle(i.title());
        r.setOwner(i.owner());
        r.setStartDate(i.start());
        r.setDueDate(i.due());
        r.setBudget(i.budget());
        r.setStatus(i.status().key());
    }

    private static Indicator toIndicator(IndicatorRecord r, List<Measurement> ms) {
        return new Indicator(r.getId(), r.getName(), r.getUnit(), Direction.valueOf(r.getDirection().toUpperCase(Locale.ROOT)),
                strip(r.getBaselineValue()), r.getBaselineDate(), strip(r.getTargetValue()), r.getTargetDate(), r.getScale(),
                strip(r.getImpactValue()), r.getImpactUnit(), r.getDataSource(),
                r.getReviewFrequency() == null ? null : ReviewFrequency.valueOf(r.getReviewFrequency().toUpperCase(Locale.ROOT)),
                ms.stream().map(m -> new Measurement(m.id(), m.date(), strip(m.value()))).toList());
    }

    private static Initiative toInitiative(InitiativeRecord r) {
        return new Initiative(r.getId(), r.getTitle(), r.getOwner(), r.getStartDate(), r.getDueDate(), strip(r.getBudget()),
                InitiativeStatus.valueOf(r.getStatus().toUpperCase(Locale.ROOT)));
    }

    /** NUMERIC(38,10) pads with zeros; give back the number as it was typed. */
    private static java.math.BigDecimal strip(java.math.BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
