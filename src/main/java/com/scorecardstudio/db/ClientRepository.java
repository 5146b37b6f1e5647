package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.CLIENT;
import static com.scorecardstudio.db.jooq.Tables.CLIENT_SCORE;
import static com.scorecardstudio.db.jooq.Tables.SCORING_CRITERION;

import com.scorecardstudio.db.jooq.tables.records.ClientRecord;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.DeletedClient;
import com.scorecardstudio.domain.scoring.Scoring;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The clients of a session and their scores. Every write is one transaction (or part of the
 * caller's). Call only on the database thread.
 */
public final class ClientRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public ClientRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The session's clients by name (ignoring case), then by id. */
    public List<Client> list(long sessionId) {
        return dsl.selectFrom(CLIENT).where(CLIENT.SESSION_ID.eq(sessionId))
                .orderBy(CLIENT.NAME_KEY, CLIENT.ID).fetch(ClientRepository::toClient);
    }

    public Optional<Client> find(long clientId) {
        return dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetchOptional(ClientRepository::toClient);
    }

    /** Scores of every client of the session: by client id, then by criterion id. */
    public Map<Long, Map<Long, Integer>> scores(long sessionId) {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        dsl.select(CLIENT_SCORE.CLIENT_ID, CLIENT_SCORE.CRITERION_ID, CLIENT_SCORE.SCORE)
                .from(CLIENT_SCORE).join(CLIENT).on(CLIENT.ID.eq(CLIENT_SCORE.CLIENT_ID))
                .where(CLIENT.SESSION_ID.eq(sessionId))
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return result;
    }

    public Map<Long, Integer> scoresOf(long clientId) {
        Map<Long, Integer> result = new HashMap<>();
        dsl.selectFrom(CLIENT_SCORE).where(CLIENT_SCORE.CLIENT_ID.eq(clientId))
                .forEach(r -> result.put(r.getCriterionId(), r.getScore()));
        return result;
    }

    /** Stores a new client; returns it with its id. */
    public Client insert(long sessionId, Client c) {
        check(c);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            refuseTakenName(tx, sessionId, c.name(), null);
            ClientRecord r = tx.newRecord(CLIENT);
            if (c.id() != null) {
                r.setId(c.id());
            }
            r.setSessionId(sessionId);
            fill(r, c);
            r.setCreatedAt(now());
            r.setUpdatedAt(r.getCreatedAt());
            r.store();
            return c.withId(r.getId());
        });
    }

    /** Saves a stored client's details. */
    public Client update(long sessionId, Client c) {
        check(c);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ClientRecord r = tx.selectFrom(CLIENT).where(CLIENT.ID.eq(c.id())).and(CLIENT.SESSION_ID.eq(sessionId))
                    .fetchOptional().orElseThrow(() -> new NotFoundException("client " + c.id()));
            refuseTakenName(tx, sessionId, c.name(), c.id());
            fill(r, c);
            r.setUpdatedAt(now());
            r.store();
            return c;
        });
    }

    /** Deletes a client with its scores; returns what is needed to {@link #restore} it. */
    public DeletedClient delete(long clientId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ClientRecord r = tx.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetchOptional()
                    .orElseThrow(() -> new NotFoundException("client " + clientId));
            DeletedClient deleted = new DeletedClient(r.getSessionId(), toClient(r),
                    new ClientRepository(tx, clock).scoresOf(clientId));
            r.delete();
            return deleted;
        });
    }

    /** Brings a deleted client back with the same id and its scores on the criteria that still exist. */
    public Client restore(DeletedClient deleted) {
        return dsl.transactionResult(cfg -> {
            ClientRepository tx = new ClientRepository(DSL.using(cfg), clock);
            Client c = tx.insert(deleted.sessionId(), deleted.client());
            Set<Long> criteria = new HashSet<>(DSL.using(cfg).select(SCORING_CRITERION.ID).from(SCORING_CRITERION)
                    .where(SCORING_CRITERION.SESSION_ID.eq(deleted.sessionId())).fetch(SCORING_CRITERION.ID));
            Map<Long, Integer> kept = new HashMap<>(deleted.scores());
            kept.keySet().retainAll(criteria);
            tx.setScores(c.id(), kept);
            return c;
        });
    }

    /** Sets one score (1–5), or clears it with null. */
    public void setScore(long clientId, long criterionId, Integer score) {
        if (score == null) {
            dsl.deleteFrom(CLIENT_SCORE).where(CLIENT_SCORE.CLIENT_ID.eq(clientId))
                    .and(CLIENT_SCORE.CRITERION_ID.eq(criterionId)).execute();
            return;
        }
        if (!Scoring.validScore(score)) {
            throw new IllegalArgumentException("score out of range 1-5: " + score);
        }
        dsl.mergeInto(CLIENT_SCORE).using(DSL.selectOne())
                .on(CLIENT_SCORE.CLIENT_ID.eq(clientId)).and(CLIENT_SCORE.CRITERION_ID.eq(criterionId))
                .whenMatchedThenUpdate().set(CLIENT_SCORE.SCORE, score)
                .whenNotMatchedThenInsert(CLIENT_SCORE.CLIENT_ID, CLIENT_SCORE.CRITERION_ID, CLIENT_SCORE.SCORE)
                .values(clientId, criterionId, score)
                .execute();
    }

    /** Sets several scores of one client in one transaction; criteria not named keep their score. */
    public void setScores(long clientId, Map<Long, Integer> scores) {
        if (scores.isEmpty()) {
            return;
        }
        dsl.transaction(cfg -> {
            ClientRepository tx = new ClientRepository(DSL.using(cfg), clock);
            scores.forEach((criterion, score) -> tx.setScore(clientId, criterion, score));
        });
    }

    /**
     * Inserts many new clients with their scores in the caller's transaction, with as few round trips
     * as possible (the import). Names must already be checked for uniqueness.
     *
     * @return the clients with their ids, in the order given
     */
    public List<Client> insertAll(long sessionId, List<Client> clients, List<Map<Long, Integer>> scores) {
        OffsetDateTime now = now();
        List<Client> stored = new java.util.ArrayList<>(clients.size());
        var scoreRows = new java.util.ArrayList<org.jooq.Query>();
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get(i);
            check(c);
            ClientRecord r = dsl.newRecord(CLIENT);
            r.setSessionId(sessionId);
            fill(r, c);
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
            r.store();
            stored.add(c.withId(r.getId()));
            for (Map.Entry<Long, Integer> s : scores.get(i).entrySet()) {
                scoreRows.add(dsl.insertInto(CLIENT_SCORE, CLIENT_SCORE.CLIENT_ID, CLIENT_SCORE.CRITERION_ID, CLIENT_SCORE.SCORE)
                        .values(r.getId(), s.getKey(), s.getValue()));
            }
        }
        if (!scoreRows.isEmpty()) {
            dsl.batch(scoreRows).execute();
        }
        return stored;
    }

    /** Client ids of the session by {@linkplain ClientRules#nameKey name key}. */
    public Map<String, Long> idsByNameKey(long sessionId) {
        Map<String, Long> result = new HashMap<>();
        dsl.select(CLIENT.NAME_KEY, CLIENT.ID).from(CLIENT).where(CLIENT.SESSION_ID.eq(sessionId))
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    public int count(long sessionId) {
        return dsl.fetchCount(CLIENT, CLIENT.SESSION_ID.eq(sessionId));
    }

    public void deleteAll(Collection<Long> clientIds) {
        dsl.deleteFrom(CLIENT).where(CLIENT.ID.in(clientIds)).execute();
    }

    private static void check(Client c) {
        List<ClientRules.Problem> problems = ClientRules.check(c);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid client " + c.name() + ": " + problems);
        }
    }

    private static void refuseTakenName(DSLContext tx, long sessionId, String name, Long except) {
        var taken = CLIENT.SESSION_ID.eq(sessionId).and(CLIENT.NAME_KEY.eq(ClientRules.nameKey(name)));
        if (except != null) {
            taken = taken.and(CLIENT.ID.ne(except));
        }
        if (tx.fetchExists(CLIENT, taken)) {
            throw new ClientNameTakenException(name);
        }
    }

    private static void fill(ClientRecord r, Client c) {
        r.setName(c.name());
        r.setNameKey(c.nameKey());
        r.setSegment(c.segment());
        r.setRevenue(c.revenue());
        r.setCurrency(c.currency());
        r.setNotes(c.notes());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Client toClient(ClientRecord r) {
        return new Client(r.getId(), r.getName(), r.getSegment(), r.getRevenue(), r.getCurrency(), r.getNotes());
    }
}
