package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.CLIENT;
import static com.scorecardstudio.db.jooq.Tables.CLIENT_SCORE;
import static com.scorecardstudio.db.jooq.Tables.SCORING_CRITERION;

import com.scorecardstudio.db.jooq.tables.records.ClientRecord;
import com.scorecardstudio.domain.SessionSnapshot;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.DeletedClient;
import com.scorecardstudio.domain.scoring.Scoring;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    private static final int INSERT_CHUNK = 500;

    private final DSLContext dsl;
    private final Clock clock;
    private final String actor;

    public ClientRepository(DSLContext dsl, Clock clock) {
        this(dsl, clock, "");
    }

    ClientRepository(DSLContext dsl, Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
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

    /**
     * In the caller's transaction: the change from {@code from} to {@code to} and the scores named,
     * merged into what is stored (row locked while deciding); see
     * {@link ScoringService#updateClient(long, Client, Client, Map, Map)}. {@code from} null: the client
     * was gone when the write was made.
     */
    com.scorecardstudio.domain.scoring.ScoredClient updateChecked(long sessionId, Client from, Client to,
            Map<Long, Integer> scoresFrom, Map<Long, Integer> scores) {
        if (from == null) {
            throw new StaleWriteException("client", -1, null, "", null, -1);
        }
        ClientRecord r = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(from.id())).and(CLIENT.SESSION_ID.eq(sessionId))
                .forUpdate().fetchOne();
        if (r == null) {
            throw new StaleWriteException("client", from.id(), null, "", null, -1);
        }
        Client stored = toClient(r);
        Map<Long, Integer> storedScores = scoresOf(from.id());
        Optional<Client> merged = com.scorecardstudio.domain.RowMerge.merge(from, to, stored);
        boolean scoresStand = scores.keySet().stream()
                .allMatch(c -> com.scorecardstudio.domain.RowMerge.mineStands(scoresFrom.get(c), scores.get(c), storedScores.get(c)));
        if (merged.isEmpty() || !scoresStand) {
            throw new StaleWriteException("client", from.id(), new com.scorecardstudio.domain.scoring.ScoredClient(stored, storedScores),
                    r.getChangedBy(), r.getUpdatedAt() == null ? null : r.getUpdatedAt().toInstant(), r.getRowVersion());
        }
        Client result = merged.get();
        boolean changed = !result.equals(stored) || scores.keySet().stream()
                .anyMatch(c -> !java.util.Objects.equals(scores.get(c), storedScores.get(c)));
        if (changed) {
            check(result);
            refuseTakenName(dsl, sessionId, result.name(), result.id());
            fill(r, result);
            r.setUpdatedAt(now());
            r.setRowVersion(r.getRowVersion() + 1);
            r.setChangedBy(actor);
            r.store();
            setScores(from.id(), scores);
        }
        return new com.scorecardstudio.domain.scoring.ScoredClient(result, scoresOf(from.id()));
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
     * Inserts many new clients with their scores in the caller's transaction, with few round trips
     * (the import): clients in multi-row inserts, scores in one prepared batch. Names must already be
     * checked for uniqueness.
     *
     * @return the clients with their ids, in the order given
     */
    public List<Client> insertAll(long sessionId, List<Client> clients, List<Map<Long, Integer>> scores) {
        return insertAll(sessionId, clients, scores, c -> null);
    }

    /**
     * The same, keeping when each client was created and last changed as {@code stamps} says (a
     * session file carries them); a client it gives no stamps for is stamped now.
     */
    public List<Client> insertAll(long sessionId, List<Client> clients, List<Map<Long, Integer>> scores,
            java.util.function.Function<Client, SessionSnapshot.Stamps> stamps) {
        if (clients.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = now();
        List<String> keys = new ArrayList<>(clients.size());
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < clients.size(); from += INSERT_CHUNK) {
            var insert = dsl.insertInto(CLIENT, CLIENT.SESSION_ID, CLIENT.NAME, CLIENT.NAME_KEY, CLIENT.SEGMENT, CLIENT.REVENUE,
                    CLIENT.CURRENCY, CLIENT.NOTES, CLIENT.CREATED_AT, CLIENT.UPDATED_AT);
            for (Client c : clients.subList(from, Math.min(clients.size(), from + INSERT_CHUNK))) {
                check(c);
                SessionSnapshot.Stamps s = stamps.apply(c);
                OffsetDateTime created = s == null || s.createdAt() == null ? now : s.createdAt().atOffset(ZoneOffset.UTC);
                OffsetDateTime updated = s == null || s.updatedAt() == null ? now : s.updatedAt().atOffset(ZoneOffset.UTC);
                String key = c.nameKey();
                keys.add(key);
                insert = insert.values(sessionId, c.name(), key, c.segment(), c.revenue(), c.currency(), c.notes(),
                        created, updated);
            }
            // the new ids come back with the insert: looking them up by key afterwards scanned the
            // session's clients once per chunk, quadratic in a large import (issue 19, item 8)
            insert.returningResult(CLIENT.NAME_KEY, CLIENT.ID).fetch().forEach(r -> ids.put(r.value1(), r.value2()));
        }
        var batch = dsl.batch(dsl.insertInto(CLIENT_SCORE, CLIENT_SCORE.CLIENT_ID, CLIENT_SCORE.CRITERION_ID, CLIENT_SCORE.SCORE)
                .values((Long) null, (Long) null, (Integer) null));
        List<Client> stored = new ArrayList<>(clients.size());
        int rows = 0;
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get(i).withId(ids.get(keys.get(i)));
            stored.add(c);
            for (Map.Entry<Long, Integer> s : scores.get(i).entrySet()) {
                if (!Scoring.validScore(s.getValue())) {
                    throw new IllegalArgumentException("score out of range 1-5: " + s.getValue());
                }
                batch.bind(c.id(), s.getKey(), s.getValue());
                rows++;
            }
        }
        if (rows > 0) {
            batch.execute();
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

    /** When each of the session's clients (by id) was created and last changed. */
    public Map<Long, SessionSnapshot.Stamps> stamps(long sessionId) {
        Map<Long, SessionSnapshot.Stamps> result = new HashMap<>();
        dsl.select(CLIENT.ID, CLIENT.CREATED_AT, CLIENT.UPDATED_AT).from(CLIENT).where(CLIENT.SESSION_ID.eq(sessionId))
                .forEach(r -> result.put(r.value1(), new SessionSnapshot.Stamps(r.value2().toInstant(), r.value3().toInstant())));
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
