package com.scorecardstudio.db;

import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.CriteriaTemplate;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DeletedClient;
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

    public ScoringService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Everything the session's matrix is computed from (default criteria and settings on first use). */
    public ScoringSheet sheet(long sessionId) {
        return dsl.transactionResult(cfg -> {
            ScoringService tx = new ScoringService(DSL.using(cfg), clock);
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
