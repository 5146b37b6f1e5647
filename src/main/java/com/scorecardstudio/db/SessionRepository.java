package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.PARTICIPANT;
import static com.scorecardstudio.db.jooq.Tables.SESSION;

import com.scorecardstudio.db.jooq.tables.records.SessionRecord;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Sessions and their participants. Every write is one transaction. Call only on the database thread.
 */
public final class SessionRepository {
    private final DSLContext dsl;
    private final Clock clock;
    /** Who writes, as the other users of a team workspace see it ("changed by …"). */
    private final String actor;

    public SessionRepository(DSLContext dsl, Clock clock) {
        this(dsl, clock, "");
    }

    SessionRepository(DSLContext dsl, Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
    }

    /** Sessions not deleted, newest first (by session date, then by when they were created). */
    public List<Session> list() {
        List<SessionRecord> rows = dsl.selectFrom(SESSION)
                .where(SESSION.DELETED_AT.isNull())
                .orderBy(SESSION.SESSION_DATE.desc(), SESSION.CREATED_AT.desc(), SESSION.ID.desc())
                .fetch();
        Map<Long, List<Participant>> participants = participantsOf(dsl, rows.stream().map(SessionRecord::getId).toList());
        return rows.stream().map(r -> toSession(r, participants.getOrDefault(r.getId(), List.of()))).toList();
    }

    public Optional<Session> find(long id) {
        return dsl.selectFrom(SESSION).where(SESSION.ID.eq(id)).and(SESSION.DELETED_AT.isNull()).fetchOptional()
                .map(r -> toSession(r, participantsOf(dsl, List.of(id)).getOrDefault(id, List.of())));
    }

    public Optional<Session> findByUid(UUID uid) {
        return dsl.selectFrom(SESSION).where(SESSION.UID.eq(uid)).and(SESSION.DELETED_AT.isNull()).fetchOptional()
                .map(r -> toSession(r, participantsOf(dsl, List.of(r.getId())).getOrDefault(r.getId(), List.of())));
    }

    /** Stores a new session; returns it with its id and timestamps. */
    public Session insert(Session s) {
        return insert(s, null);
    }

    /**
     * Stores a new session that was created at {@code createdAt} (elsewhere: a session file keeps it),
     * or now when that is null; returns it with its id and timestamps.
     */
    public Session insert(Session s, Instant createdAt) {
        if (s.isStored()) {
            throw new IllegalArgumentException("already stored: " + s.id());
        }
        Instant now = clock.instant();
        Instant created = createdAt == null ? now : createdAt;
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            SessionRecord r = tx.newRecord(SESSION);
            fill(r, s);
            r.setUid(s.uid());
            r.setCreatedAt(at(created));
            r.setUpdatedAt(at(now));
            r.store();
            writeParticipants(tx, r.getId(), s.participants());
            return s.withId(r.getId(), created, now);
        });
    }

    /** Whether any session, also one deleted but not yet purged, has this uid. */
    public boolean uidTaken(UUID uid) {
        return dsl.fetchExists(SESSION, SESSION.UID.eq(uid));
    }

    /** Removes a session for good, with everything in it (a replaced session; not undoable). */
    public void purge(long id) {
        dsl.deleteFrom(SESSION).where(SESSION.ID.eq(id)).execute();
    }

    /** Saves the details of a stored session; returns it with its new update time. */
    public Session update(Session s) {
        Instant now = clock.instant();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            SessionRecord r = tx.selectFrom(SESSION).where(SESSION.ID.eq(s.id())).fetchOptional()
                    .orElseThrow(() -> new NotFoundException("session " + s.id()));
            fill(r, s);
            r.setUpdatedAt(at(now));
            r.store();
            tx.deleteFrom(PARTICIPANT).where(PARTICIPANT.SESSION_ID.eq(s.id())).execute();
            writeParticipants(tx, s.id(), s.participants());
            return s.withId(s.id(), r.getCreatedAt().toInstant(), now);
        });
    }

    /**
     * Saves the details this user changed — from {@code from} (as shown when the dialog opened) to
     * {@code to} — checked against what is stored now (team workspaces, issue 16): details another
     * user changed meanwhile and this user did not are kept; one both changed differently throws
     * {@link StaleWriteException} with theirs and nothing is written. Returns the details as stored.
     */
    public Session update(Session from, Session to) {
        Instant now = clock.instant();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            SessionRecord r = tx.selectFrom(SESSION).where(SESSION.ID.eq(to.id())).and(SESSION.DELETED_AT.isNull())
                    .forUpdate().fetchOne();
            if (r == null) {
                throw new StaleWriteException("session", to.id(), null, "", null, -1);
            }
            Session stored = toSession(r, participantsOf(tx, List.of(to.id())).getOrDefault(to.id(), List.of()));
            Session merged = com.scorecardstudio.domain.RowMerge.merge(from, to, stored).orElseThrow(() ->
                    new StaleWriteException("session", to.id(), stored, r.getChangedBy(),
                            r.getUpdatedAt() == null ? null : r.getUpdatedAt().toInstant(), r.getRowVersion()));
            if (com.scorecardstudio.domain.RowMerge.sameDetails(merged, stored)) {
                return stored;
            }
            fill(r, merged);
            r.setUpdatedAt(at(now));
            r.setRowVersion(r.getRowVersion() + 1);
            r.setChangedBy(actor);
            r.store();
            if (!merged.participants().equals(stored.participants())) {
                tx.deleteFrom(PARTICIPANT).where(PARTICIPANT.SESSION_ID.eq(to.id())).execute();
                writeParticipants(tx, to.id(), merged.participants());
            }
            return merged.withId(to.id(), r.getCreatedAt().toInstant(), now);
        });
    }

    /** Stores a copy of a session under a new title; returns the copy. */
    public Session duplicate(long id, String newTitle) {
        return dsl.transactionResult(cfg -> {
            Session original = new SessionRepository(DSL.using(cfg), clock).find(id)
                    .orElseThrow(() -> new NotFoundException("session " + id));
            return new SessionRepository(DSL.using(cfg), clock).insert(original.asNewCopy(newTitle));
        });
    }

    /** Hides a session; {@link #undelete} brings it back until {@link #purgeDeleted} runs. */
    public void delete(long id) {
        int n = dsl.update(SESSION).set(SESSION.DELETED_AT, at(clock.instant()))
                .where(SESSION.ID.eq(id)).and(SESSION.DELETED_AT.isNull()).execute();
        if (n == 0) {
            throw new NotFoundException("session " + id);
        }
    }

    public void undelete(long id) {
        dsl.update(SESSION).setNull(SESSION.DELETED_AT).where(SESSION.ID.eq(id)).execute();
    }

    /** Removes deleted sessions for good (at start, when no undo can reach them any more). */
    public int purgeDeleted() {
        return dsl.deleteFrom(SESSION).where(SESSION.DELETED_AT.isNotNull()).execute();
    }

    private static void fill(SessionRecord r, Session s) {
        r.setTitle(s.title());
        r.setOrganization(s.organization());
        r.setIndustry(s.industry());
        r.setSessionDate(s.date());
        r.setFacilitator(s.facilitator());
        r.setHorizonYear(s.horizonYear());
        r.setNotes(s.notes());
    }

    private static void writeParticipants(DSLContext tx, long sessionId, List<Participant> participants) {
        var insert = tx.insertInto(PARTICIPANT, PARTICIPANT.SESSION_ID, PARTICIPANT.POSITION, PARTICIPANT.NAME, PARTICIPANT.ROLE);
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            insert = insert.values(sessionId, i, p.name(), p.role());
        }
        if (!participants.isEmpty()) {
            insert.execute();
        }
    }

    private static Map<Long, List<Participant>> participantsOf(DSLContext dsl, Collection<Long> sessionIds) {
        Map<Long, List<Participant>> result = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return result;
        }
        dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.SESSION_ID.in(sessionIds))
                .orderBy(PARTICIPANT.SESSION_ID, PARTICIPANT.POSITION)
                .forEach(p -> result.computeIfAbsent(p.getSessionId(), k -> new ArrayList<>())
                        .add(new Participant(p.getName(), p.getRole())));
        return result;
    }

    private static Session toSession(SessionRecord r, List<Participant> participants) {
        return new Session(r.getId(), r.getUid(), r.getTitle(), r.getOrganization(), r.getIndustry(), r.getSessionDate(),
                r.getFacilitator(), participants, r.getHorizonYear(), r.getNotes(),
                r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
