package com.scorecardstudio.demo;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Creates the whole demo session — details, and what each feature adds to it — in one transaction,
 * so a failed demo leaves nothing behind. Used by the {@code demo} command and the home window.
 */
public final class Demo {
    private Demo() {
    }

    public static Session create(DSLContext dsl, Clock clock, Language language, LocalDate today) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Session session = new SessionRepository(tx, clock).insert(DemoSession.build(language, today));
            // each feature adds its part of the demo here
            DemoGoals.insert(tx, clock, session, language);
            DemoClients.insert(tx, clock, session, language);
            DemoMap.insert(tx, session, language);
            return session;
        });
    }
}
