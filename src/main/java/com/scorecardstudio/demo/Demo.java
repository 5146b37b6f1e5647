package com.scorecardstudio.demo;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Session;
import java.time.LocalDate;

/**
 * Creates the whole demo session — details, and what each feature adds to it — in one transaction,
 * so a failed demo leaves nothing behind. Used by the {@code demo} command and the home window.
 */
public final class Demo {
    private Demo() {
    }

    public static Session create(Store store, Language language, LocalDate today) {
        return store.transaction(tx -> {
            Session session = tx.sessions().insert(DemoSession.build(language, today));
            // each feature adds its part of the demo here
            DemoGoals.insert(tx, session, language);
            DemoClients.insert(tx, session, language);
            DemoMap.insert(tx, session, language);
            return session;
        });
    }
}
