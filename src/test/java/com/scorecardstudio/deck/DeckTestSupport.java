package com.scorecardstudio.deck;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;

/** The demo session read as a deck's data, on a real H2 file. */
final class DeckTestSupport {
    private DeckTestSupport() {
    }

    static DeckData demo(Path dir, Language language) {
        try (Database db = TestDatabases.open(dir.resolve("demo-" + language.code() + ".mv.db"))) {
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), language, LocalDate.of(2026, 11, 22));
            return DeckData.read(db.store(TestDatabases.fixedClock()), s.id()).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(DeckData data, Language language, Path file) throws Exception {
        DeckExport.write(data, new Messages(language), file);
        return file;
    }
}
