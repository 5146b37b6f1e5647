package com.scorecardstudio.db;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionSnapshot;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.NextYear;
import com.scorecardstudio.domain.impact.SessionCheckins;
import com.scorecardstudio.domain.map.CardPosition;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Whole sessions in and out of the database, as session files carry them: read into a
 * {@link SessionSnapshot} (through {@link SessionContentReader}, the one path every whole-session
 * reader shares) and written from one, each in one transaction, through the repositories the app's
 * screens write with. A snapshot is expected to be checked already (the session-file mapper does);
 * what the repositories check again is refused with an {@link IllegalArgumentException} and rolls
 * everything back. Call only on the database thread.
 */
public final class SessionSnapshots {
    private final DSLContext dsl;
    private final Clock clock;

    SessionSnapshots(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The session with everything in it; empty when there is no such (undeleted) session. */
    public Optional<SessionSnapshot> read(long sessionId) {
        return new SessionContentReader(dsl, clock).snapshot(sessionId);
    }

    /**
     * Stores the snapshot as a new session, keeping its uid unless another session (also one deleted
     * and not yet purged) has it, then with a new uid. Returns the stored session.
     */
    public Session insert(SessionSnapshot snapshot) {
        return insert(snapshot, SessionCheckins.NONE);
    }

    /** As {@link #insert(SessionSnapshot)}, with the check-ins (actuals naming the snapshot's indicator ids). */
    public Session insert(SessionSnapshot snapshot, SessionCheckins checkins) {
        return dsl.transactionResult(cfg -> write(DSL.using(cfg), snapshot, checkins));
    }

    /**
     * Removes the session with the snapshot's uid for good, if one is live, and stores the snapshot
     * in its place, in one transaction. Returns the stored session.
     */
    public Session replace(SessionSnapshot snapshot) {
        return replace(snapshot, SessionCheckins.NONE);
    }

    /** As {@link #replace(SessionSnapshot)}, with the check-ins (actuals naming the snapshot's indicator ids). */
    public Session replace(SessionSnapshot snapshot, SessionCheckins checkins) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            SessionRepository sessions = new SessionRepository(tx, clock);
            sessions.findByUid(snapshot.session().uid()).ifPresent(s -> sessions.purge(s.id()));
            return write(tx, snapshot, checkins);
        });
    }

    /**
     * Stores next year's session started from {@code oldId} ({@link NextYear}: the latest actuals
     * become the baselines), with its review schedule, in one transaction; the old session is only read.
     */
    public NextYear.Started startNextYear(long oldId, java.time.LocalDate today) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            SessionSnapshot old = new SessionContentReader(tx, clock).snapshot(oldId)
                    .orElseThrow(() -> new NotFoundException("session " + oldId));
            CheckinRepository checkins = new CheckinRepository(tx, clock);
            NextYear plan = NextYear.plan(old, checkins.read(oldId), today);
            Session stored = write(tx, plan.snapshot(), SessionCheckins.NONE);
            plan.schedule().ifPresent(s -> checkins.saveSchedule(stored.id(), s));
            return new NextYear.Started(stored, plan);
        });
    }

    private Session write(DSLContext tx, SessionSnapshot snapshot, SessionCheckins checkins) {
        SessionRepository sessions = new SessionRepository(tx, clock);
        Session s = snapshot.session();
        UUID uid = sessions.uidTaken(s.uid()) ? UUID.randomUUID() : s.uid();
        Session stored = sessions.insert(new Session(null, uid, s.title(), s.organization(), s.industry(), s.date(),
                s.facilitator(), s.participants(), s.horizonYear(), s.notes(), null, null), s.createdAt());
        long id = stored.id();

        GoalRepository goals = new GoalRepository(tx);
        Map<Long, Long> goalIds = new HashMap<>();
        Map<Long, Long> indicatorIds = new HashMap<>();
        Map<String, Integer> nextPosition = new HashMap<>();
        for (Goal g : snapshot.content().goals()) {
            int position = nextPosition.merge(g.stage().key() + "/" + g.area(), 1, Integer::sum) - 1;
            Goal written = goals.insert(id, g, position);
            if (g.id() != null && goalIds.put(g.id(), written.id()) != null) {
                throw new IllegalArgumentException("goal " + g.id() + " twice");
            }
            for (int i = 0; i < g.indicators().size(); i++) {
                Long ref = g.indicators().get(i).id();
                if (ref != null && indicatorIds.put(ref, written.indicators().get(i).id()) != null) {
                    throw new IllegalArgumentException("indicator " + ref + " twice");
                }
            }
        }
        if (checkins.any()) {
            var c = checkins.checkins();
            List<com.scorecardstudio.domain.impact.Actual> actuals = new ArrayList<>();
            for (var a : c.actuals()) {
                Long to = indicatorIds.get(a.indicatorId());
                if (to == null) {
                    throw new IllegalArgumentException("actual of indicator " + a.indicatorId() + ", not in the session");
                }
                actuals.add(new com.scorecardstudio.domain.impact.Actual(to, a.period(), a.value(), a.note()));
            }
            new CheckinRepository(tx, clock).restoreAll(id,
                    new com.scorecardstudio.domain.impact.Checkins(c.schedule(), actuals, c.closed()), checkins.log());
        }

        FacilitationRepository facilitation = new FacilitationRepository(tx, clock);
        for (PolicyCheck p : snapshot.content().policies()) {
            facilitation.savePolicy(id, p);
        }
        for (AreaAssessment a : snapshot.content().assessments()) {
            facilitation.saveAssessment(id, a);
        }
        for (ParkingNote n : snapshot.content().parkingNotes()) {
            facilitation.restore(id, n.createdAt() == null ? new ParkingNote(null, n.text(), clock.instant(), n.done()) : n);
        }
        for (Map.Entry<Stage, Integer> t : snapshot.timeboxes().entrySet()) {
            facilitation.saveTimebox(id, t.getKey(), t.getValue());
        }

        if (snapshot.usesScoring()) {
            writeScoring(tx, id, snapshot);
        }

        MapRepository map = new MapRepository(tx);
        for (GoalLink l : snapshot.map().links()) {
            map.insertLink(id, l.withId(null).withEnds(goal(goalIds, l.causeGoalId()), goal(goalIds, l.effectGoalId())));
        }
        for (CardPosition p : snapshot.map().pinned().values()) {
            map.pin(new CardPosition(goal(goalIds, p.goalId()), p.x(), p.y()));
        }
        return stored;
    }

    private void writeScoring(DSLContext tx, long id, SessionSnapshot snapshot) {
        ScoringSheet sheet = snapshot.scoring();
        if (snapshot.scoringSetUp() || !sheet.settings().strategies().isEmpty()) {
            new ScoringSettingsRepository(tx, clock).save(id, sheet.settings());
        }
        Map<Long, Long> criterionIds = new HashMap<>();
        if (!sheet.criteria().isEmpty()) {
            Map<String, Long> byKey = new HashMap<>();
            for (Criterion c : new CriteriaRepository(tx, clock).replace(id,
                    sheet.criteria().stream().map(c -> c.withId(null)).toList())) {
                byKey.put(c.key(), c.id());
            }
            for (Criterion c : sheet.criteria()) {
                if (c.id() != null) {
                    criterionIds.put(c.id(), byKey.get(c.key()));
                }
            }
        }
        List<Client> clients = new ArrayList<>();
        List<Map<Long, Integer>> scores = new ArrayList<>();
        Map<String, SessionSnapshot.Stamps> stamps = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Client c : sheet.clients()) {
            if (!names.add(c.nameKey())) {
                throw new ClientNameTakenException(c.name());
            }
            clients.add(c.withId(null));
            Map<Long, Integer> given = new HashMap<>();
            if (c.id() != null) {
                sheet.scoresOf(c.id()).forEach((criterion, score) -> {
                    Long to = criterionIds.get(criterion);
                    if (to == null) {
                        throw new IllegalArgumentException("score on criterion " + criterion + " not in the session");
                    }
                    given.put(to, score);
                });
                SessionSnapshot.Stamps times = snapshot.clientTimes().get(c.id());
                if (times != null) {
                    stamps.put(c.nameKey(), times);
                }
            }
            scores.add(given);
        }
        new ClientRepository(tx, clock).insertAll(id, clients, scores, c -> stamps.get(c.nameKey()));
    }

    private static long goal(Map<Long, Long> goalIds, long ref) {
        Long id = goalIds.get(ref);
        if (id == null) {
            throw new IllegalArgumentException("goal " + ref + " is not in the session");
        }
        return id;
    }
}
