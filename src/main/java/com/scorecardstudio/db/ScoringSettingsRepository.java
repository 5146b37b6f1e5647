package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.SCORING_SETTINGS;
import static com.scorecardstudio.db.jooq.Tables.SCORING_STRATEGY;

import com.scorecardstudio.db.jooq.tables.records.ScoringSettingsRecord;
import com.scorecardstudio.domain.scoring.BandLimits;
import com.scorecardstudio.domain.scoring.DefaultCriteria;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.Zone;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A session's scoring settings: band limits, the concentration limit and rewritten strategy texts.
 * A session gets its default settings and criteria the first time its scoring is used
 * ({@link #setUpIfNew}). Call only on the database thread.
 */
public final class ScoringSettingsRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public ScoringSettingsRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Gives a session whose scoring was never used its default settings and the default criteria, in
     * one transaction. Returns whether it did. A session that removed criteria later does not get
     * them back.
     */
    public boolean setUpIfNew(long sessionId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (tx.fetchExists(SCORING_SETTINGS, SCORING_SETTINGS.SESSION_ID.eq(sessionId))) {
                return false;
            }
            new ScoringSettingsRepository(tx, clock).save(sessionId, ScoringSettings.DEFAULT);
            CriteriaRepository criteria = new CriteriaRepository(tx, clock);
            if (criteria.list(sessionId).isEmpty()) {
                criteria.replace(sessionId, DefaultCriteria.create());
            }
            return true;
        });
    }

    /** Whether the session's settings were ever stored (its scoring was set up). */
    public boolean isSetUp(long sessionId) {
        return dsl.fetchExists(SCORING_SETTINGS, SCORING_SETTINGS.SESSION_ID.eq(sessionId));
    }

    public ScoringSettings load(long sessionId) {
        Map<Zone, String> strategies = new EnumMap<>(Zone.class);
        dsl.selectFrom(SCORING_STRATEGY).where(SCORING_STRATEGY.SESSION_ID.eq(sessionId))
                .forEach(r -> Zone.fromKey(r.getZoneKey()).ifPresent(z -> strategies.put(z, r.getStrategyText())));
        return dsl.selectFrom(SCORING_SETTINGS).where(SCORING_SETTINGS.SESSION_ID.eq(sessionId)).fetchOptional()
                .map(r -> new ScoringSettings(new BandLimits(r.getMediumFrom(), r.getHighFrom()), r.getConcentrationLimit(), strategies))
                .orElse(new ScoringSettings(BandLimits.DEFAULT, ScoringSettings.DEFAULT_CONCENTRATION, strategies));
    }

    public void save(long sessionId, ScoringSettings s) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ScoringSettingsRecord r = tx.selectFrom(SCORING_SETTINGS).where(SCORING_SETTINGS.SESSION_ID.eq(sessionId))
                    .fetchOptional().orElseGet(() -> {
                        ScoringSettingsRecord n = tx.newRecord(SCORING_SETTINGS);
                        n.setSessionId(sessionId);
                        return n;
                    });
            r.setMediumFrom(s.limits().mediumFrom());
            r.setHighFrom(s.limits().highFrom());
            r.setConcentrationLimit(s.concentrationLimit());
            r.store();
            tx.deleteFrom(SCORING_STRATEGY).where(SCORING_STRATEGY.SESSION_ID.eq(sessionId)).execute();
            s.strategies().forEach((zone, text) -> tx.insertInto(SCORING_STRATEGY,
                            SCORING_STRATEGY.SESSION_ID, SCORING_STRATEGY.ZONE_KEY, SCORING_STRATEGY.STRATEGY_TEXT)
                    .values(sessionId, zone.key(), text).execute());
        });
    }
}
