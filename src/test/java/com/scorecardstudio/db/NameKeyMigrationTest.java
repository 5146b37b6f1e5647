package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.scorecardstudio.clientimport.ClientImport;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.sessionfile.SessionFiles;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Schema version 6 recomputes the stored name keys with the one normalisation (issue 19, F5): a
 * database written by schema 5, whose keys only folded ASCII spaces and case, opens with every key
 * derived from its name; names that now meet are both kept, the later one numbered and logged.
 */
class NameKeyMigrationTest {
    @TempDir
    Path dir;
    private final Clock clock = TestDatabases.fixedClock();

    @Test
    void storedKeysAreRecomputedAndNamesThatNowMeetAreKeptApartAndLogged() throws Exception {
        Path file = dir.resolve("v5.mv.db");
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file), "sa", "");
             Statement st = c.createStatement()) {
            Flyway.configure().dataSource(new org.jooq.tools.jdbc.SingleConnectionDataSource(c)).locations("classpath:db/migration")
                    .target("5").load().migrate();
            for (long s : new long[] {101, 102}) {
                st.execute("INSERT INTO SESSION (ID, UID, TITLE, ORGANIZATION, INDUSTRY, SESSION_DATE, FACILITATOR, HORIZON_YEAR, NOTES,"
                        + " CREATED_AT, UPDATED_AT) VALUES (" + s + ", RANDOM_UUID(), 'S" + s + "', '', '', DATE '2026-03-01', '', 2027,"
                        + " '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            st.execute("INSERT INTO SCORING_CRITERION (ID, SESSION_ID, AXIS, POSITION, CRITERION_KEY, NAME, WEIGHT) VALUES"
                    + " (30, 101, 'attractiveness', 0, 'revenue_potential', '', 1), (31, 101, 'relationship', 0, 'loyalty', 'Loyalty', 1)");
            // the keys as schema 5's code stored them: only ASCII white space folded
            insertClient(st, 40, 101, "Acme Co", "acme co");
            insertClient(st, 41, 101, "Acme\u00A0Co", "acme\u00A0co");
            insertClient(st, 42, 101, "ACME\u202FCO", "acme\u202Fco");
            insertClient(st, 43, 101, "Acme Co (2)", "acme co (2)"); // a real client of that name keeps it
            insertClient(st, 44, 101, "Ｂｅｔａ", "ｂｅｔａ");
            insertClient(st, 45, 102, "Acme\u00A0Co", "acme\u00A0co"); // another session: no clash
            st.execute("INSERT INTO CLIENT_SCORE (CLIENT_ID, CRITERION_ID, SCORE) VALUES (41, 30, 4), (41, 31, 2)");
            st.execute("INSERT INTO CRITERIA_TEMPLATE (ID, NAME, NAME_KEY, CREATED_AT) VALUES"
                    + " (50, 'Clinics', 'clinics', CURRENT_TIMESTAMP), (51, 'Clinics\u00A0', 'clinics\u00A0', CURRENT_TIMESTAMP)");
        }

        Logger log = (Logger) LoggerFactory.getLogger(V6NameKeys.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        Level level = log.getLevel();
        log.setLevel(Level.INFO);
        try (Database db = TestDatabases.open(file)) {
            assertThat(SchemaVersion.of(db.connection())).isEqualTo(SchemaVersion.CURRENT);
            Map<Long, String> names = rows(db, "SELECT ID, NAME FROM CLIENT ORDER BY ID");
            assertThat(names).containsExactly(Map.entry(40L, "Acme Co"), Map.entry(41L, "Acme\u00A0Co (3)"),
                    Map.entry(42L, "ACME\u202FCO (4)"), Map.entry(43L, "Acme Co (2)"), Map.entry(44L, "Ｂｅｔａ"),
                    Map.entry(45L, "Acme\u00A0Co"));
            // every stored key is the app's key of the stored name
            assertThat(rows(db, "SELECT ID, NAME_KEY FROM CLIENT ORDER BY ID"))
                    .allSatisfy((id, key) -> assertThat(key).isEqualTo(ClientRules.nameKey(names.get(id))));
            assertThat(rows(db, "SELECT ID, NAME FROM CRITERIA_TEMPLATE ORDER BY ID"))
                    .containsExactly(Map.entry(50L, "Clinics"), Map.entry(51L, "Clinics (2)"));
            ScoringService service = new ScoringService(db.dsl(), clock);
            assertThat(service.read(101).scoresOf(41)).containsEntry(30L, 4).containsEntry(31L, 2);

            // an import of the name with a no-break space (or in full width) updates the client of that name
            Path csv = dir.resolve("clients.csv");
            Files.writeString(csv, "name,revenue\n\"ACME\u00A0CO\u00A0\",1000\nbeta,7\n");
            assertThat(ClientImport.run(db.store(clock), 101, csv).result().updated()).isEqualTo(2);
            Map<String, Client> byName = new LinkedHashMap<>();
            service.read(101).clients().forEach(c -> byName.put(c.name(), c));
            assertThat(byName).hasSize(5);
            assertThat(byName.get("Acme Co").revenue()).isEqualByComparingTo("1000");
            assertThat(byName.get("Ｂｅｔａ").revenue()).isEqualByComparingTo("7");
            assertThat(byName.get("Acme\u00A0Co (3)").revenue()).isNull();

            // the session still makes a file that imports again (no two clients share a key)
            SessionFiles files = new SessionFiles(db.store(clock));
            Path out = dir.resolve("s1.scorecard");
            files.export(101, out);
            long again = files.importFile(out, SessionFiles.OnConflict.KEEP_BOTH, " (copy)").sessionId();
            assertThat(service.read(again).clients()).hasSize(5);
        } finally {
            log.detachAppender(events);
            log.setLevel(level);
        }
        assertThat(events.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "CLIENT 41 (session 101): its name is the same as an earlier one's once spaces and case of every kind count"
                                + " alike; both kept, this one renamed to \"Acme\u00A0Co (3)\"",
                        "CLIENT 42 (session 101): its name is the same as an earlier one's once spaces and case of every kind count"
                                + " alike; both kept, this one renamed to \"ACME\u202FCO (4)\"",
                        "CRITERIA_TEMPLATE 51: its name is the same as an earlier one's once spaces and case of every kind count"
                                + " alike; both kept, this one renamed to \"Clinics (2)\"");

        // opened again: nothing more to do, nothing renamed twice
        events.list.clear();
        try (Database db = TestDatabases.open(file)) {
            assertThat(rows(db, "SELECT ID, NAME FROM CLIENT WHERE ID = 41")).containsEntry(41L, "Acme\u00A0Co (3)");
        }
    }

    @Test
    void aNumberedNameStaysWithinTheNameLimit() {
        String longName = "Я".repeat(200);
        assertThat(V6NameKeys.numbered(longName, 12)).hasSize(200).endsWith("ЯЯ (12)");
        assertThat(V6NameKeys.numbered("Clinics\u00A0", 2)).isEqualTo("Clinics (2)");
    }

    private static void insertClient(Statement st, long id, long session, String name, String key) throws Exception {
        st.execute("INSERT INTO CLIENT (ID, SESSION_ID, NAME, NAME_KEY, CREATED_AT, UPDATED_AT) VALUES (" + id + ", " + session
                + ", '" + name + "', '" + key + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    private static Map<Long, String> rows(Database db, String sql) throws Exception {
        Map<Long, String> result = new LinkedHashMap<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getString(2));
            }
        }
        return result;
    }
}
