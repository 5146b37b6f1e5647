package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.TestDatabases;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening databases: first start, second instance, damaged and newer files, backups and restore. */
class DatabaseTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("data/scorecard.mv.db");
    }

    private static void addSession(Database db, String title) {
        new SessionRepository(db.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle(title));
    }

    private static List<String> titles(Database db) {
        return new SessionRepository(db.dsl(), TestDatabases.fixedClock()).list().stream().map(Session::title).toList();
    }

    @Test
    void firstOpenCreatesFolderAndSchema() throws Exception {
        try (Database db = TestDatabases.open(file())) {
            assertThat(Files.exists(file())).isTrue();
            assertThat(titles(db)).isEmpty();
        }
    }

    @Test
    void aSecondProcessGetsAFriendlyMessageAndTheFirstIsUnharmed() throws Exception {
        try (Database db = TestDatabases.open(file())) {
            addSession(db, "Before");
            ChildJvm.Result child = ChildJvm.run(dir.resolve("home"), "--db", file().toString(), "sessions");
            assertThat(child.exitCode()).isEqualTo(1);
            assertThat(child.stderr().strip().lines()).hasSize(1);
            assertThat(child.stderr()).contains(file().toString()).contains("in use by another program")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            addSession(db, "After");
            assertThat(titles(db)).containsExactlyInAnyOrder("Before", "After");
        }
    }

    @Test
    void aDamagedFileIsReportedAsCorruptAndCanBeRestoredFromItsBackup() throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.ALWAYS)) {
            addSession(db, "Precious");
        }
        // this open backs up the database with the session in it
        Database.open(file(), backups, Database.BackupOnOpen.ALWAYS).close();
        assertThat(backups.list(file())).hasSize(1);

        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            byte[] junk = new byte[8192];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            raf.write(junk);
        }
        assertThatThrownBy(() -> Database.open(file(), backups, Database.BackupOnOpen.ALWAYS))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT);
                    assertThat(e.backupCanHelp()).isTrue();
                });

        var aside = backups.restore(backups.newest(file()).orElseThrow(), file());
        assertThat(aside).isPresent();
        assertThat(Files.exists(aside.get())).isTrue();
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.BEFORE_MIGRATION)) {
            assertThat(titles(db)).containsExactly("Precious");
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedUntouched() throws Exception {
        int historyRows;
        try (Database db = TestDatabases.open(file())) {
            try (Statement st = db.connection().createStatement()) {
                st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                        + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                        + " VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 1, TRUE)");
            }
            historyRows = historyRows(db.connection());
        }
        assertThatThrownBy(() -> TestDatabases.open(file()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.NEWER_VERSION));
        // nothing was migrated or backed up
        try (var c = java.sql.DriverManager.getConnection(Database.jdbcUrl(file()), "sa", "")) {
            assertThat(historyRows(c)).isEqualTo(historyRows);
        }
        assertThat(new Backups(TestDatabases.fixedClock(), 10).list(file())).isEmpty();
    }

    private static int historyRows(java.sql.Connection c) throws java.sql.SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void backupsRotateKeepingTheNewestTen() throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        Database.open(file(), backups, Database.BackupOnOpen.ALWAYS).close(); // created: nothing to back up yet
        assertThat(backups.list(file())).isEmpty();
        for (int i = 0; i < 12; i++) {
            Database.open(file(), backups, Database.BackupOnOpen.ALWAYS).close();
        }
        List<Path> kept = backups.list(file());
        assertThat(kept).hasSize(10);
        assertThat(kept).isSortedAccordingTo((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        assertThat(Backups.timeOf(kept.get(0))).isPresent();
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAsUnreadable() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        assertThatThrownBy(() -> TestDatabases.open(blocker.resolve("db/scorecard.mv.db")))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.UNREADABLE));
    }
}
