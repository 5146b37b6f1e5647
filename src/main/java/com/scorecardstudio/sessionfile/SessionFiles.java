package com.scorecardstudio.sessionfile;

import static com.scorecardstudio.db.jooq.Tables.AREA_ASSESSMENT;
import static com.scorecardstudio.db.jooq.Tables.CLIENT;
import static com.scorecardstudio.db.jooq.Tables.CLIENT_SCORE;
import static com.scorecardstudio.db.jooq.Tables.CUSTOMER_POLICY_CHECK;
import static com.scorecardstudio.db.jooq.Tables.GOAL;
import static com.scorecardstudio.db.jooq.Tables.GOAL_LINK;
import static com.scorecardstudio.db.jooq.Tables.GOAL_MAP_POSITION;
import static com.scorecardstudio.db.jooq.Tables.INDICATOR;
import static com.scorecardstudio.db.jooq.Tables.INITIATIVE;
import static com.scorecardstudio.db.jooq.Tables.MEASUREMENT;
import static com.scorecardstudio.db.jooq.Tables.PARKING_NOTE;
import static com.scorecardstudio.db.jooq.Tables.PARTICIPANT;
import static com.scorecardstudio.db.jooq.Tables.SCORING_CRITERION;
import static com.scorecardstudio.db.jooq.Tables.SCORING_SETTINGS;
import static com.scorecardstudio.db.jooq.Tables.SCORING_STRATEGY;
import static com.scorecardstudio.db.jooq.Tables.SESSION;
import static com.scorecardstudio.db.jooq.Tables.STAGE_TIMEBOX;

import com.scorecardstudio.db.NotFoundException;
import com.scorecardstudio.db.jooq.tables.records.ClientRecord;
import com.scorecardstudio.db.jooq.tables.records.GoalRecord;
import com.scorecardstudio.db.jooq.tables.records.IndicatorRecord;
import com.scorecardstudio.db.jooq.tables.records.ScoringCriterionRecord;
import com.scorecardstudio.db.jooq.tables.records.SessionRecord;
import com.scorecardstudio.sessionfile.SessionDocument.AreaAssessmentDto;
import com.scorecardstudio.sessionfile.SessionDocument.ClientDto;
import com.scorecardstudio.sessionfile.SessionDocument.CriterionDto;
import com.scorecardstudio.sessionfile.SessionDocument.GoalDto;
import com.scorecardstudio.sessionfile.SessionDocument.IndicatorDto;
import com.scorecardstudio.sessionfile.SessionDocument.InitiativeDto;
import com.scorecardstudio.sessionfile.SessionDocument.LinkDto;
import com.scorecardstudio.sessionfile.SessionDocument.MapDto;
import com.scorecardstudio.sessionfile.SessionDocument.PinDto;
import com.scorecardstudio.sessionfile.SessionDocument.MeasurementDto;
import com.scorecardstudio.sessionfile.SessionDocument.ParkingNoteDto;
import com.scorecardstudio.sessionfile.SessionDocument.ParticipantDto;
import com.scorecardstudio.sessionfile.SessionDocument.PolicyCheckDto;
import com.scorecardstudio.sessionfile.SessionDocument.ScoringDto;
import com.scorecardstudio.sessionfile.SessionDocument.SessionDto;
import com.scorecardstudio.sessionfile.SessionDocument.SettingsDto;
import com.scorecardstudio.sessionfile.SessionDocument.StageTimeboxDto;
import com.scorecardstudio.sessionfile.SessionDocument.StrategyDto;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Exports a session to a {@code .scorecard} file and imports one: the database side. Reading and
 * writing the file itself is {@link SessionFileFormat}. Call only on the database thread.
 */
public final class SessionFiles {
    /** What to do when the imported session already exists (same uid). */
    public enum OnConflict {
        /** Refuse with {@link SessionFileException.Reason#ALREADY_EXISTS}: ask the user, then call again. */
        ASK,
        /** Remove the existing session and store the imported one in its place. */
        REPLACE,
        /** Store the imported one as a new session (new uid, title with a suffix). */
        KEEP_BOTH
    }

    /** An imported session: its new id and title. */
    public record Imported(long sessionId, String title, boolean replaced) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public SessionFiles(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Writes the session to {@code target} atomically (the old file or the whole new one, never half). */
    public void export(long sessionId, Path target) throws SessionFileException {
        SessionDocument doc = read(sessionId);
        SessionFileFormat.write(doc, target, clock);
    }

    /** The whole session as a document, read in one transaction. */
    public SessionDocument read(long sessionId) {
        return dsl.transactionResult(cfg -> readIn(DSL.using(cfg), sessionId));
    }

    /** The existing (not deleted) session the document would collide with, if any. */
    public Optional<String> existingTitle(SessionDocument doc) {
        UUID uid = uidOf(doc);
        return dsl.select(SESSION.TITLE).from(SESSION).where(SESSION.UID.eq(uid)).and(SESSION.DELETED_AT.isNull())
                .fetchOptional(SESSION.TITLE);
    }

    /** Reads, checks and imports a file in one transaction: all of it or, on any refusal, nothing. */
    public Imported importFile(Path file, OnConflict onConflict, String keepBothSuffix) throws SessionFileException {
        return importDocument(SessionFileFormat.read(file), onConflict, keepBothSuffix);
    }

    public Imported importDocument(SessionDocument doc, OnConflict onConflict, String keepBothSuffix)
            throws SessionFileException {
        try {
            return dsl.transactionResult(cfg -> importIn(DSL.using(cfg), doc, onConflict, keepBothSuffix));
        } catch (Refused r) {
            throw r.exception;
        } catch (DataAccessException e) {
            Refused r = find(e);
            if (r != null) {
                throw r.exception;
            }
            // a check constraint or a type the database refuses: the content is not one the app writes
            throw new SessionFileException(SessionFileException.Reason.INVALID_CONTENT, String.valueOf(e.getMessage()), e);
        }
    }

    private static Refused find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- export

    private static SessionDocument readIn(DSLContext tx, long id) {
        SessionRecord s = tx.selectFrom(SESSION).where(SESSION.ID.eq(id)).and(SESSION.DELETED_AT.isNull()).fetchOptional()
                .orElseThrow(() -> new NotFoundException("session " + id));
        SessionDto session = new SessionDto(s.getUid().toString(), s.getTitle(), s.getOrganization(), s.getIndustry(),
                str(s.getSessionDate()), s.getFacilitator(), s.getHorizonYear(), s.getNotes(), str(s.getCreatedAt()),
                str(s.getUpdatedAt()));
        List<ParticipantDto> participants = tx.selectFrom(PARTICIPANT).where(PARTICIPANT.SESSION_ID.eq(id))
                .orderBy(PARTICIPANT.POSITION).fetch(p -> new ParticipantDto(p.getName(), p.getRole()));
        List<GoalDto> goals = new ArrayList<>();
        for (GoalRecord g : tx.selectFrom(GOAL).where(GOAL.SESSION_ID.eq(id))
                .orderBy(GOAL.STAGE, GOAL.AREA, GOAL.POSITION, GOAL.ID).fetch()) {
            List<IndicatorDto> indicators = new ArrayList<>();
            for (IndicatorRecord i : tx.selectFrom(INDICATOR).where(INDICATOR.GOAL_ID.eq(g.getId()))
                    .orderBy(INDICATOR.POSITION, INDICATOR.ID).fetch()) {
                List<MeasurementDto> ms = tx.selectFrom(MEASUREMENT).where(MEASUREMENT.INDICATOR_ID.eq(i.getId()))
                        .orderBy(MEASUREMENT.MEASURED_ON, MEASUREMENT.ID)
                        .fetch(m -> new MeasurementDto(str(m.getMeasuredOn()), str(m.getMeasuredValue())));
                indicators.add(new IndicatorDto(i.getPosition(), i.getName(), i.getUnit(), i.getDirection(),
                        str(i.getBaselineValue()), str(i.getBaselineDate()), str(i.getTargetValue()), str(i.getTargetDate()),
                        i.getScale(), str(i.getImpactValue()), i.getImpactUnit(), i.getDataSource(), i.getReviewFrequency(), ms));
            }
            List<InitiativeDto> initiatives = tx.selectFrom(INITIATIVE).where(INITIATIVE.GOAL_ID.eq(g.getId()))
                    .orderBy(INITIATIVE.POSITION, INITIATIVE.ID)
                    .fetch(n -> new InitiativeDto(n.getPosition(), n.getTitle(), n.getOwner(), str(n.getStartDate()),
                            str(n.getDueDate()), str(n.getBudget()), n.getStatus()));
            goals.add(new GoalDto(g.getId(), g.getStage(), g.getArea(), g.getPosition(), g.getTitle(), g.getDescription(),
                    g.getOwner(), g.getPriority(), indicators, initiatives));
        }
        List<PolicyCheckDto> policies = tx.selectFrom(CUSTOMER_POLICY_CHECK).where(CUSTOMER_POLICY_CHECK.SESSION_ID.eq(id))
                .orderBy(CUSTOMER_POLICY_CHECK.POLICY)
                .fetch(p -> new PolicyCheckDto(p.getPolicy(), p.getStatus(), p.getNote()));
        List<AreaAssessmentDto> assessments = tx.selectFrom(AREA_ASSESSMENT).where(AREA_ASSESSMENT.SESSION_ID.eq(id))
                .orderBy(AREA_ASSESSMENT.AREA).fetch(a -> new AreaAssessmentDto(a.getArea(), a.getScore(), a.getNote()));
        List<ParkingNoteDto> notes = tx.selectFrom(PARKING_NOTE).where(PARKING_NOTE.SESSION_ID.eq(id))
                .orderBy(PARKING_NOTE.CREATED_AT, PARKING_NOTE.ID)
                .fetch(n -> new ParkingNoteDto(n.getNoteText(), str(n.getCreatedAt()), Boolean.TRUE.equals(n.getDone())));
        List<StageTimeboxDto> timeboxes = tx.selectFrom(STAGE_TIMEBOX).where(STAGE_TIMEBOX.SESSION_ID.eq(id))
                .orderBy(STAGE_TIMEBOX.STAGE).fetch(t -> new StageTimeboxDto(t.getStage(), t.getMinutes()));
        return new SessionDocument(session, participants, goals, policies, assessments, notes, timeboxes,
                scoring(tx, id), map(tx, id));
    }

    /** Goal refs are the goals' ids in the source database, as in {@code goals}. */
    private static MapDto map(DSLContext tx, long id) {
        List<LinkDto> links = tx.selectFrom(GOAL_LINK).where(GOAL_LINK.SESSION_ID.eq(id)).orderBy(GOAL_LINK.ID)
                .fetch(l -> new LinkDto(l.getCauseGoalId(), l.getEffectGoalId(), l.getHypothesis(), l.getStrength()));
        List<PinDto> pins = tx.select(GOAL_MAP_POSITION.GOAL_ID, GOAL_MAP_POSITION.X, GOAL_MAP_POSITION.Y)
                .from(GOAL_MAP_POSITION).join(GOAL).on(GOAL.ID.eq(GOAL_MAP_POSITION.GOAL_ID))
                .where(GOAL.SESSION_ID.eq(id)).orderBy(GOAL_MAP_POSITION.GOAL_ID)
                .fetch(r -> new PinDto(r.value1(), r.value2(), r.value3()));
        return links.isEmpty() && pins.isEmpty() ? null : new MapDto(links, pins);
    }

    private static void importMap(DSLContext tx, long id, MapDto map, Map<Long, Long> goalIds) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LinkDto l : map.links()) {
            Long cause = goalIds.get(l.cause());
            Long effect = goalIds.get(l.effect());
            if (cause == null || effect == null || cause.equals(effect) || !seen.add(cause + ">" + effect)) {
                throw invalid("map link " + l.cause() + " -> " + l.effect());
            }
            String strength = l.strength() == null ? "medium" : l.strength();
            if (!List.of("weak", "medium", "strong").contains(strength)) {
                throw invalid("link strength " + strength);
            }
            var r = tx.newRecord(GOAL_LINK);
            r.setSessionId(id);
            r.setCauseGoalId(cause);
            r.setEffectGoalId(effect);
            r.setHypothesis(text(l.hypothesis()));
            r.setStrength(strength);
            store(r);
        }
        java.util.Set<Long> pinned = new java.util.HashSet<>();
        for (PinDto p : map.pins()) {
            Long goal = goalIds.get(p.goal());
            if (goal == null || !pinned.add(goal) || !Double.isFinite(p.x()) || !Double.isFinite(p.y())
                    || Math.abs(p.x()) > 1e7 || Math.abs(p.y()) > 1e7) {
                throw invalid("map pin of goal " + p.goal());
            }
            var r = tx.newRecord(GOAL_MAP_POSITION);
            r.setGoalId(goal);
            r.setX(p.x());
            r.setY(p.y());
            store(r);
        }
    }

    private static ScoringDto scoring(DSLContext tx, long id) {
        SettingsDto settings = tx.selectFrom(SCORING_SETTINGS).where(SCORING_SETTINGS.SESSION_ID.eq(id)).fetchOptional()
                .map(r -> new SettingsDto(str(r.getMediumFrom()), str(r.getHighFrom()), str(r.getConcentrationLimit())))
                .orElse(null);
        Map<Long, String> keyOf = new HashMap<>();
        List<CriterionDto> criteria = new ArrayList<>();
        for (ScoringCriterionRecord c : tx.selectFrom(SCORING_CRITERION).where(SCORING_CRITERION.SESSION_ID.eq(id))
                .orderBy(SCORING_CRITERION.AXIS, SCORING_CRITERION.POSITION, SCORING_CRITERION.ID).fetch()) {
            keyOf.put(c.getId(), c.getCriterionKey());
            criteria.add(new CriterionDto(c.getAxis(), c.getPosition(), c.getCriterionKey(), c.getName(), str(c.getWeight())));
        }
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        tx.select(CLIENT_SCORE.CLIENT_ID, CLIENT_SCORE.CRITERION_ID, CLIENT_SCORE.SCORE).from(CLIENT_SCORE)
                .join(CLIENT).on(CLIENT.ID.eq(CLIENT_SCORE.CLIENT_ID)).where(CLIENT.SESSION_ID.eq(id))
                .orderBy(CLIENT_SCORE.CLIENT_ID, CLIENT_SCORE.CRITERION_ID)
                .forEach(r -> scores.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>())
                        .put(keyOf.get(r.value2()), r.value3()));
        List<ClientDto> clients = new ArrayList<>();
        for (ClientRecord c : tx.selectFrom(CLIENT).where(CLIENT.SESSION_ID.eq(id)).orderBy(CLIENT.ID).fetch()) {
            clients.add(new ClientDto(c.getName(), c.getNameKey(), c.getSegment(), str(c.getRevenue()), c.getCurrency(),
                    c.getNotes(), str(c.getCreatedAt()), str(c.getUpdatedAt()), scores.getOrDefault(c.getId(), Map.of())));
        }
        List<StrategyDto> strategies = tx.selectFrom(SCORING_STRATEGY).where(SCORING_STRATEGY.SESSION_ID.eq(id))
                .orderBy(SCORING_STRATEGY.ZONE_KEY).fetch(r -> new StrategyDto(r.getZoneKey(), r.getStrategyText()));
        if (settings == null && criteria.isEmpty() && clients.isEmpty() && strategies.isEmpty()) {
            return null;
        }
        return new ScoringDto(settings, criteria, clients, strategies);
    }

    // ---------------------------------------------------------------- import

    /** Carries a refusal out of a jOOQ transaction, which rolls it back. */
    private static final class Refused extends RuntimeException {
        final SessionFileException exception;

        Refused(SessionFileException exception) {
            super(exception.getMessage(), exception, false, false);
            this.exception = exception;
        }
    }

    private static Refused invalid(String detail) {
        return new Refused(new SessionFileException(SessionFileException.Reason.INVALID_CONTENT, detail));
    }

    private Imported importIn(DSLContext tx, SessionDocument doc, OnConflict onConflict, String suffix) {
        SessionDto s = doc.session();
        if (s == null) {
            throw invalid("no session");
        }
        UUID uid = uidOf(doc);
        String title = s.title();
        boolean replaced = false;
        Optional<SessionRecord> existing = tx.selectFrom(SESSION).where(SESSION.UID.eq(uid)).fetchOptional();
        if (existing.isPresent()) {
            boolean live = existing.get().getDeletedAt() == null;
            if (live && onConflict == OnConflict.ASK) {
                throw new Refused(new SessionFileException(SessionFileException.Reason.ALREADY_EXISTS, uid.toString()));
            }
            if (live && onConflict == OnConflict.REPLACE) {
                tx.deleteFrom(SESSION).where(SESSION.ID.eq(existing.get().getId())).execute();
                replaced = true;
            } else {
                // keep both (or only a deleted copy is in the way): the import becomes a session of its own
                uid = UUID.randomUUID();
                if (live) {
                    title = withSuffix(title, suffix);
                }
            }
        }
        Instant now = clock.instant();
        SessionRecord r = tx.newRecord(SESSION);
        r.setUid(uid);
        r.setTitle(title);
        r.setOrganization(text(s.organization()));
        r.setIndustry(text(s.industry()));
        r.setSessionDate(date(s.date(), "session.date"));
        r.setFacilitator(text(s.facilitator()));
        r.setHorizonYear(s.horizonYear());
        r.setNotes(text(s.notes()));
        r.setCreatedAt(timestamp(s.createdAt(), now));
        r.setUpdatedAt(at(now));
        store(r);
        long id = r.getId();
        int position = 0;
        for (ParticipantDto p : doc.participants()) {
            var pr = tx.newRecord(PARTICIPANT);
            pr.setSessionId(id);
            pr.setPosition(position++);
            pr.setName(p.name());
            pr.setRole(text(p.role()));
            store(pr);
        }
        Map<Long, Long> goalIds = new HashMap<>();
        for (GoalDto g : doc.goals()) {
            GoalRecord gr = tx.newRecord(GOAL);
            gr.setSessionId(id);
            gr.setStage(g.stage());
            gr.setArea(g.area());
            gr.setPosition(g.position());
            gr.setTitle(g.title());
            gr.setDescription(text(g.description()));
            gr.setOwner(text(g.owner()));
            gr.setPriority(g.priority() == null ? "medium" : g.priority());
            store(gr);
            if (goalIds.put(g.ref(), gr.getId()) != null) {
                throw invalid("goal ref " + g.ref() + " twice");
            }
            for (IndicatorDto i : g.indicators()) {
                IndicatorRecord ir = tx.newRecord(INDICATOR);
                ir.setGoalId(gr.getId());
                ir.setPosition(i.position());
                ir.setName(i.name());
                ir.setUnit(text(i.unit()));
                ir.setDirection(i.direction() == null ? "up" : i.direction());
                ir.setBaselineValue(decimal(i.baselineValue()));
                ir.setBaselineDate(date(i.baselineDate(), null));
                ir.setTargetValue(decimal(i.targetValue()));
                ir.setTargetDate(date(i.targetDate(), null));
                ir.setScale(text(i.scale()));
                ir.setImpactValue(decimal(i.impactValue()));
                ir.setImpactUnit(text(i.impactUnit()));
                ir.setDataSource(text(i.dataSource()));
                ir.setReviewFrequency(i.reviewFrequency());
                store(ir);
                for (MeasurementDto m : i.measurements()) {
                    var mr = tx.newRecord(MEASUREMENT);
                    mr.setIndicatorId(ir.getId());
                    mr.setMeasuredOn(date(m.date(), "measurement.date"));
                    BigDecimal v = decimal(m.value());
                    if (v == null) {
                        throw invalid("measurement without value");
                    }
                    mr.setMeasuredValue(v);
                    store(mr);
                }
            }
            for (InitiativeDto n : g.initiatives()) {
                var nr = tx.newRecord(INITIATIVE);
                nr.setGoalId(gr.getId());
                nr.setPosition(n.position());
                nr.setTitle(n.title());
                nr.setOwner(text(n.owner()));
                nr.setStartDate(date(n.startDate(), null));
                nr.setDueDate(date(n.dueDate(), null));
                nr.setBudget(decimal(n.budget()));
                nr.setStatus(n.status() == null ? "planned" : n.status());
                store(nr);
            }
        }
        for (PolicyCheckDto p : doc.policyChecks()) {
            var pr = tx.newRecord(CUSTOMER_POLICY_CHECK);
            pr.setSessionId(id);
            pr.setPolicy(p.policy());
            pr.setStatus(p.status());
            pr.setNote(text(p.note()));
            store(pr);
        }
        for (AreaAssessmentDto a : doc.areaAssessments()) {
            var ar = tx.newRecord(AREA_ASSESSMENT);
            ar.setSessionId(id);
            ar.setArea(a.area());
            ar.setScore(a.score());
            ar.setNote(text(a.note()));
            store(ar);
        }
        for (ParkingNoteDto n : doc.parkingNotes()) {
            var nr = tx.newRecord(PARKING_NOTE);
            nr.setSessionId(id);
            nr.setNoteText(n.text());
            nr.setCreatedAt(timestamp(n.createdAt(), now));
            nr.setDone(n.done());
            store(nr);
        }
        for (StageTimeboxDto t : doc.stageTimeboxes()) {
            var tr = tx.newRecord(STAGE_TIMEBOX);
            tr.setSessionId(id);
            tr.setStage(t.stage());
            tr.setMinutes(t.minutes());
            store(tr);
        }
        if (doc.scoring() != null) {
            importScoring(tx, id, doc.scoring(), now);
        }
        if (doc.map() != null) {
            importMap(tx, id, doc.map(), goalIds);
        }
        return new Imported(id, title, replaced);
    }

    private void importScoring(DSLContext tx, long id, ScoringDto sc, Instant now) {
        if (sc.settings() != null) {
            var r = tx.newRecord(SCORING_SETTINGS);
            r.setSessionId(id);
            r.setMediumFrom(required(decimal(sc.settings().mediumFrom()), "mediumFrom"));
            r.setHighFrom(required(decimal(sc.settings().highFrom()), "highFrom"));
            r.setConcentrationLimit(required(decimal(sc.settings().concentrationLimit()), "concentrationLimit"));
            store(r);
        }
        Map<String, Long> criterionIds = new HashMap<>();
        for (CriterionDto c : sc.criteria()) {
            ScoringCriterionRecord r = tx.newRecord(SCORING_CRITERION);
            r.setSessionId(id);
            r.setAxis(c.axis());
            r.setPosition(c.position());
            r.setCriterionKey(c.key());
            r.setName(text(c.name()));
            r.setWeight(required(decimal(c.weight()), "weight"));
            store(r);
            criterionIds.put(c.key(), r.getId());
        }
        for (ClientDto c : sc.clients()) {
            ClientRecord r = tx.newRecord(CLIENT);
            r.setSessionId(id);
            r.setName(c.name());
            r.setNameKey(c.nameKey() == null && c.name() != null
                    ? c.name().trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT) : c.nameKey());
            r.setSegment(text(c.segment()));
            r.setRevenue(decimal(c.revenue()));
            r.setCurrency(text(c.currency()));
            r.setNotes(text(c.notes()));
            r.setCreatedAt(timestamp(c.createdAt(), now));
            r.setUpdatedAt(timestamp(c.updatedAt(), now));
            store(r);
            for (Map.Entry<String, Integer> e : c.scores().entrySet()) {
                Long criterion = criterionIds.get(e.getKey());
                if (criterion == null || e.getValue() == null) {
                    throw invalid("score for unknown criterion " + e.getKey());
                }
                var sr = tx.newRecord(CLIENT_SCORE);
                sr.setClientId(r.getId());
                sr.setCriterionId(criterion);
                sr.setScore(e.getValue());
                store(sr);
            }
        }
        for (StrategyDto s : sc.strategies()) {
            var r = tx.newRecord(SCORING_STRATEGY);
            r.setSessionId(id);
            r.setZoneKey(s.zone());
            r.setStrategyText(s.text());
            store(r);
        }
    }

    /**
     * Stores a record after checking that every text fits its column (the columns are sized from
     * {@code domain.Limits}), so a huge field is refused in words rather than as a database error.
     */
    private static void store(UpdatableRecord<?> r) {
        for (Field<?> f : r.fields()) {
            Object v = r.get(f);
            if (v instanceof String s) {
                int max = f.getDataType().length();
                if (max > 0 && s.length() > max) {
                    throw new Refused(new SessionFileException(SessionFileException.Reason.TOO_LARGE,
                            r.getTable().getName() + "." + f.getName() + " has " + s.length() + " characters"));
                }
            } else if (v == null && !f.getDataType().nullable() && !f.getDataType().identity()
                    && !f.getDataType().defaulted()) {
                throw invalid(r.getTable().getName() + "." + f.getName() + " is missing");
            }
        }
        r.store();
    }

    static String withSuffix(String title, String suffix) {
        String t = title == null ? "" : title;
        String s = " " + suffix;
        int max = com.scorecardstudio.domain.Limits.TITLE_TEXT;
        return (t.length() + s.length() > max ? t.substring(0, Math.max(0, max - s.length())) : t) + s;
    }

    private static UUID uidOf(SessionDocument doc) {
        if (doc.session() == null || doc.session().uid() == null) {
            return UUID.randomUUID();
        }
        try {
            return UUID.fromString(doc.session().uid());
        } catch (IllegalArgumentException e) {
            throw invalid("uid " + doc.session().uid());
        }
    }

    private static <T> T required(T v, String what) {
        if (v == null) {
            throw invalid(what + " is missing");
        }
        return v;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static LocalDate date(String s, String requiredName) {
        if (s == null) {
            if (requiredName != null) {
                throw invalid(requiredName + " is missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid("date " + s);
        }
    }

    private static BigDecimal decimal(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() > 60) {
            throw invalid("number too long");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw invalid("number " + s);
        }
    }

    private static OffsetDateTime timestamp(String s, Instant fallback) {
        if (s == null) {
            return at(fallback);
        }
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid("timestamp " + s);
        }
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static String str(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (o instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toString();
        }
        return o.toString();
    }

}
