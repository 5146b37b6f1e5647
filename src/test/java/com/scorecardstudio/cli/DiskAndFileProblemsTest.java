package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.db.DatabaseKey;
import com.scorecardstudio.db.DatabaseOpenException;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, F7 and F11: a full disk, a read-only database and a missing salt are each reported as what
 * they are, in one line, and never as a damaged database (for which the app would offer a restore).
 * The full disk is a child JVM whose largest file is limited ({@code ulimit -f}): every write that would
 * grow the database past it fails as a write to a full disk does.
 */
class DiskAndFileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsReportedAsAFullDiskAndTheDatabaseStaysIntact() throws Exception {
        CliRunner cli = new CliRunner(dir);
        String id = cli.demo("en");
        Path csv = dir.resolve("clients.csv");
        StringBuilder rows = new StringBuilder("name,segment,revenue\n");
        for (int i = 0; i < 5_000; i++) {
            rows.append("Client number ").append(i).append(" with a long name,Segment ").append(i % 7).append(',').append(1000 + i).append('\n');
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        Path session = dir.resolve("session.scorecard");
        assertThat(cli.run("--db", cli.db(), "export-session", "--session", id, "--out", session.toString())).isZero();
        long limitKb = Files.size(Path.of(cli.db())) / 1024 + 4;
        List<String> jvm = List.of("-XX:-UsePerfData", "-Xshare:off");

        ChildJvm.Result imported = ChildJvm.runWithFileSizeLimit(dir.resolve("home"), limitKb, jvm, "--db", cli.db(),
                "import-clients", "--session", id, "--file", csv.toString());
        assertOneLineDiskFull(imported);
        ChildJvm.Result demo = ChildJvm.runWithFileSizeLimit(dir.resolve("home"), limitKb, jvm, "--db", cli.db(), "demo");
        assertOneLineDiskFull(demo);
        ChildJvm.Result copy = ChildJvm.runWithFileSizeLimit(dir.resolve("home"), limitKb, jvm, "--db", cli.db(),
                "import-session", "--file", session.toString(), "--keep-both");
        assertOneLineDiskFull(copy);

        // with room again, the database is whole: one session, no client of the failed import
        assertThat(cli.run("--db", cli.db(), "sessions")).isZero();
        assertThat(cli.out().lines()).hasSize(1);
        assertThat(cli.run("--db", cli.db(), "clients", "--session", id)).isZero();
        assertThat(cli.out()).doesNotContain("Client number");
        assertThat(cli.run("--db", cli.db(), "import-clients", "--session", id, "--file", csv.toString())).isZero();
        assertThat(cli.out()).contains("Imported: 5,000");
    }

    private static void assertOneLineDiskFull(ChildJvm.Result r) {
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr().strip().lines()).as(r.stderr()).hasSize(1);
        assertThat(r.stderr()).contains("not enough free space").doesNotContain("damaged").doesNotContain("values the app cannot store");
    }

    @Test
    void aReadOnlyDatabaseIsReadAndRefusesChangesInOneLine() throws Exception {
        CliRunner cli = new CliRunner(dir);
        String id = cli.demo("en");
        Path db = Path.of(cli.db());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertThat(cli.run("--db", cli.db(), "sessions")).isZero();
            assertThat(cli.out()).contains("Strategy session 2027");
            assertThat(cli.run("--db", cli.db(), "summary", "--session", id)).isZero();
            for (String[] change : List.of(new String[] {"demo"},
                    new String[] {"import-clients", "--session", id, "--file", write("c.csv", "name\nAcme\n").toString()})) {
                String[] args = new String[change.length + 2];
                args[0] = "--db";
                args[1] = cli.db();
                System.arraycopy(change, 0, args, 2, change.length);
                assertThat(cli.run(args)).isEqualTo(1);
                assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
                assertThat(cli.err()).contains("is read-only").doesNotContain("SQL").doesNotContain("INSERT");
            }
        } finally {
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(cli.run("--db", cli.db(), "sessions")).isZero();
        assertThat(cli.out().lines()).hasSize(1);
    }

    @Test
    void aMissingSaltIsSaidAsSuchNotAsDamage() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path pw = write("pw.txt", "s3cret\n");
        assertThat(cli.run("--db", cli.db(), "--password-file", pw.toString(), "demo")).isZero();
        Path salt = DatabaseKey.saltFile(Path.of(cli.db()));
        Path aside = Files.move(salt, dir.resolve("salt.kept"));
        for (boolean withPassword : new boolean[] {true, false}) {
            int code = withPassword ? cli.run("--db", cli.db(), "--password-file", pw.toString(), "sessions")
                    : cli.run("--db", cli.db(), "sessions");
            assertThat(code).isEqualTo(1);
            assertThat(cli.err().strip().lines()).hasSize(1);
            assertThat(cli.err()).contains(".salt file").contains("missing").doesNotContain("is damaged");
        }
        Files.move(aside, salt);
        assertThat(cli.run("--db", cli.db(), "--password-file", pw.toString(), "sessions")).isZero();
        assertThat(new DatabaseOpenException(DatabaseOpenException.Reason.MISSING_SALT, salt, null).backupCanHelp()).isFalse();
        assertThat(new DatabaseOpenException(DatabaseOpenException.Reason.DISK_FULL, salt, null).backupCanHelp())
                .as("the GUI offers no restore for a full disk").isFalse();
        assertThat(new DatabaseOpenException(DatabaseOpenException.Reason.READ_ONLY, salt, null).backupCanHelp()).isFalse();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
