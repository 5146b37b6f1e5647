package com.scorecardstudio.sessionfile;

import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.DotVoting;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.SessionRules;
import com.scorecardstudio.domain.SessionSnapshot;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.PeriodAction;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.domain.impact.SessionCheckins;
import com.scorecardstudio.domain.map.CardPosition;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.BandLimits;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.CriteriaRules;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.Scoring;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.sessionfile.SessionDocument.AreaAssessmentDto;
import com.scorecardstudio.sessionfile.SessionDocument.ClientDto;
import com.scorecardstudio.sessionfile.SessionDocument.CriterionDto;
import com.scorecardstudio.sessionfile.SessionDocument.GoalDto;
import com.scorecardstudio.sessionfile.SessionDocument.IndicatorDto;
import com.scorecardstudio.sessionfile.SessionDocument.InitiativeDto;
import com.scorecardstudio.sessionfile.SessionDocument.LinkDto;
import com.scorecardstudio.sessionfile.SessionDocument.MapDto;
import com.scorecardstudio.sessionfile.SessionDocument.MeasurementDto;
import com.scorecardstudio.sessionfile.SessionDocument.ParkingNoteDto;
import com.scorecardstudio.sessionfile.SessionDocument.ParticipantDto;
import com.scorecardstudio.sessionfile.SessionDocument.PinDto;
import com.scorecardstudio.sessionfile.SessionDocument.PolicyCheckDto;
import com.scorecardstudio.sessionfile.SessionDocument.ScoringDto;
import com.scorecardstudio.sessionfile.SessionDocument.SessionDto;
import com.scorecardstudio.sessionfile.SessionDocument.SettingsDto;
import com.scorecardstudio.sessionfile.SessionDocument.StageTimeboxDto;
import com.scorecardstudio.sessionfile.SessionDocument.StrategyDto;
import com.scorecardstudio.sessionfile.SessionDocument.VoteDto;
import com.scorecardstudio.sessionfile.SessionFileException.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Maps a session file's JSON ({@link SessionDocument}) to the domain ({@link SessionSnapshot}) and
 * back. Reading a document checks it by the rules the app's screens follow — keys of the domain's
 * enums, focus areas of their stage, the limits of {@link Limits}, {@link SessionRules},
 * {@link ClientRules} and {@link CriteriaRules}, weights, scores and band limits — and refuses the
 * first value that breaks one with a message naming the field and the value. Values the app derives
 * (a client's {@code nameKey}, positions) are never taken from the file. Touches no database.
 */
final class SessionMapper {
    /** How much of a refused value a message quotes. */
    private static final int SHOWN = 60;

    private SessionMapper() {
    }

    // ---------------------------------------------------------------- domain -> document

    static SessionDocument toDocument(SessionSnapshot snapshot) {
        return toDocument(snapshot, DotVoting.DEFAULT_DOTS);
    }

    /** @param dotBudget the session's dots per participant and stage; written when not the default or anyone voted */
    static SessionDocument toDocument(SessionSnapshot snapshot, int dotBudget) {
        return toDocument(snapshot, dotBudget, Map.of());
    }

    /** @param breaks the agenda's planned breaks (minutes after each stage; 0 or absent: none) */
    static SessionDocument toDocument(SessionSnapshot snapshot, int dotBudget, Map<Stage, Integer> breaks) {
        return toDocument(snapshot, dotBudget, breaks, SessionCheckins.NONE);
    }

    /** @param checkins the session's check-ins, actuals naming indicators by their ids in the snapshot */
    static SessionDocument toDocument(SessionSnapshot snapshot, int dotBudget, Map<Stage, Integer> breaks,
                                      SessionCheckins checkins) {
        SessionContent c = snapshot.content();
        Session s = c.session();
        SessionDto session = new SessionDto(s.uid().toString(), s.title(), s.organization(), s.industry(), str(s.date()),
                s.facilitator(), s.horizonYear(), s.notes(), str(s.createdAt()), str(s.updatedAt()));
        List<ParticipantDto> participants = s.participants().stream().map(p -> new ParticipantDto(p.name(), p.role())).toList();
        List<GoalDto> goals = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (Goal g : c.goals()) {
            int position = positions.merge(g.stage().key() + "/" + g.area(), 1, Integer::sum) - 1;
            List<IndicatorDto> indicators = new ArrayList<>();
            for (Indicator i : g.indicators()) {
                indicators.add(new IndicatorDto(indicators.size(), i.name(), i.unit(), i.direction().key(),
                        str(i.baselineValue()), str(i.baselineDate()), str(i.targetValue()), str(i.targetDate()), i.scale(),
                        str(i.impactValue()), i.impactUnit(), i.dataSource(),
                        i.reviewFrequency() == null ? null : i.reviewFrequency().key(),
                        i.measurements().stream().map(m -> new MeasurementDto(str(m.date()), str(m.value()))).toList()));
            }
            List<InitiativeDto> initiatives = new ArrayList<>();
            for (Initiative n : g.initiatives()) {
                initiatives.add(new InitiativeDto(initiatives.size(), n.title(), n.owner(), str(n.start()), str(n.due()),
                        str(n.budget()), n.status().key()));
            }
            goals.add(new GoalDto(g.id(), g.stage().key(), g.area(), position, g.title(), g.description(), g.owner(),
                    g.priority().key(), indicators, initiatives,
                    g.votes().stream().map(v -> new VoteDto(v.participant(), v.dots())).toList()));
        }
        // the checklist and the assessments list every policy and area; the file keeps those the room touched
        List<PolicyCheckDto> policies = c.policies().stream().filter(p -> p.status() != null || !p.note().isEmpty())
                .map(p -> new PolicyCheckDto(p.policy().key(), p.status() == null ? null : p.status().key(), p.note())).toList();
        List<AreaAssessmentDto> assessments = c.assessments().stream().filter(a -> a.score() != null || !a.note().isEmpty())
                .map(a -> new AreaAssessmentDto(a.area(), a.score(), a.note())).toList();
        List<ParkingNoteDto> notes = c.parkingNotes().stream()
                .map(n -> new ParkingNoteDto(n.text(), str(n.createdAt()), n.done())).toList();
        List<StageTimeboxDto> timeboxes = snapshot.timeboxes().entrySet().stream()
                .map(e -> new StageTimeboxDto(e.getKey().key(), e.getValue())).toList();
        boolean voted = dotBudget != DotVoting.DEFAULT_DOTS || DotVoting.anyVotes(c.goals());
        return new SessionDocument(session, participants, goals, policies, assessments, notes, timeboxes,
                snapshot.usesScoring() ? scoring(snapshot) : null, map(snapshot.map()), voted ? dotBudget : null,
                breaks.entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> new SessionDocument.AgendaBreakDto(e.getKey().key(), e.getValue())).toList(),
                checkins.any() ? checkinsDto(c.goals(), checkins) : null);
    }

    /** The check-ins with each actual naming its goal's ref and the indicator's place in it. */
    private static SessionDocument.CheckinsDto checkinsDto(List<Goal> goals, SessionCheckins sc) {
        Map<Long, long[]> place = new HashMap<>();
        for (Goal g : goals) {
            for (int i = 0; i < g.indicators().size(); i++) {
                Long id = g.indicators().get(i).id();
                if (id != null) {
                    place.put(id, new long[] {g.id(), i});
                }
            }
        }
        var c = sc.checkins();
        List<SessionDocument.ActualDto> actuals = new ArrayList<>();
        for (var a : c.actuals()) {
            long[] at = place.get(a.indicatorId());
            if (at != null && !a.isEmpty()) {
                actuals.add(new SessionDocument.ActualDto(at[0], (int) at[1], a.period().id(), str(a.value()),
                        a.note().isEmpty() ? null : a.note()));
            }
        }
        ReviewSchedule s = c.schedule();
        return new SessionDocument.CheckinsDto(s.cadence().key(), str(s.start()), s.afterWindow(), s.sustainPeriods(), actuals,
                c.closed().stream().sorted().map(Period::id).toList(),
                sc.log().stream().map(e -> new SessionDocument.PeriodActionDto(e.period().id(), e.action(),
                        e.reason().isEmpty() ? null : e.reason(), str(e.at()))).toList());
    }

    /** The most lines of the closing and unlocking log a file may bring. */
    static final int MAX_LOG = 2 * ReviewSchedule.MAX_PERIODS * 10;

    /**
     * The file's check-ins, checked against the snapshot made of the same file ({@link #toSnapshot}):
     * a known cadence, a start date and windows of 1-24; each actual of a goal and indicator in the file,
     * for a period of the schedule (within its {@value ReviewSchedule#MAX_PERIODS} periods), once, with a
     * plain decimal and a note within the app's limit; closed periods of the schedule, once; log lines
     * that close or unlock such a period, with a time. None: {@link SessionCheckins#NONE}.
     */
    static SessionCheckins checkins(SessionDocument doc, SessionSnapshot snapshot) throws SessionFileException {
        SessionDocument.CheckinsDto dto = doc.checkins();
        if (dto == null) {
            return SessionCheckins.NONE;
        }
        Cadence cadence = key("checkins.cadence", dto.cadence(), Cadence.values(), Cadence::key);
        LocalDate start = date("checkins.start", required("checkins.start", dto.start()));
        int after = window("checkins.afterWindow", dto.afterWindow(), ReviewSchedule.DEFAULT_AFTER_WINDOW);
        int sustain = window("checkins.sustainPeriods", dto.sustainPeriods(), ReviewSchedule.DEFAULT_SUSTAIN_PERIODS);
        ReviewSchedule schedule = new ReviewSchedule(cadence, start, after, sustain);
        Map<Long, Goal> byRef = new HashMap<>();
        int indicators = 0;
        for (Goal g : snapshot.content().goals()) {
            byRef.put(g.id(), g);
            indicators += g.indicators().size();
        }
        count("checkins.actuals", dto.actuals().size(), Math.max(1, indicators) * ReviewSchedule.MAX_PERIODS);
        count("checkins.closed", dto.closed().size(), ReviewSchedule.MAX_PERIODS);
        count("checkins.log", dto.log().size(), MAX_LOG);
        List<Actual> actuals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < dto.actuals().size(); i++) {
            SessionDocument.ActualDto a = dto.actuals().get(i);
            String path = "checkins.actuals[" + i + "]";
            Goal g = byRef.get(a.goal());
            if (g == null) {
                throw reference(path + ".goal", String.valueOf(a.goal()));
            }
            if (a.indicator() < 0 || a.indicator() >= g.indicators().size()) {
                throw reference(path + ".indicator", String.valueOf(a.indicator()));
            }
            Period p = period(path + ".period", a.period(), schedule);
            long indicator = g.indicators().get(a.indicator()).id();
            if (!seen.add(indicator + "/" + p.id())) {
                throw duplicate(path + ".period", a.period());
            }
            String note = a.note() == null ? "" : text(path + ".note", a.note(), Limits.NOTE_TEXT);
            actuals.add(new Actual(indicator, p, decimal(path + ".value", a.value()), note));
        }
        Set<Period> closed = new HashSet<>();
        for (int i = 0; i < dto.closed().size(); i++) {
            String path = "checkins.closed[" + i + "]";
            if (!closed.add(period(path, dto.closed().get(i), schedule))) {
                throw duplicate(path, dto.closed().get(i));
            }
        }
        List<PeriodAction> log = new ArrayList<>();
        for (int i = 0; i < dto.log().size(); i++) {
            SessionDocument.PeriodActionDto e = dto.log().get(i);
            String path = "checkins.log[" + i + "]";
            Period p = period(path + ".period", e.period(), schedule);
            String action = required(path + ".action", e.action());
            if (!action.equals(PeriodAction.CLOSE) && !action.equals(PeriodAction.UNLOCK)) {
                throw unknown(path + ".action", action);
            }
            String reason = e.reason() == null ? "" : text(path + ".reason", e.reason(), Limits.NOTE_TEXT);
            Instant at = timestamp(path + ".at", required(path + ".at", e.at()));
            log.add(new PeriodAction(p, action, Text.cleanMultiline(reason), at));
        }
        return new SessionCheckins(new Checkins(schedule, actuals, closed), log);
    }

    private static int window(String path, Integer value, int absent) throws SessionFileException {
        if (value == null) {
            return absent;
        }
        if (value < 1 || value > ReviewSchedule.MAX_WINDOW) {
            throw bad(path, String.valueOf(value));
        }
        return value;
    }

    /** A period id of the schedule's cadence, not before its first period and within its bound. */
    private static Period period(String path, String id, ReviewSchedule schedule) throws SessionFileException {
        Period p;
        try {
            p = Period.parse(required(path, id));
        } catch (IllegalArgumentException e) {
            throw bad(path, id);
        }
        if (!schedule.includes(p) || schedule.indexOf(p) >= ReviewSchedule.MAX_PERIODS) {
            throw bad(path, id);
        }
        return p;
    }

    private static ScoringDto scoring(SessionSnapshot snapshot) {
        ScoringSheet sheet = snapshot.scoring();
        ScoringSettings settings = sheet.settings();
        SettingsDto settingsDto = snapshot.scoringSetUp() ? new SettingsDto(str(settings.limits().mediumFrom()),
                str(settings.limits().highFrom()), str(settings.concentrationLimit())) : null;
        List<CriterionDto> criteria = new ArrayList<>();
        Map<Long, String> keyOf = new HashMap<>();
        for (Criterion c : sheet.criteria()) {
            keyOf.put(c.id(), c.key());
            criteria.add(new CriterionDto(c.axis().key(), criteria.size(), c.key(), c.name(), str(c.weight())));
        }
        List<ClientDto> clients = new ArrayList<>();
        for (Client c : sheet.clients()) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            Map<Long, Integer> given = sheet.scoresOf(c.id());
            for (Criterion k : sheet.criteria()) {
                Integer score = given.get(k.id());
                if (score != null) {
                    scores.put(k.key(), score);
                }
            }
            SessionSnapshot.Stamps times = snapshot.clientTimes().get(c.id());
            clients.add(new ClientDto(c.name(), c.nameKey(), c.segment(), str(c.revenue()), c.currency(), c.notes(),
                    times == null ? null : str(times.createdAt()), times == null ? null : str(times.updatedAt()), scores));
        }
        List<StrategyDto> strategies = settings.strategies().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Zone::key)))
                .map(e -> new StrategyDto(e.getKey().key(), e.getValue())).toList();
        return new ScoringDto(settingsDto, criteria, clients, strategies);
    }

    private static MapDto map(StrategyMap map) {
        if (map.links().isEmpty() && map.pinned().isEmpty()) {
            return null;
        }
        return new MapDto(map.links().stream()
                .map(l -> new LinkDto(l.causeGoalId(), l.effectGoalId(), l.hypothesis(), l.strength().key())).toList(),
                map.pinned().values().stream().sorted(Comparator.comparingLong(CardPosition::goalId))
                        .map(p -> new PinDto(p.goalId(), p.x(), p.y())).toList());
    }

    // ---------------------------------------------------------------- document -> domain

    /**
     * The document as a snapshot, checked; {@code now} stamps what the file does not date. Ids in the
     * snapshot are the file's goal refs, and numbers given to criteria and clients in file order.
     */
    static SessionSnapshot toSnapshot(SessionDocument doc, Instant now) throws SessionFileException {
        if (doc.session() == null) {
            throw missing("session");
        }
        Session session = session(doc);
        List<Goal> goals = numbered(goals(doc.goals()));
        Set<Long> refs = new HashSet<>();
        goals.forEach(g -> refs.add(g.id()));
        SessionContent content = new SessionContent(session, goals, policies(doc.policyChecks()),
                assessments(doc.areaAssessments()), parkingNotes(doc.parkingNotes(), now));
        Scored scored = scoring(doc.scoring());
        return new SessionSnapshot(content, timeboxes(doc.stageTimeboxes()), scored.sheet, scored.setUp, scored.times,
                map(doc.map(), refs));
    }

    /**
     * The goals with their indicators numbered 1, 2, 3… across the file: the ids the check-ins' actuals
     * name them by inside the snapshot (the database gives them ids of its own).
     */
    private static List<Goal> numbered(List<Goal> goals) {
        long next = 1;
        List<Goal> result = new ArrayList<>(goals.size());
        for (Goal g : goals) {
            List<Indicator> inds = new ArrayList<>(g.indicators().size());
            for (Indicator i : g.indicators()) {
                inds.add(new Indicator(next++, i.name(), i.unit(), i.direction(), i.baselineValue(), i.baselineDate(),
                        i.targetValue(), i.targetDate(), i.scale(), i.impactValue(), i.impactUnit(), i.dataSource(),
                        i.reviewFrequency(), i.measurements()));
            }
            result.add(new Goal(g.id(), g.stage(), g.area(), g.title(), g.description(), g.owner(), g.priority(), inds,
                    g.initiatives(), g.votes()));
        }
        return result;
    }

    /**
     * The file's dots per participant, checked ({@link DotVoting#isBudget}); empty when the file does not
     * say (an older file, or a session that kept the default).
     */
    static java.util.OptionalInt dotBudget(SessionDocument doc) throws SessionFileException {
        Integer dots = doc.dotsPerParticipant();
        if (dots == null) {
            return java.util.OptionalInt.empty();
        }
        if (!DotVoting.isBudget(dots)) {
            throw bad("dotsPerParticipant", String.valueOf(dots));
        }
        return java.util.OptionalInt.of(dots);
    }

    private static Session session(SessionDocument doc) throws SessionFileException {
        SessionDto s = doc.session();
        UUID uid;
        try {
            uid = s.uid() == null ? UUID.randomUUID() : UUID.fromString(s.uid());
        } catch (IllegalArgumentException e) {
            throw bad("session.uid", s.uid());
        }
        if (s.title() == null) {
            throw missing("session.title");
        }
        LocalDate date = date("session.date", s.date());
        if (date == null) {
            throw missing("session.date");
        }
        List<Participant> participants = new ArrayList<>();
        for (ParticipantDto p : doc.participants()) {
            participants.add(new Participant(p.name(), p.role()));
        }
        Session session = new Session(null, uid, s.title(), s.organization(), s.industry(), date, s.facilitator(),
                participants, s.horizonYear(), s.notes(), timestamp("session.createdAt", s.createdAt()), null);
        for (SessionRules.Problem p : SessionRules.check(session)) {
            throw sessionProblem(p, session);
        }
        return session;
    }

    private static SessionFileException sessionProblem(SessionRules.Problem p, Session s) {
        String path = switch (p.field()) {
            case TITLE -> "session.title";
            case ORGANIZATION -> "session.organization";
            case INDUSTRY -> "session.industry";
            case DATE -> "session.date";
            case FACILITATOR -> "session.facilitator";
            case HORIZON_YEAR -> "session.horizonYear";
            case NOTES -> "session.notes";
            case PARTICIPANTS -> "participants";
            case PARTICIPANT_NAME, PARTICIPANT_ROLE -> {
                int at = 0;
                for (int i = 0; i < s.participants().size(); i++) {
                    Participant x = s.participants().get(i);
                    String v = p.field() == SessionRules.Field.PARTICIPANT_NAME ? x.name() : x.role();
                    if (p.kind() == SessionRules.Problem.Kind.REQUIRED ? v.isEmpty() : Text.length(v) > p.a()) {
                        at = i;
                        break;
                    }
                }
                yield "participants[" + at + "]." + (p.field() == SessionRules.Field.PARTICIPANT_NAME ? "name" : "role");
            }
        };
        return switch (p.kind()) {
            case REQUIRED -> missing(path);
            case TOO_LONG -> tooLong(path, p.b(), p.a());
            case TOO_MANY -> tooMany(path, s.participants().size(), p.a());
            case OUT_OF_RANGE -> bad(path, String.valueOf(s.horizonYear()));
        };
    }

    private static List<Goal> goals(List<GoalDto> dtos) throws SessionFileException {
        count("goals", dtos.size(), Limits.MAX_GOALS);
        record Placed(Goal goal, int position, int order) {
        }
        List<Placed> placed = new ArrayList<>();
        Set<Long> refs = new HashSet<>();
        for (int gi = 0; gi < dtos.size(); gi++) {
            GoalDto g = dtos.get(gi);
            String path = "goals[" + gi + "]";
            if (!refs.add(g.ref())) {
                throw duplicate(path + ".ref", String.valueOf(g.ref()));
            }
            Stage stage = key(path + ".stage", g.stage(), Stage.values(), Stage::key);
            if (g.area() == null) {
                throw missing(path + ".area");
            }
            if (!stage.areas().contains(g.area())) {
                boolean known = java.util.Arrays.stream(Stage.values()).anyMatch(x -> x.areas().contains(g.area()));
                throw known ? areaNotInStage(path + ".area", g.area(), stage) : unknown(path + ".area", g.area());
            }
            String title = text(path + ".title", required(path + ".title", g.title()), Limits.TITLE_TEXT);
            text(path + ".description", g.description(), Limits.LONG_TEXT);
            text(path + ".owner", g.owner(), Limits.SHORT_TEXT);
            Priority priority = optionalKey(path + ".priority", g.priority(), Priority.values(), Priority::key, Priority.MEDIUM);
            count(path + ".indicators", g.indicators().size(), Limits.MAX_INDICATORS_PER_GOAL);
            count(path + ".initiatives", g.initiatives().size(), Limits.MAX_INITIATIVES_PER_GOAL);
            List<IndicatorDto> indicatorDtos = new ArrayList<>(g.indicators());
            indicatorDtos.sort(Comparator.comparingInt(IndicatorDto::position)); // stable: file order among equals
            List<Indicator> indicators = new ArrayList<>();
            for (IndicatorDto i : indicatorDtos) {
                indicators.add(indicator(path + ".indicators[" + g.indicators().indexOf(i) + "]", i));
            }
            List<InitiativeDto> initiativeDtos = new ArrayList<>(g.initiatives());
            initiativeDtos.sort(Comparator.comparingInt(InitiativeDto::position));
            List<Initiative> initiatives = new ArrayList<>();
            for (InitiativeDto n : initiativeDtos) {
                initiatives.add(initiative(path + ".initiatives[" + g.initiatives().indexOf(n) + "]", n));
            }
            placed.add(new Placed(new Goal(g.ref(), stage, g.area(), title, g.description(), g.owner(), priority,
                    indicators, initiatives, votes(path, g.votes())), g.position(), gi));
        }
        // the method's order: by stage, focus area, then the position the file gives (file order among equals)
        placed.sort(Comparator.comparing((Placed p) -> p.goal().stage())
                .thenComparing(p -> p.goal().stage().areas().indexOf(p.goal().area()))
                .thenComparingInt(Placed::position).thenComparingInt(Placed::order));
        return placed.stream().map(Placed::goal).toList();
    }

    /**
     * A goal's votes, checked as the app's dot-voting gives them: a participant's name (not blank, within
     * a participant name's limit), once per goal, with 1-20 dots. A name need not be in the participant
     * list: a vote outlives the list's rewrites.
     */
    private static List<Vote> votes(String path, List<VoteDto> dtos) throws SessionFileException {
        count(path + ".votes", dtos.size(), Limits.MAX_PARTICIPANTS);
        List<Vote> votes = new ArrayList<>();
        Set<String> voters = new HashSet<>();
        for (int i = 0; i < dtos.size(); i++) {
            VoteDto v = dtos.get(i);
            String at = path + ".votes[" + i + "]";
            if (v == null) {
                throw missing(at);
            }
            String name = Text.clean(v.participant());
            if (name.isEmpty()) {
                throw missing(at + ".participant");
            }
            text(at + ".participant", name, Limits.SHORT_TEXT);
            if (v.dots() == null) {
                throw missing(at + ".dots");
            }
            if (v.dots() < DotVoting.MIN_DOTS || v.dots() > DotVoting.MAX_DOTS) {
                throw bad(at + ".dots", String.valueOf(v.dots()));
            }
            if (!voters.add(name)) {
                throw duplicate(at + ".participant", name);
            }
            votes.add(new Vote(name, v.dots()));
        }
        return votes;
    }

    private static Indicator indicator(String path, IndicatorDto i) throws SessionFileException {
        String name = text(path + ".name", required(path + ".name", i.name()), Limits.TITLE_TEXT);
        text(path + ".unit", i.unit(), Limits.SHORT_TEXT);
        text(path + ".scale", i.scale(), Limits.TITLE_TEXT);
        text(path + ".impactUnit", i.impactUnit(), Limits.SHORT_TEXT);
        text(path + ".dataSource", i.dataSource(), Limits.TITLE_TEXT);
        Direction direction = optionalKey(path + ".direction", i.direction(), Direction.values(), Direction::key, Direction.UP);
        ReviewFrequency review = optionalKey(path + ".reviewFrequency", i.reviewFrequency(),
                ReviewFrequency.values(), ReviewFrequency::key, null);
        count(path + ".measurements", i.measurements().size(), Limits.MAX_MEASUREMENTS_PER_INDICATOR);
        List<Measurement> measurements = new ArrayList<>();
        for (int m = 0; m < i.measurements().size(); m++) {
            MeasurementDto dto = i.measurements().get(m);
            String at = path + ".measurements[" + m + "]";
            LocalDate date = date(at + ".date", dto.date());
            BigDecimal value = decimal(at + ".value", dto.value());
            if (date == null) {
                throw missing(at + ".date");
            }
            if (value == null) {
                throw missing(at + ".value");
            }
            measurements.add(new Measurement(null, date, value));
        }
        return new Indicator(null, name, i.unit(), direction, decimal(path + ".baselineValue", i.baselineValue()),
                date(path + ".baselineDate", i.baselineDate()), decimal(path + ".targetValue", i.targetValue()),
                date(path + ".targetDate", i.targetDate()), i.scale(), decimal(path + ".impactValue", i.impactValue()),
                i.impactUnit(), i.dataSource(), review, measurements);
    }

    private static Initiative initiative(String path, InitiativeDto n) throws SessionFileException {
        String title = text(path + ".title", required(path + ".title", n.title()), Limits.TITLE_TEXT);
        text(path + ".owner", n.owner(), Limits.SHORT_TEXT);
        InitiativeStatus status = optionalKey(path + ".status", n.status(), InitiativeStatus.values(), InitiativeStatus::key,
                InitiativeStatus.PLANNED);
        return new Initiative(null, title, n.owner(), date(path + ".startDate", n.startDate()),
                date(path + ".dueDate", n.dueDate()), decimal(path + ".budget", n.budget()), status);
    }

    private static List<PolicyCheck> policies(List<PolicyCheckDto> dtos) throws SessionFileException {
        Map<CustomerPolicy, PolicyCheck> result = new EnumMap<>(CustomerPolicy.class);
        for (int i = 0; i < dtos.size(); i++) {
            PolicyCheckDto p = dtos.get(i);
            String path = "policyChecks[" + i + "]";
            CustomerPolicy policy = key(path + ".policy", p.policy(), CustomerPolicy.values(), CustomerPolicy::key);
            CustomerPolicy.Status status = optionalKey(path + ".status", p.status(),
                    CustomerPolicy.Status.values(), CustomerPolicy.Status::key, null);
            text(path + ".note", p.note(), Limits.NOTE_TEXT);
            if (result.put(policy, new PolicyCheck(policy, status, p.note())) != null) {
                throw duplicate(path + ".policy", p.policy());
            }
        }
        return List.copyOf(result.values());
    }

    private static List<AreaAssessment> assessments(List<AreaAssessmentDto> dtos) throws SessionFileException {
        Map<String, AreaAssessment> result = new LinkedHashMap<>();
        for (int i = 0; i < dtos.size(); i++) {
            AreaAssessmentDto a = dtos.get(i);
            String path = "areaAssessments[" + i + "]";
            if (a.area() == null) {
                throw missing(path + ".area");
            }
            if (!Stage.CUSTOMER.areas().contains(a.area())) {
                boolean known = java.util.Arrays.stream(Stage.values()).anyMatch(x -> x.areas().contains(a.area()));
                throw known ? areaNotInStage(path + ".area", a.area(), Stage.CUSTOMER) : unknown(path + ".area", a.area());
            }
            if (a.score() != null && (a.score() < 1 || a.score() > 5)) {
                throw bad(path + ".score", String.valueOf(a.score()));
            }
            text(path + ".note", a.note(), Limits.NOTE_TEXT);
            if (result.put(a.area(), new AreaAssessment(a.area(), a.score(), a.note())) != null) {
                throw duplicate(path + ".area", a.area());
            }
        }
        return List.copyOf(result.values());
    }

    private static List<ParkingNote> parkingNotes(List<ParkingNoteDto> dtos, Instant now) throws SessionFileException {
        count("parkingNotes", dtos.size(), Limits.MAX_PARKING_NOTES);
        List<ParkingNote> result = new ArrayList<>();
        for (int i = 0; i < dtos.size(); i++) {
            ParkingNoteDto n = dtos.get(i);
            String path = "parkingNotes[" + i + "]";
            text(path + ".text", required(path + ".text", n.text()), Limits.NOTE_TEXT);
            Instant created = timestamp(path + ".createdAt", n.createdAt());
            result.add(new ParkingNote(null, n.text(), created == null ? now : created, n.done()));
        }
        return result;
    }

    /** The file's planned breaks (minutes after a stage), checked: a known stage, once, 0 to 600 minutes. */
    static Map<Stage, Integer> agendaBreaks(SessionDocument doc) throws SessionFileException {
        Map<Stage, Integer> result = new EnumMap<>(Stage.class);
        List<SessionDocument.AgendaBreakDto> dtos = doc.agendaBreaks();
        for (int i = 0; i < dtos.size(); i++) {
            SessionDocument.AgendaBreakDto b = dtos.get(i);
            String path = "agendaBreaks[" + i + "]";
            Stage stage = key(path + ".afterStage", b.afterStage(), Stage.values(), Stage::key);
            if (b.minutes() < 0 || b.minutes() > com.scorecardstudio.domain.Agenda.MAX_BREAK_MINUTES) {
                throw bad(path + ".minutes", String.valueOf(b.minutes()));
            }
            if (result.put(stage, b.minutes()) != null) {
                throw duplicate(path + ".afterStage", b.afterStage());
            }
        }
        return result;
    }

    private static Map<Stage, Integer> timeboxes(List<StageTimeboxDto> dtos) throws SessionFileException {
        Map<Stage, Integer> result = new EnumMap<>(Stage.class);
        for (int i = 0; i < dtos.size(); i++) {
            StageTimeboxDto t = dtos.get(i);
            String path = "stageTimeboxes[" + i + "]";
            Stage stage = key(path + ".stage", t.stage(), Stage.values(), Stage::key);
            if (t.minutes() < Limits.MIN_TIMEBOX_MINUTES || t.minutes() > Limits.MAX_TIMEBOX_MINUTES) {
                throw bad(path + ".minutes", String.valueOf(t.minutes()));
            }
            if (result.put(stage, t.minutes()) != null) {
                throw duplicate(path + ".stage", t.stage());
            }
        }
        return result;
    }

    /** The scoring part of a snapshot. */
    private record Scored(ScoringSheet sheet, boolean setUp, Map<Long, SessionSnapshot.Stamps> times) {
    }

    private static Scored scoring(ScoringDto sc) throws SessionFileException {
        if (sc == null) {
            return new Scored(new ScoringSheet(0, List.of(), List.of(), Map.of(), ScoringSettings.DEFAULT), false, Map.of());
        }
        Map<Zone, String> strategies = new EnumMap<>(Zone.class);
        for (int i = 0; i < sc.strategies().size(); i++) {
            StrategyDto s = sc.strategies().get(i);
            String path = "scoring.strategies[" + i + "]";
            Zone zone = key(path + ".zone", s.zone(), Zone.values(), Zone::key);
            text(path + ".text", required(path + ".text", s.text()), ScoringSettings.STRATEGY_LIMIT);
            if (strategies.put(zone, s.text()) != null) {
                throw duplicate(path + ".zone", s.zone());
            }
        }
        ScoringSettings settings;
        SettingsDto st = sc.settings();
        if (st == null) {
            settings = new ScoringSettings(BandLimits.DEFAULT, ScoringSettings.DEFAULT_CONCENTRATION, strategies);
        } else {
            BigDecimal medium = requiredDecimal("scoring.settings.mediumFrom", st.mediumFrom());
            BigDecimal high = requiredDecimal("scoring.settings.highFrom", st.highFrom());
            BigDecimal concentration = requiredDecimal("scoring.settings.concentrationLimit", st.concentrationLimit());
            if (!BandLimits.valid(medium, high)) {
                throw bad("scoring.settings.mediumFrom/highFrom", st.mediumFrom() + " / " + st.highFrom());
            }
            if (!ScoringSettings.validConcentration(concentration)) {
                throw bad("scoring.settings.concentrationLimit", st.concentrationLimit());
            }
            settings = new ScoringSettings(new BandLimits(medium, high), concentration, strategies);
        }

        // criteria: numbered 1.. in file order; stored by axis, then the position the file gives
        record Numbered(Criterion criterion, int position, int order) {
        }
        List<Numbered> numbered = new ArrayList<>();
        Map<String, Long> criterionByKey = new HashMap<>();
        for (int i = 0; i < sc.criteria().size(); i++) {
            CriterionDto c = sc.criteria().get(i);
            String path = "scoring.criteria[" + i + "]";
            Axis axis = key(path + ".axis", c.axis(), Axis.values(), Axis::key);
            if (c.key() == null) {
                throw missing(path + ".key");
            }
            if (!CriteriaRules.validKey(c.key())) {
                throw bad(path + ".key", c.key());
            }
            if (criterionByKey.put(c.key(), (long) i + 1) != null) {
                throw duplicate(path + ".key", c.key());
            }
            text(path + ".name", c.name(), Limits.SHORT_TEXT);
            BigDecimal weight = requiredDecimal(path + ".weight", c.weight());
            if (!CriteriaRules.validWeight(weight)) {
                throw bad(path + ".weight", c.weight());
            }
            numbered.add(new Numbered(new Criterion((long) i + 1, axis, c.key(), c.name(), weight), c.position(), i));
        }
        numbered.sort(Comparator.comparing((Numbered n) -> n.criterion().axis()).thenComparingInt(Numbered::position)
                .thenComparingInt(Numbered::order));
        List<Criterion> criteria = numbered.stream().map(Numbered::criterion).toList();
        if (!criteria.isEmpty()) {
            for (CriteriaRules.Problem p : CriteriaRules.check(criteria)) {
                String path = p.index() < 0 ? "scoring.criteria (" + p.axis().key() + ")"
                        : "scoring.criteria[" + numbered.get(p.index()).order() + "]";
                throw switch (p.kind()) {
                    case AXIS_EMPTY -> missing(path);
                    case TOO_MANY -> tooMany(path, (int) criteria.stream().filter(c -> c.axis() == p.axis()).count(),
                            CriteriaRules.MAX_PER_AXIS);
                    case NAME_REQUIRED -> missing(path + ".name");
                    case NAME_TOO_LONG -> tooLong(path + ".name", Text.length(criteria.get(p.index()).name()), Limits.SHORT_TEXT);
                    case BAD_KEY, DUPLICATE_KEY -> bad(path + ".key", p.value());
                    case BAD_WEIGHT -> bad(path + ".weight", p.value());
                };
            }
        }

        count("scoring.clients", sc.clients().size(), Limits.MAX_CLIENTS);
        List<Client> clients = new ArrayList<>();
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        Map<Long, SessionSnapshot.Stamps> times = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sc.clients().size(); i++) {
            ClientDto c = sc.clients().get(i);
            String path = "scoring.clients[" + i + "]";
            long id = i + 1;
            // the name key is the app's (ClientRules.nameKey): the file's nameKey is never read
            Client client = new Client(id, required(path + ".name", c.name()), c.segment(),
                    decimal(path + ".revenue", c.revenue()), c.currency(), c.notes());
            for (ClientRules.Problem p : ClientRules.check(client)) {
                String field = path + "." + p.field().key();
                throw switch (p.kind()) {
                    case REQUIRED -> missing(field);
                    case TOO_LONG -> tooLong(field, p.b(), p.a());
                    case OUT_OF_RANGE, DUPLICATE -> bad(field, c.revenue());
                };
            }
            if (!names.add(client.nameKey())) {
                throw duplicate(path + ".name", client.name());
            }
            Map<Long, Integer> given = new HashMap<>();
            for (Map.Entry<String, Integer> e : c.scores().entrySet()) {
                Long criterion = criterionByKey.get(e.getKey());
                if (criterion == null) {
                    throw reference(path + ".scores", e.getKey());
                }
                if (e.getValue() == null || !Scoring.validScore(e.getValue())) {
                    throw bad(path + ".scores." + e.getKey(), String.valueOf(e.getValue()));
                }
                given.put(criterion, e.getValue());
            }
            clients.add(client);
            scores.put(id, given);
            Instant created = timestamp(path + ".createdAt", c.createdAt());
            Instant updated = timestamp(path + ".updatedAt", c.updatedAt());
            if (created != null || updated != null) {
                times.put(id, new SessionSnapshot.Stamps(created, updated));
            }
        }
        return new Scored(new ScoringSheet(0, criteria, clients, scores, settings), st != null, times);
    }

    private static StrategyMap map(MapDto map, Set<Long> goals) throws SessionFileException {
        if (map == null) {
            return StrategyMap.EMPTY;
        }
        count("map.links", map.links().size(), Limits.MAX_LINKS);
        List<GoalLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < map.links().size(); i++) {
            LinkDto l = map.links().get(i);
            String path = "map.links[" + i + "]";
            if (!goals.contains(l.cause())) {
                throw reference(path + ".cause", String.valueOf(l.cause()));
            }
            if (!goals.contains(l.effect())) {
                throw reference(path + ".effect", String.valueOf(l.effect()));
            }
            if (l.cause() == l.effect()) {
                throw bad(path + ".effect", String.valueOf(l.effect()));
            }
            if (!seen.add(l.cause() + ">" + l.effect())) {
                throw duplicate(path, l.cause() + " -> " + l.effect());
            }
            text(path + ".hypothesis", l.hypothesis(), Limits.NOTE_TEXT);
            LinkStrength strength = optionalKey(path + ".strength", l.strength(), LinkStrength.values(),
                    LinkStrength::key, LinkStrength.MEDIUM);
            links.add(new GoalLink(null, l.cause(), l.effect(), l.hypothesis(), strength));
        }
        Map<Long, CardPosition> pins = new HashMap<>();
        for (int i = 0; i < map.pins().size(); i++) {
            PinDto p = map.pins().get(i);
            String path = "map.pins[" + i + "]";
            if (!goals.contains(p.goal())) {
                throw reference(path + ".goal", String.valueOf(p.goal()));
            }
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y()) || Math.abs(p.x()) > 1e7 || Math.abs(p.y()) > 1e7) {
                throw bad(path, p.x() + ", " + p.y());
            }
            if (pins.put(p.goal(), new CardPosition(p.goal(), p.x(), p.y())) != null) {
                throw duplicate(path + ".goal", String.valueOf(p.goal()));
            }
        }
        return new StrategyMap(links, pins);
    }

    // ---------------------------------------------------------------- values

    /** The enum constant whose key is {@code value}; a missing value is refused. */
    private static <E> E key(String path, String value, E[] values, Function<E, String> key) throws SessionFileException {
        if (value == null) {
            throw missing(path);
        }
        return optionalKey(path, value, values, key, null);
    }

    /** The enum constant whose key is {@code value}, or {@code absent} when there is no value. */
    private static <E> E optionalKey(String path, String value, E[] values, Function<E, String> key, E absent)
            throws SessionFileException {
        if (value == null) {
            return absent;
        }
        for (E e : values) {
            if (key.apply(e).equals(value)) {
                return e;
            }
        }
        throw unknown(path, value);
    }

    private static String required(String path, String value) throws SessionFileException {
        if (value == null) {
            throw missing(path);
        }
        return value;
    }

    /** Checks a text against its limit, as the user counts characters; returns it unchanged. */
    private static String text(String path, String value, int limit) throws SessionFileException {
        int length = Text.length(value);
        if (length > limit) {
            throw tooLong(path, length, limit);
        }
        return value;
    }

    private static void count(String path, int size, int limit) throws SessionFileException {
        if (size > limit) {
            throw tooMany(path, size, limit);
        }
    }

    private static LocalDate date(String path, String s) throws SessionFileException {
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < Limits.MIN_YEAR - 1000 || d.getYear() > Limits.MAX_YEAR + 1000) {
                throw bad(path, s);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw bad(path, s);
        }
    }

    /**
     * A decimal in the plain locale-free form ({@link LocalNumbers#parsePlain}: {@code "-1234.5"}), within
     * what the database keeps: up to 28 digits before the point and 10 after.
     */
    private static BigDecimal decimal(String path, String s) throws SessionFileException {
        if (s == null) {
            return null;
        }
        try {
            BigDecimal v = s.length() > 60 ? null : LocalNumbers.parsePlain(s).orElse(null);
            if (v == null || v.stripTrailingZeros().scale() > 10 || v.precision() - v.scale() > 28) {
                throw bad(path, s);
            }
            return v;
        } catch (LocalNumbers.NotANumberException e) {
            throw bad(path, s);
        }
    }

    private static BigDecimal requiredDecimal(String path, String s) throws SessionFileException {
        BigDecimal v = decimal(path, s);
        if (v == null) {
            throw missing(path);
        }
        return v;
    }

    private static Instant timestamp(String path, String s) throws SessionFileException {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(path, s);
        }
    }

    private static String str(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal b) {
            return LocalNumbers.plain(b);
        }
        if (o instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC).toString();
        }
        return o.toString();
    }

    // ---------------------------------------------------------------- refusals

    private static SessionFileException missing(String path) {
        return SessionFileException.of(Reason.INVALID_CONTENT, "missing", path);
    }

    private static SessionFileException unknown(String path, String value) {
        return SessionFileException.of(Reason.INVALID_CONTENT, "unknown", path, shown(value));
    }

    private static SessionFileException areaNotInStage(String path, String area, Stage stage) {
        return SessionFileException.of(Reason.INVALID_CONTENT, "areaNotInStage", path, shown(area), stage.key());
    }

    private static SessionFileException bad(String path, String value) {
        return SessionFileException.of(Reason.INVALID_CONTENT, "badValue", path, shown(value));
    }

    private static SessionFileException duplicate(String path, String value) {
        return SessionFileException.of(Reason.INVALID_CONTENT, "duplicate", path, shown(value));
    }

    private static SessionFileException reference(String path, String value) {
        return SessionFileException.of(Reason.INVALID_CONTENT, "reference", path, shown(value));
    }

    private static SessionFileException tooLong(String path, int length, int limit) {
        return SessionFileException.of(Reason.TOO_LARGE, "tooLong", path, length, limit);
    }

    private static SessionFileException tooMany(String path, int size, int limit) {
        return SessionFileException.of(Reason.TOO_LARGE, "tooMany", path, size, limit);
    }

    /** A value as a message may quote it: on one line, without control characters, and short. */
    static String shown(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length() && count < SHOWN; count++) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED;
            sb.append(invisible ? "\uFFFD" : new String(Character.toChars(cp)));
        }
        return Text.length(value) > SHOWN ? sb + "…" : sb.toString();
    }
}
