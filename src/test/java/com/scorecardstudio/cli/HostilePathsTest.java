package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.DatabaseKey;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.CliRunner;
import com.scorecardstudio.util.AtomicFiles;
import com.scorecardstudio.util.WriteTargets;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against what a careless user or an attacker hands it (issue 19): writes onto the
 * database's own files (F1), an empty password file (F8), a named pipe (F10), stale temp files of killed
 * exports (F12), and a --db that is empty, a folder or mistyped (F13). Each fails on the code before it.
 */
class HostilePathsTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    private int run(String... args) {
        return cli.run(args);
    }

    private Path db() {
        return Path.of(cli.db());
    }

    @Test
    void noCommandWritesOntoTheDatabaseOrItsFiles() throws Exception {
        cli = new CliRunner(dir);
        String id = cli.demo("en");
        Path db = db();
        Files.createDirectories(dir.resolve("backups"));
        Path backup = Files.writeString(dir.resolve("backups/test-20261122-100000-000.zip"), "a backup");
        Path settings = dir.resolve("home/settings.properties");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "language=en\n");
        Path link = dir.resolve("innocent.scorecard");
        Files.createLink(link, db);
        List<Path> targets = List.of(db, dir.resolve("TEST.MV.DB"), dir.resolve("test.salt"),
                dir.resolve("test.lock.db"), dir.resolve("test.trace.db"), backup, dir.resolve("backups/new.zip"),
                dir.resolve("test.replaced-20261122-100000-000.mv.db"), settings, dir.resolve("home/logs/scorecard-studio.log"),
                link, dir.resolve("sub/../test.mv.db"));
        String before = hash(db);
        for (Path target : targets) {
            for (String command : List.of("export-session", "export")) {
                String out = target.toString();
                assertThat(run("--db", db.toString(), command, "--session", id, "--out", out)).as(command + " " + out).isEqualTo(1);
                assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
                assertThat(cli.err()).contains("never overwritten").contains("nothing was changed");
                assertThat(cli.out()).isEmpty();
            }
        }
        assertThat(hash(db)).isEqualTo(before);
        assertThat(Files.readString(backup)).isEqualTo("a backup");
        assertThat(Files.readString(settings)).isEqualTo("language=en\n");
        assertThat(run("--db", db.toString(), "sessions")).isZero();
        assertThat(cli.out()).contains("Strategy session 2027");
        // and an ordinary file beside the database is still fine, named like it or not
        assertThat(run("--db", db.toString(), "export", "--session", id, "--out", dir.resolve("test.xlsx").toString())).isZero();
        assertThat(run("--db", db.toString(), "export-session", "--session", id, "--out", dir.resolve("test.scorecard").toString()))
                .isZero();
    }

    @Test
    void exportSessionOntoTheOpenDatabaseIsRefusedInAChildJvmToo() throws Exception {
        cli = new CliRunner(dir);
        String id = cli.demo("ru");
        String before = hash(db());
        ChildJvm.Result r = ChildJvm.run(dir.resolve("home"), "--db", cli.db(), "export-session", "--session", id,
                "--out", cli.db());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr().strip().lines()).hasSize(1);
        assertThat(r.stderr()).contains("never overwritten");
        assertThat(hash(db())).isEqualTo(before);
        assertThat(run("--db", cli.db(), "summary", "--session", id)).isZero();
    }

    @Test
    void theGuisWritersRefuseADatabaseFileThroughAtomicFiles() throws Exception {
        cli = new CliRunner(dir);
        cli.demo("en");
        try (var db = com.scorecardstudio.db.Database.open(db(), new Backups(com.scorecardstudio.testing.TestDatabases.fixedClock(), 10),
                com.scorecardstudio.db.Database.BackupOnOpen.BEFORE_MIGRATION)) {
            Path link = dir.resolve("map.svg");
            Files.createLink(link, db.file());
            for (Path target : List.of(db.file(), link, dir.resolve("backups/x.png"))) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1, 2, 3}))
                        .isInstanceOf(WriteTargets.ProtectedFileException.class);
            }
        }
        assertThat(run("--db", cli.db(), "sessions")).isZero();
        assertThat(cli.out()).contains("Strategy session 2027");
    }

    @Test
    void anEmptyPasswordFileCreatesNothing() throws Exception {
        cli = new CliRunner(dir);
        for (String content : List.of("", "\n", "   \n")) {
            Path pw = Files.writeString(dir.resolve("empty.txt"), content);
            assertThat(run("--db", cli.db(), "--password-file", pw.toString(), "demo")).isEqualTo(1);
            assertThat(cli.err().strip().lines()).hasSize(1);
            assertThat(cli.err()).contains("is empty");
            assertThat(db()).doesNotExist();
            assertThat(DatabaseKey.saltFile(db())).doesNotExist();
        }
        Path missing = dir.resolve("no-such-password.txt");
        assertThat(run("--db", cli.db(), "--password-file", missing.toString(), "demo")).isEqualTo(1);
        assertThat(cli.err()).contains("password file").contains(missing.toString());
        assertThat(db()).doesNotExist();
    }

    @Test
    void aPlainDatabaseGivenAPasswordSaysSo() throws Exception {
        cli = new CliRunner(dir);
        cli.demo("en");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret\n");
        assertThat(run("--db", cli.db(), "--password-file", pw.toString(), "sessions")).isZero();
        assertThat(cli.err().strip()).isEqualTo("Note: the database " + db() + " is not encrypted, so the password file was not used.");
        assertThat(cli.out()).contains("Strategy session 2027");
    }

    @Test
    void aNamedPipeIsRefusedAtOnce() throws Exception {
        cli = new CliRunner(dir);
        cli.demo("en");
        Path pipe = dir.resolve("session.scorecard");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThat(run("--db", cli.db(), "import-session", "--file", pipe.toString())).isEqualTo(1);
        });
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("not a regular file");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThat(run("--db", cli.db(), "import-session", "--file", dir.toString())).isEqualTo(1);
        });
        assertThat(cli.err()).contains("not a regular file");
    }

    @Test
    void aStaleTempFileOfAKilledExportIsRemovedByTheNextExportAndALiveOneIsLeft() throws Exception {
        cli = new CliRunner(dir);
        String id = cli.demo("en");
        Path target = dir.resolve("plan.xlsx");
        // what a SIGKILL during an export leaves: a hidden, unlocked temp file with client data in it
        Path stale = Files.writeString(dir.resolve(".plan.xlsx.4611686018427387904.tmp"), "Vita Clinic revenue");
        Path staleSession = Files.writeString(dir.resolve(".plan.scorecard.123.tmp"), "half a session");
        Path live = dir.resolve(".plan.xlsx.99.tmp");
        Path unrelated = Files.writeString(dir.resolve(".other.xlsx.5.tmp"), "not ours");
        try (FileChannel ch = FileChannel.open(live, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            assertThat(run("--db", cli.db(), "export", "--session", id, "--out", target.toString())).isZero();
            assertThat(stale).doesNotExist();
            assertThat(live).exists();
        }
        assertThat(run("--db", cli.db(), "export-session", "--session", id, "--out", dir.resolve("plan.scorecard").toString()))
                .isZero();
        assertThat(staleSession).doesNotExist();
        assertThat(unrelated).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".plan.")))
                    .containsExactly(".plan.xlsx.99.tmp");
        }
    }

    @Test
    void aDatabasePathThatIsEmptyAFolderOrMistypedIsRefusedAndNothingIsCreated() throws Exception {
        cli = new CliRunner(dir);
        Path folder = Files.createDirectories(dir.resolve("data"));
        assertThat(run("--db", "", "sessions")).isEqualTo(1);
        assertThat(cli.err()).contains("--db needs the path");
        assertThat(run("--db", folder.toString(), "sessions")).isEqualTo(1);
        assertThat(cli.err()).contains("is a folder");
        assertThat(run("--db", folder.toString(), "demo")).isEqualTo(1);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(run("--db", dir.resolve("no/such/folder/clients").toString(), "sessions")).isEqualTo(1);
        assertThat(cli.err()).contains("does not exist, and neither does its folder");
        assertThat(dir.resolve("no")).doesNotExist();
        String id = cli.demo("en");
        assertThat(run("--db", dir.resolve("tset").toString(), "sessions")).isEqualTo(1); // a typo of test
        assertThat(cli.err().strip()).isEqualTo("There is no database " + dir.resolve("tset.mv.db") + ". Check the path (the command"
                + " demo creates a new database).");
        assertThat(run("--db", dir.resolve("tset").toString(), "summary", "--session", id)).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mv.db"))).containsExactly("test.mv.db");
        }
        assertThat(Path.of(folder + ".mv.db")).doesNotExist();
        // creating is still what demo does, also in a new folder
        assertThat(run("--db", dir.resolve("new/place/db").toString(), "demo")).isZero();
    }

    static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
