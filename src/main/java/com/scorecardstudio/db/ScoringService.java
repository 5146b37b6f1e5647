package com.scorecardstudio.db;

import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.CriteriaTemplate;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DeletedClient;
import com.scorecardstudio.domain.scoring.ScoredClient;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * One session's client scoring as the app and the command line use it: read as a whole, and every
 * change as one transaction. Call only on the database thread.
 */
public final class ScoringService {
    private final DSLContext dsl;
    private final Clock clock;
    /** Who writes, as the other users of a team workspace see it ("changed by …"). */
    private final String actor;

    public ScoringService(DSLContext dsl, Clock clock) {
        this(dsl, clock, "");
    }

    ScoringService(DSLContext dsl, Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
    }

    /** Everything the session's matrix is computed from (default criteria and settings on first use). */
    public ScoringSheet sheet(long sessionId) {
        return dsl.transactionResult(cfg -> {
            ScoringService tx = new ScoringService(DSL.using(cfg), clock, actor);
            new ScoringSettingsRepository(tx.dsl, clock).setUpIfNew(sessionId);
            return tx.read(sessionId);
        });
    }

    /** The same without setting anything up (for reports on a session that may never have used scoring). */
    public ScoringSheet read(long sessionId) {
        ClientRepository clients = new ClientRepository(dsl, clock);
        return new ScoringSheet(sessionId,
                new CriteriaRepository(dsl, clock).list(sessionId),
                clients.list(sessionId),
                clients.scores(sessionId),
                new ScoringSettingsRepository(dsl, clock).load(sessionId));
    }

    /** Adds a client with its scores. */
    public Client addClient(long sessionId, Client client, Map<Long, Integer> scores) {
        return dsl.transactionResult(cfg -> {
            ClientRepository tx = new ClientRepository(DSL.using(cfg), clock);
            Client stored = tx.insert(sessionId, client);
            tx.setScores(stored.id(), scores);
            return stored;
        });
    }

    /** Saves a client's details and the scores given (a null score clears it). */
    public Client updateClient(long sessionId, Client client, Map<Long, Integer> scores) {
        return dsl.transactionResult(cfg -> {
            ClientRepository tx = new ClientRepository(DSL.using(cfg), clock);
            Client stored = tx.update(sessionId, client);
            tx.setScores(stored.id(), scores);
            return stored;
        });
    }

    /**
     * Saves what this user changed on a client — its details from {@code from} to {@code to}, and each
     * score named in {@code scores} (null clears it) from its value in {@code scoresFrom} — checked
     * against what is stored now (team workspaces, issue 16). What another user changed meanwhile and
     * this user did not is kept; a field or score both changed differently throws
     * {@link StaleWriteException} with theirs ({@link ScoredClient}) and nothing is written; a client
     * deleted meanwhile throws it too. Returns the client and all its scores as stored after.
     */
    public ScoredClient updateClient(long sessionId, Client from, Client to, Map<Long, Integer> scoresFrom,
            Map<Long, Integer> scores) {
        return dsl.transactionResult(cfg -> new ClientRepository(DSL.using(cfg), clock, actor)
                .updateChecked(sessionId, from, to, scoresFrom, scores));
    }

    /** Sets one score (null clears it) if it is still {@code from} (or already {@code to}): see {@link #updateClient(long, Client, Client, Map, Map)}. */
    public ScoredClient setScore(long sessionId, long clientId, long criterionId, Integer from, Integer to) {
        return dsl.transactionResult(cfg -> {
            ClientRepository tx = new ClientRepository(DSL.using(cfg), clock, actor);
            Client stored = tx.find(clientId).orElse(null);
            Map<Long, Integer> f = new java.util.HashMap<>();
            f.put(criterionId, from);
            Map<Long, Integer> t = new java.util.HashMap<>();
            t.put(criterionId, to);
            return tx.updateChecked(sessionId, stored, stored, f, t);
        });
    }

    public DeletedClient deleteClient(long clientId) {
        return new ClientRepository(dsl, clock).delete(clientId);
    }

    public Client restoreClient(DeletedClient deleted) {
        return new ClientRepository(dsl, clock).restore(deleted);
    }

    public void setScore(long clientId, long criterionId, Integer score) {
        new ClientRepository(dsl, clock).setScore(clientId, criterionId, score);
    }

    /** Number of scores given per criterion id (what removing a criterion would lose). */
    public Map<Long, Integer> scoreCounts(long sessionId) {
        return new CriteriaRepository(dsl, clock).scoreCounts(sessionId);
    }

    /** Saves the criteria and the settings together; returns the sheet as now stored. */
    public ScoringSheet saveSetup(long sessionId, List<Criterion> criteria, ScoringSettings settings) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            new CriteriaRepository(tx, clock).replace(sessionId, criteria);
            new ScoringSettingsRepository(tx, clock).save(sessionId, settings);
            return new ScoringService(tx, clock).read(sessionId);
        });
    }

    /**
     * Saves criteria and settings if the stored ones are still {@code baseCriteria} and
     * {@code baseSettings} (what the form was opened on) — a compare-and-set on the set-up (team
     * workspaces, issue 16); otherwise, unless theirs already is this, {@link StaleWriteException}
     * with theirs (a {@link ScoringSheet}) and nothing is written.
     */
    public ScoringSheet saveSetup(long sessionId, List<Criterion> baseCriteria, ScoringSettings baseSettings, List<Criterion> criteria,
            ScoringSettings settings) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            // one writer at a time decides on the set-up: the settings row is the lock
            tx.selectFrom(com.scorecardstudio.db.jooq.Tables.SCORING_SETTINGS)
                    .where(com.scorecardstudio.db.jooq.Tables.SCORING_SETTINGS.SESSION_ID.eq(sessionId)).forUpdate().fetch();
            ScoringSheet stored = new ScoringService(tx, clock, actor).read(sessionId);
            boolean unchanged = stored.criteria().equals(baseCriteria) && stored.settings().equals(baseSettings);
            boolean alreadyMine = sameCriteria(stored.criteria(), criteria) && stored.settings().equals(settings);
            if (!unchanged && !alreadyMine) {
                throw new StaleWriteException("scoring_setup", sessionId, stored, "", null, -1);
            }
            new CriteriaRepository(tx, clock).replace(sessionId, criteria);
            new ScoringSettingsRepository(tx, clock).save(sessionId, settings);
            return new ScoringService(tx, clock, actor).read(sessionId);
        });
    }

    /** The same criteria in the same order, new ones (no id yet) matched by their key. */
    private static boolean sameCriteria(List<Criterion> stored, List<Criterion> mine) {
        if (stored.size() != mine.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            Criterion a = stored.get(i);
            Criterion b = mine.get(i);
            if (!a.key().equals(b.key()) || a.axis() != b.axis() || !a.name().equals(b.name())
                    || a.weight().compareTo(b.weight()) != 0) {
                return false;
            }
        }
        return true;
    }

    public List<CriteriaTemplate> templates() {
        return new CriteriaRepository(dsl, clock).templates();
    }

    public CriteriaTemplate saveTemplate(String name, List<Criterion> criteria) {
        return new CriteriaRepository(dsl, clock).saveTemplate(name, criteria);
    }

    public void deleteTemplate(long templateId) {
        new CriteriaRepository(dsl, clock).deleteTemplate(templateId);
    }


    public Map<String, Long> clientIdsByName(long sessionId) {
        return new ClientRepository(dsl, clock).idsByNameKey(sessionId);
    }
}
