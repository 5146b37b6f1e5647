package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.cli.CommandLineApp;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database created with a password is encrypted, and so are its backups; without the password there is no way in. */
class EncryptedDatabaseTest {
    private static final String SECRET = "Confidential Client Alpha";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("secret.mv.db");
    }

    private Database open(Backups backups, String password) throws DatabaseOpenException {
        return Database.open(file(), backups, Database.BackupOnOpen.ALWAYS,
                Optional.ofNullable(password).map(String::toCharArray));
    }

    @Test
    void theRightPasswordOpensItAndNothingElseDoes() throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        long start = System.nanoTime();
        try (Database db = open(backups, "correct horse")) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                    .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle(SECRET));
        }
        System.out.printf("FIGURE encrypted create with PBKDF2 (%d iterations): %d ms%n", DatabaseKey.ITERATIONS,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(DatabaseKey.saltFile(file())).exists();
        assertThat(contains(Files.readAllBytes(file()), SECRET)).as("plaintext in the file").isFalse();

        assertThatThrownBy(() -> open(backups, "wrong horse")).isInstanceOfSatisfying(DatabaseOpenException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_PASSWORD));
        assertThatThrownBy(() -> open(backups, null)).isInstanceOfSatisfying(DatabaseOpenException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.PASSWORD_REQUIRED));
        // nor without the app: H2 itself, with the password as H2's own file password
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(Database.jdbcUrl(file()) + ";CIPHER=AES", "sa",
                "correct horse ")).isInstanceOf(java.sql.SQLException.class);

        try (Database db = open(backups, "correct horse")) {
            assertThat(new SessionRepository(db.dsl(), TestDatabases.fixedClock()).list()).extracting(Session::title)
                    .containsExactly(SECRET);
        }
        // the backup taken on that open is encrypted too, verified, and restores with the key
        Path backup = backups.newest(file()).orElseThrow();
        assertThat(Backups.verify(backup)).as("readable without the key").isFalse();
        assertThat(unzipped(backup)).as("backup content").doesNotContain(SECRET);
        Optional<DatabaseKey> key;
        try (Database db = open(backups, "correct horse")) {
            key = db.key();
        }
        assertThat(backups.newestGood(file(), key)).isPresent();
        backups.restore(backup, file(), key);
        try (Database db = open(backups, "correct horse")) {
            assertThat(new SessionRepository(db.dsl(), TestDatabases.fixedClock()).list()).extracting(Session::title)
                    .containsExactly(SECRET);
        }
    }

    @Test
    void theCommandLineTakesAPasswordFileAndSaysWhenItIsWrong() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret\n");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "nope\n");
        assertThat(run("--db", file().toString(), "--password-file", pw.toString(), "demo")).isZero();
        assertThat(run("--db", file().toString(), "--password-file", pw.toString(), "sessions")).isZero();
        assertThat(out.toString()).contains("Strategy session 2027");
        assertThat(run("--db", file().toString(), "--password-file", bad.toString(), "sessions")).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("Wrong password");
        assertThat(run("--db", file().toString(), "sessions")).isEqualTo(1);
        assertThat(err.toString()).contains("encrypted");
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandLineApp(new AppPaths(dir.resolve("home")), new Messages(Language.EN), TestDatabases.fixedClock(),
                new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    private static String unzipped(Path zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            StringBuilder all = new StringBuilder();
            while (in.getNextEntry() != null) {
                all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
            return all.toString();
        } catch (java.util.zip.ZipException e) {
            return new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
