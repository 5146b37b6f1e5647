package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.util.WriteTargets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content checksums (issue 19, item 5): a bit flipped inside a stored value, which H2's own checks let
 * through, is reported as a damaged database at the next open; a kill, an edit, a restore are not.
 *
 * <p>Damage is made as bit rot makes it: bytes of the file change, its size and last-modified time do
 * not (the copies get the original's time back), and the checksums file beside it stays as it was.
 */
class ContentChecksumTest {
    /** A goal title that appears nowhere else, so its bytes can be found in the file. */
    private static final String MARKER = "ZQXJ-checksum-marker-7731";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("data.mv.db");
    }

    private static Backups backups() {
        return new Backups(TestDatabases.tickingClock(), 10);
    }

    /** The demo in both languages, one goal titled {@link #MARKER}, closed cleanly. */
    private void createClosedCleanly(Path dbFile, Optional<char[]> password) throws Exception {
        try (Database db = Database.open(dbFile, backups(), Database.BackupOnOpen.ALWAYS, password)) {
            Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
            Demo.create(db.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22));
            try (Statement st = db.connection().createStatement()) {
                st.executeUpdate("UPDATE GOAL SET TITLE = '" + MARKER + "' WHERE ID = (SELECT MIN(ID) FROM GOAL)");
            }
        }
    }

    /** A copy of the database in its own folder, with its checksums file and its last-modified time, or without the checksums. */
    private Path copyOf(Path dbFile, byte[] bytes, String name, boolean withChecksums) throws Exception {
        Path copy = dir.resolve(name).resolve(dbFile.getFileName());
        Files.createDirectories(copy.getParent());
        Files.write(copy, bytes);
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(dbFile));
        if (Files.exists(DatabaseKey.saltFile(dbFile))) {
            Files.copy(DatabaseKey.saltFile(dbFile), DatabaseKey.saltFile(copy));
        }
        if (withChecksums && Files.exists(ContentChecksums.fileFor(dbFile))) {
            Files.copy(ContentChecksums.fileFor(dbFile), ContentChecksums.fileFor(copy), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return copy;
    }

    private static List<Integer> occurrences(byte[] haystack, byte[] needle) {
        List<Integer> at = new ArrayList<>();
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            at.add(i);
        }
        return at;
    }

    private static String titles(Database db) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT TITLE FROM GOAL ORDER BY ID")) {
            while (rs.next()) {
                all.append(rs.getString(1)).append('\n');
            }
        }
        return all.toString();
    }

    private static void openAndClose(Path dbFile) throws DatabaseOpenException {
        Database.open(dbFile, backups(), Database.BackupOnOpen.BEFORE_MIGRATION).close();
    }

    @Test
    void aBitFlippedInsideAStoredTitleIsReportedAsDamagedWhereH2AloneShowsTheChangedText() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        assertThat(ContentChecksums.fileFor(file())).exists();
        byte[] clean = Files.readAllBytes(file());
        List<Integer> found = occurrences(clean, MARKER.getBytes(StandardCharsets.US_ASCII));
        assertThat(found).as("the title is stored as plain UTF-8").isNotEmpty();
        int changedSilentlyWithoutChecksums = 0;
        for (int k = 0; k < found.size(); k++) {
            byte[] damaged = clean.clone();
            damaged[found.get(k)] ^= 0x01; // 'Z' becomes '[': one bit
            // without the checksums file: what the app did before them
            Path bare = copyOf(file(), damaged, "bare" + k, false);
            boolean changed = false;
            try (Database db = Database.open(bare, backups(), Database.BackupOnOpen.BEFORE_MIGRATION)) {
                changed = titles(db).contains("[QXJ-checksum-marker-7731");
            } catch (DatabaseOpenException e) {
                assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT);
            }
            if (changed) {
                changedSilentlyWithoutChecksums++;
            }
            // with them: the same bytes are reported as a damaged database whenever the title changed
            Path guarded = copyOf(file(), damaged, "guarded" + k, true);
            if (changed) {
                assertThatThrownBy(() -> openAndClose(guarded)).isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT));
                // and again at the next open: the damage is not accepted by having been seen once
                assertThatThrownBy(() -> openAndClose(guarded)).isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT));
                assertThatThrownBy(() -> {
                    Database db = Database.open(guarded, backups(), Database.BackupOnOpen.DEFERRED);
                    new SessionRepository(db.dsl(), TestDatabases.fixedClock()).list();
                    db.checkAndBackUp();
                    db.close();
                }).as("the app's deferred check").isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT));
            }
        }
        assertThat(changedSilentlyWithoutChecksums).as("copies whose title H2 alone shows changed").isPositive();
    }

    @Test
    void theCommandLineSaysInOneLineThatTheDatabaseIsDamaged() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        byte[] damaged = Files.readAllBytes(file());
        for (int at : occurrences(damaged, MARKER.getBytes(StandardCharsets.US_ASCII))) {
            damaged[at] ^= 0x01;
        }
        Path copy = copyOf(file(), damaged, "cli", true);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = new com.scorecardstudio.cli.CommandLineApp(new com.scorecardstudio.config.AppPaths(dir.resolve("home")),
                new com.scorecardstudio.i18n.Messages(Language.EN), TestDatabases.fixedClock(), new java.io.PrintWriter(out),
                new java.io.PrintWriter(err)).run("--db", copy.toString(), "sessions");
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("QXJ-checksum-marker");
        assertThat(err.toString().strip()).doesNotContain("\n").contains("is damaged");
    }

    @Test
    void aDamagedFileOffersTheNewestGoodBackupWhichRestoresAndIsCheckedAtItsNextOpen() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        Backups backups = backups();
        Database.open(file(), backups, Database.BackupOnOpen.ALWAYS).close(); // the app's start: a backup
        byte[] damaged = Files.readAllBytes(file());
        for (int at : occurrences(damaged, MARKER.getBytes(StandardCharsets.US_ASCII))) {
            damaged[at] ^= 0x01;
        }
        Files.write(file(), damaged);
        // the bytes changed under an unchanged time, as bit rot does
        Files.setLastModifiedTime(file(), lastModifiedInChecksums(file()));
        assertThatThrownBy(() -> openAndClose(file())).isInstanceOfSatisfying(DatabaseOpenException.class,
                e -> assertThat(e.backupCanHelp()).isTrue());
        Path newest = backups.newestGood(file()).orElseThrow();
        backups.restore(newest, file());
        assertThat(ContentChecksums.trusted(file())).as("the restored file's checksums").isPresent();
        try (Database db = Database.open(file(), backups, Database.BackupOnOpen.BEFORE_MIGRATION)) {
            assertThat(titles(db)).contains(MARKER);
        }
    }

    private static FileTime lastModifiedInChecksums(Path dbFile) throws Exception {
        for (String line : Files.readAllLines(ContentChecksums.fileFor(dbFile))) {
            if (line.startsWith("modified ")) {
                return FileTime.fromMillis(Long.parseLong(line.substring("modified ".length())));
            }
        }
        throw new AssertionError("no time in the checksums file");
    }

    @Test
    void aCleanReopenAfterEditsIsCheckedAndPasses() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        for (int round = 0; round < 3; round++) {
            assertThat(ContentChecksums.trusted(file())).as("round %d: checksums of the last close", round).isPresent();
            try (Database db = Database.open(file(), backups(), round == 1 ? Database.BackupOnOpen.DEFERRED
                    : Database.BackupOnOpen.BEFORE_MIGRATION)) {
                db.checkAndBackUp();
                assertThat(ContentChecksums.fileFor(file())).as("removed while the app may write").doesNotExist();
                try (PreparedStatement st = db.connection().prepareStatement(
                        "UPDATE GOAL SET TITLE = ? WHERE ID = (SELECT MAX(ID) FROM GOAL)")) {
                    st.setString(1, "Edited in round " + round + " — рекомендуют");
                    st.executeUpdate();
                }
                if (round == 2) {
                    // rows gained and lost in other tables: each table written is read again at the close
                    try (Statement st = db.connection().createStatement()) {
                        st.executeUpdate("DELETE FROM CLIENT_SCORE WHERE CLIENT_ID = (SELECT MIN(CLIENT_ID) FROM CLIENT_SCORE)");
                        st.executeUpdate("INSERT INTO CLIENT (SESSION_ID, NAME, NAME_KEY, CREATED_AT, UPDATED_AT) SELECT MIN(ID),"
                                + " 'Added in round 2', 'added in round 2', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM SESSION");
                    }
                }
            }
        }
        try (Database db = Database.open(file(), backups(), Database.BackupOnOpen.BEFORE_MIGRATION)) {
            assertThat(titles(db)).contains("Edited in round 2 — рекомендуют");
        }
        // an open that only reads keeps the checksums of the open's own check (no second read at close)
        assertThat(ContentChecksums.trusted(file())).isPresent();
    }

    @Test
    void aKillAfterWritesLeavesNothingToCompareAndIsNotReported() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        byte[] killed;
        try (Database db = Database.open(file(), backups(), Database.BackupOnOpen.BEFORE_MIGRATION);
             Statement st = db.connection().createStatement()) {
            st.executeUpdate("UPDATE GOAL SET TITLE = 'Written just before the kill' WHERE ID = (SELECT MAX(ID) FROM GOAL)");
            // what a kill leaves: the file as committed (WRITE_DELAY=0), and whatever is beside it
            killed = Files.readAllBytes(file());
            assertThat(ContentChecksums.fileFor(file())).doesNotExist();
        }
        Path copy = dir.resolve("killed").resolve("data.mv.db");
        Files.createDirectories(copy.getParent());
        Files.write(copy, killed);
        try (Database db = Database.open(copy, backups(), Database.BackupOnOpen.BEFORE_MIGRATION)) {
            assertThat(titles(db)).contains("Written just before the kill");
        }
        // killed during the app's start, before its deferred check: the checksums stay, and still match
        Path early = dir.resolve("early").resolve("data.mv.db");
        Files.createDirectories(early.getParent());
        try (Database db = Database.open(file(), backups(), Database.BackupOnOpen.DEFERRED)) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock()).list();
            Files.write(early, Files.readAllBytes(file()));
            Files.setLastModifiedTime(early, Files.getLastModifiedTime(file()));
            Files.copy(ContentChecksums.fileFor(file()), ContentChecksums.fileFor(early));
        }
        assertThat(ContentChecksums.trusted(early)).isPresent();
        openAndClose(early);
    }

    @Test
    void checksumsOfAFileChangedSinceItsCloseAreNotUsed() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        byte[] damaged = Files.readAllBytes(file());
        for (int at : occurrences(damaged, MARKER.getBytes(StandardCharsets.US_ASCII))) {
            damaged[at] ^= 0x01;
        }
        // written by something else since (another program, an older app): its size or time tells
        Path copy = copyOf(file(), damaged, "touched", true);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 60_000));
        assertThat(ContentChecksums.trusted(copy)).isEmpty();
        openAndClose(copy);
        assertThat(ContentChecksums.trusted(copy)).as("the clean close writes them for the file as it is").isPresent();
    }

    @Test
    void aDamagedChecksumsFileIsIgnoredNotReportedAsADamagedDatabase() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        Path sums = ContentChecksums.fileFor(file());
        byte[] bytes = Files.readAllBytes(sums);
        bytes[bytes.length / 2] ^= 0x04;
        Files.write(sums, bytes);
        assertThat(ContentChecksums.trusted(file())).isEmpty();
        try (Database db = Database.open(file(), backups(), Database.BackupOnOpen.BEFORE_MIGRATION)) {
            assertThat(titles(db)).contains(MARKER);
        }
        assertThat(ContentChecksums.trusted(file())).as("written anew at the clean close").isPresent();
    }

    @Test
    void anEncryptedDatabaseIsCheckedAndItsChecksumsRevealNothing() throws Exception {
        Path a = dir.resolve("a").resolve("data.mv.db");
        Path b = dir.resolve("b").resolve("data.mv.db");
        createClosedCleanly(a, Optional.of("first password".toCharArray()));
        createClosedCleanly(b, Optional.of("second password".toCharArray()));
        String sumsA = Files.readString(ContentChecksums.fileFor(a));
        String sumsB = Files.readString(ContentChecksums.fileFor(b));
        assertThat(sumsA).doesNotContain(MARKER).doesNotContain("first password");
        // the same content under two keys: nothing in common but the table names
        assertThat(tableSums(sumsA)).doesNotContainAnyElementsOf(tableSums(sumsB));
        try (Database db = Database.open(a, backups(), Database.BackupOnOpen.BEFORE_MIGRATION,
                Optional.of("first password".toCharArray()))) {
            assertThat(sumsA).doesNotContain(db.key().orElseThrow().scriptPassword());
        }
        assertThat(ContentChecksums.trusted(a)).isPresent();
        // a restore of an encrypted backup: the restored file is checked at its next open, under the same key
        Backups backups = backups();
        Optional<DatabaseKey> key;
        try (Database db = Database.open(a, backups, Database.BackupOnOpen.ALWAYS, Optional.of("first password".toCharArray()))) {
            key = db.key();
        }
        backups.restore(backups.newestGood(a, key).orElseThrow(), a, key);
        assertThat(ContentChecksums.trusted(a)).isPresent();
        Database.open(a, backups, Database.BackupOnOpen.BEFORE_MIGRATION, Optional.of("first password".toCharArray())).close();
        // 16 bytes of the encrypted file flipped (one AES block's worth of plain text garbled), at random
        byte[] clean = Files.readAllBytes(a);
        String original;
        try (Database db = Database.open(copyOf(a, clean, "enc-original", false), backups(),
                Database.BackupOnOpen.BEFORE_MIGRATION, Optional.of("first password".toCharArray()))) {
            original = titles(db);
        }
        Random random = new Random(5);
        int detected = 0;
        for (int i = 0; i < 8; i++) {
            byte[] damaged = clean.clone();
            int at = 8192 + random.nextInt(damaged.length - 8192 - 16);
            for (int k = 0; k < 16; k++) {
                damaged[at + k] ^= (byte) 0xFF;
            }
            Path copy = copyOf(a, damaged, "enc" + i, true);
            try (Database db = Database.open(copy, backups(), Database.BackupOnOpen.BEFORE_MIGRATION,
                    Optional.of("first password".toCharArray()))) {
                assertThat(titles(db)).as("copy %d opened: its bytes were unused", i).isEqualTo(original);
            } catch (DatabaseOpenException e) {
                // H2 reports some damage to an encrypted file as a failed decryption (see the report on issue 19)
                assertThat(e.reason()).isIn(DatabaseOpenException.Reason.CORRUPT, DatabaseOpenException.Reason.WRONG_PASSWORD);
                detected++;
            }
        }
        assertThat(detected).isPositive();
    }

    private static List<String> tableSums(String file) {
        return file.lines().filter(l -> l.startsWith("table ")).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }

    @Test
    void noCommandMayWriteOntoTheChecksumsFile() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        Path sums = ContentChecksums.fileFor(file());
        assertThat(WriteTargets.isProtected(sums, List.of(file()))).isTrue();
        assertThat(WriteTargets.isProtected(dir.resolve("elsewhere.checksums"), List.of())).isTrue();
        assertThatThrownBy(() -> com.scorecardstudio.util.AtomicFiles.write(sums, new byte[] {1}))
                .isInstanceOf(WriteTargets.ProtectedFileException.class);
    }

    /**
     * Forty single bits flipped at random in copies of a real database (past the two file headers),
     * each opened twice: without the checksums file (what H2's own checks find) and with it. Figures for
     * docs/performance.md.
     */
    @Test
    void fortyRandomSingleBitFlipsAreDetectedOrHarmlessNeverSilent() throws Exception {
        createClosedCleanly(file(), Optional.empty());
        byte[] clean = Files.readAllBytes(file());
        // taken on a copy: H2 writes to a file it opens, which would make the checksums beside it stale
        String original = CorruptionAndBackupTest.fingerprint(copyOf(file(), clean, "original", false));
        Random random = new Random(19);
        int[] bare = new int[4];
        int[] guarded = new int[4];
        for (int i = 0; i < 40; i++) {
            byte[] damaged = clean.clone();
            int at = 8192 + random.nextInt(damaged.length - 8192);
            damaged[at] ^= (byte) (1 << random.nextInt(8));
            bare[outcome(copyOf(file(), damaged, "bare" + i, false), original)]++;
            guarded[outcome(copyOf(file(), damaged, "guarded" + i, true), original)]++;
        }
        System.out.printf("FIGURE 40 single-bit flips, without the checksums file (H2's checks and the index check):"
                + " %d detected, %d harmless, %d silent, %d detected at the next open%n",
                bare[0], bare[1], bare[2], bare[3]);
        System.out.printf("FIGURE 40 single-bit flips, with content checksums: %d detected, %d harmless, %d silent,"
                + " %d detected at the next open%n", guarded[0], guarded[1], guarded[2], guarded[3]);
        assertThat(guarded[2]).as("copies opened with changed values").isZero();
        assertThat(guarded[0]).isGreaterThanOrEqualTo(bare[0]);
    }

    /**
     * 0 detected (reported as damaged), 1 harmless (opens with every value as it was), 2 silent (opens
     * with other values), 3 detected at the next open (the first open let it through, the second refuses).
     */
    private static int outcome(Path copy, String original) throws Exception {
        try {
            openAndClose(copy);
        } catch (DatabaseOpenException e) {
            assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.CORRUPT);
            return 0;
        }
        try {
            return CorruptionAndBackupTest.fingerprint(copy).equals(original) ? 1 : 2;
        } catch (java.sql.SQLException e) {
            // opened once, then refused: a flip in the schema's own records (seen once in about 500:
            // "Index … already exists") that H2 trips over only when it opens the file again
            try {
                openAndClose(copy);
            } catch (DatabaseOpenException again) {
                return 3;
            }
            return 2; // opened again, and a value still fails: the checks let it through
        }
    }
}
