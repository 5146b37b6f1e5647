package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.sessionfile.SessionDocument;
import com.scorecardstudio.sessionfile.SessionFiles;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database made by each released schema version (fixtures written by {@code testing.SchemaFixtures})
 * opens with the current code, is migrated, and keeps every row it had.
 */
class MigrationFixturesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "schema V{0}")
    @ValueSource(ints = {1, 2, 3})
    void aDatabaseFromAnOlderSchemaKeepsItsData(int version) throws Exception {
        Path file = dir.resolve("old.mv.db");
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + fixture(version).toString().replace("'", "''") + "'");
        }
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        try (Database db = Database.open(file, backups, Database.BackupOnOpen.BEFORE_MIGRATION)) {
            SessionDocument doc = new SessionFiles(db.store(TestDatabases.fixedClock())).read(1);
            assertThat(doc.session().title()).isEqualTo("Fixture session");
            assertThat(doc.session().notes()).isEqualTo("Заметки сессии");
            assertThat(doc.session().horizonYear()).isEqualTo(2027);
            assertThat(doc.participants()).extracting(p -> p.name() + "/" + p.role())
                    .containsExactly("Игорь Белов/CEO", "Maria Chen/CFO");
            if (version >= 2) {
                assertThat(doc.goals()).extracting(SessionDocument.GoalDto::title)
                        .containsExactlyInAnyOrder("Grow revenue from new services", "Clear price list");
                SessionDocument.GoalDto revenue = doc.goals().stream().filter(g -> g.stage().equals("financial")).findFirst()
                        .orElseThrow();
                assertThat(new BigDecimal(revenue.indicators().get(0).baselineValue())).isEqualByComparingTo("12.5");
                assertThat(revenue.indicators().get(0).measurements()).hasSize(1);
                assertThat(revenue.initiatives()).extracting(SessionDocument.InitiativeDto::status).containsExactly("in_progress");
                assertThat(doc.policyChecks()).hasSize(1);
                assertThat(doc.areaAssessments()).hasSize(1);
                assertThat(doc.parkingNotes()).hasSize(1);
                assertThat(doc.stageTimeboxes()).hasSize(1);
            }
            if (version >= 3) {
                assertThat(doc.scoring().clients()).hasSize(1);
                assertThat(doc.scoring().clients().get(0).scores()).containsEntry("revenue", 5).containsEntry("loyalty", 2);
                assertThat(doc.scoring().criteria()).hasSize(2);
                assertThat(doc.scoring().strategies()).hasSize(1);
            }
            // the schema is the current one: everything the current code writes can be written
            assertThat(Integrity.scan(db.connection())).containsKey("SCORING_SETTINGS");
        }
        if (version < 3) {
            assertThat(backups.list(file)).as("a backup before the migration").hasSize(1);
        }
        // the migrated file's content checksums, written at its close, describe it: the next open checks and passes
        assertThat(ContentChecksums.trusted(file)).isPresent();
        Database.open(file, backups, Database.BackupOnOpen.BEFORE_MIGRATION).close();
    }

    private static Path fixture(int version) throws URISyntaxException {
        return Path.of(MigrationFixturesTest.class.getResource("/fixtures/schema-v" + version + ".sql").toURI());
    }
}
