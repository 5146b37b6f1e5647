package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file is found when opened; backups are verified when made and the newest good one is offered. */
class CorruptionAndBackupTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("data.mv.db");
    }

    @Test
    void backupsAreVerifiedAndRestoreEveryRow() throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.ALWAYS)) {
            Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
        }
        Optional<Path> backup;
        long start = System.nanoTime();
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.BEFORE_MIGRATION)) {
            backup = backups.backup(db.connection(), db.file());
            assertThat(backup).isPresent();
            assertThat(Backups.counts(backup.get())).contains(Integrity.scan(db.connection()));
        }
        System.out.printf("FIGURE backup of the demo: %d ms, %d bytes (database file %d bytes)%n",
                (System.nanoTime() - start) / 1_000_000, Files.size(backup.get()), Files.size(file()));
        assertThat(backups.newestGood(file())).contains(backup.get());
    }

    /** A large session: 400 goals with 3 indicators of 12 measurements each, 2,000 scored clients. */
    @Test
    void aLargeSessionIsBackedUpAndVerified() throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.ALWAYS);
             Statement st = db.connection().createStatement()) {
            long session = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
            st.execute("INSERT INTO GOAL (SESSION_ID, STAGE, AREA, POSITION, TITLE, DESCRIPTION) SELECT " + session
                    + ", 'financial', 'profit_growth', 100 + X, 'Large goal ' || X, REPEAT('description ', 40) FROM SYSTEM_RANGE(1, 400)");
            st.execute("INSERT INTO INDICATOR (GOAL_ID, POSITION, NAME, BASELINE_VALUE, TARGET_VALUE) SELECT G.ID, R.X,"
                    + " 'Indicator ' || R.X, 10, 20 FROM GOAL G, SYSTEM_RANGE(1, 3) R WHERE G.TITLE LIKE 'Large goal %'");
            st.execute("INSERT INTO MEASUREMENT (INDICATOR_ID, MEASURED_ON, MEASURED_VALUE) SELECT I.ID,"
                    + " DATEADD(MONTH, R.X, DATE '2026-01-01'), R.X FROM INDICATOR I, SYSTEM_RANGE(1, 12) R WHERE I.NAME LIKE 'Indicator %'");
            st.execute("INSERT INTO CLIENT (SESSION_ID, NAME, NAME_KEY, CREATED_AT, UPDATED_AT) SELECT " + session
                    + ", 'Large client ' || X, 'large client ' || X, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 2000)");
            st.execute("INSERT INTO CLIENT_SCORE (CLIENT_ID, CRITERION_ID, SCORE) SELECT C.ID, K.ID, 3 FROM CLIENT C,"
                    + " SCORING_CRITERION K WHERE C.NAME LIKE 'Large client %' AND K.SESSION_ID = " + session);
        }
        long start = System.nanoTime();
        Optional<Path> backup;
        long rows;
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.BEFORE_MIGRATION)) {
            start = System.nanoTime();
            backup = backups.backup(db.connection(), db.file());
            rows = Integrity.scan(db.connection()).values().stream().mapToLong(Long::longValue).sum();
        }
        assertThat(backup).isPresent();
        System.out.printf("FIGURE backup of a large session (%d rows): %d ms incl. verification, %d bytes (database file %d bytes)%n",
                rows, (System.nanoTime() - start) / 1_000_000, Files.size(backup.get()), Files.size(file()));
    }

    @Test
    void aBackupThatDoesNotRestoreIsNotOffered() throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        Database.open(file(), backups, Database.BackupOnOpen.ALWAYS).close();
        Database.open(file(), backups, Database.BackupOnOpen.ALWAYS).close();
        Database.open(file(), backups, Database.BackupOnOpen.ALWAYS).close();
        List<Path> all = backups.list(file());
        assertThat(all).hasSize(2);
        byte[] bytes = Files.readAllBytes(all.get(0));
        Files.write(all.get(0), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(Backups.verify(all.get(0))).isFalse();
        assertThat(backups.newestGood(file())).contains(all.get(1));
    }

    /**
     * Bytes flipped at random places in copies of a real database: each copy either fails to open
     * (reported as CORRUPT, never an unexpected error) or opens with exactly the data it had.
     */
    @Test
    void flippedBytesInACopyAreDetectedOrHarmless() throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.ALWAYS)) {
            Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
            Demo.create(db.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22));
        }
        String original = fingerprint(file());
        byte[] clean = Files.readAllBytes(file());
        Random random = new Random(8);
        int injected = 40;
        int detected = 0;
        int harmless = 0;
        int silent = 0;
        for (int i = 0; i < injected; i++) {
            Path copy = dir.resolve("copy" + i).resolve("data.mv.db");
            Files.createDirectories(copy.getParent());
            byte[] damaged = clean.clone();
            // 16 bytes flipped inside the data (past the two 4 KB file headers)
            int at = 8192 + random.nextInt(damaged.length - 8192 - 16);
            for (int b = 0; b < 16; b++) {
                damaged[at + b] ^= (byte) 0xFF;
            }
            Files.write(copy, damaged);
            try {
                Database.open(copy, new Backups(TestDatabases.tickingClock(), 10), Database.BackupOnOpen.BEFORE_MIGRATION)
                        .close();
            } catch (DatabaseOpenException e) {
                assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT);
                detected++;
                continue;
            }
            String after;
            try {
                after = fingerprint(copy);
            } catch (java.sql.SQLException e) {
                after = "unreadable after a clean open: " + e.getMessage();
            }
            if (after.equals(original)) {
                harmless++;
            } else {
                silent++;
                System.out.println("FIGURE silent copy " + i + ": " + (after.startsWith("unreadable") ? after : "values differ"));
            }
        }
        System.out.printf("FIGURE corruption: %d injected, %d detected, %d harmless (unused space), %d silent%n",
                injected, detected, harmless, silent);
        assertThat(detected + harmless + silent).isEqualTo(injected);
        assertThat(detected).isPositive();
    }

    /**
     * The app's start opens with the full scan deferred until the home list is read
     * ({@link Database.BackupOnOpen#DEFERRED}): over the same damaged copies, the open plus the deferred
     * check finds exactly what a full open finds, and some damage is found only by the check.
     */
    @Test
    void theDeferredCheckFindsWhatAFullOpenFinds() throws Exception {
        try (Database db = Database.open(file(), new Backups(TestDatabases.tickingClock(), 10), Database.BackupOnOpen.ALWAYS)) {
            Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
            Demo.create(db.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22));
        }
        byte[] clean = Files.readAllBytes(file());
        Random random = new Random(21);
        int onlyByTheCheck = 0;
        // at least 30 copies, more (up to 150) until one shows damage that only the deferred check finds
        for (int i = 0; i < 150 && (i < 30 || onlyByTheCheck == 0); i++) {
            byte[] damaged = clean.clone();
            int at = 8192 + random.nextInt(damaged.length - 8192 - 16);
            for (int b = 0; b < 16; b++) {
                damaged[at + b] ^= (byte) 0xFF;
            }
            Path full = dir.resolve("full" + i).resolve("data.mv.db");
            Path deferred = dir.resolve("deferred" + i).resolve("data.mv.db");
            Files.createDirectories(full.getParent());
            Files.createDirectories(deferred.getParent());
            Files.write(full, damaged);
            Files.write(deferred, damaged);

            boolean fullFound = false;
            try {
                Database.open(full, new Backups(TestDatabases.tickingClock(), 10), Database.BackupOnOpen.BEFORE_MIGRATION).close();
            } catch (DatabaseOpenException e) {
                assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT);
                fullFound = true;
            }
            boolean deferredFound = false;
            Database db = null;
            try {
                db = Database.open(deferred, new Backups(TestDatabases.tickingClock(), 10), Database.BackupOnOpen.DEFERRED);
                new SessionRepository(db.dsl(), TestDatabases.fixedClock()).list(); // what the home screen reads first
                db.checkAndBackUp();
            } catch (DatabaseOpenException e) {
                assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT);
                deferredFound = true;
                if (db != null) {
                    onlyByTheCheck++;
                    assertThat(db.connection().isClosed()).as("a failed check closes the file at once").isTrue();
                }
            } catch (RuntimeException e) {
                deferredFound = true; // the list itself failed on the damage: the app reports that too
            } finally {
                if (db != null) {
                    db.close();
                }
            }
            assertThat(deferredFound).as("copy %d, 16 bytes flipped at %d", i, at).isEqualTo(fullFound);
        }
        assertThat(onlyByTheCheck).as("damage that only the deferred check found").isPositive();
    }

    /** Every row of every table, hashed. */
    static String fingerprint(Path dbFile) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(dbFile), "sa", "")) {
            for (String table : Integrity.scan(c).keySet()) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            // bytes by their content: a byte array's own text is its identity, new at each read
                            Object v = rs.getObject(i);
                            String text = v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v);
                            md.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
