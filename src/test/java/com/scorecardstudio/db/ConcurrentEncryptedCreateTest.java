package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, F2: three processes creating one encrypted database at once ({@code --password-file pw demo}
 * started together). The salt used to be written before the database lock was taken, so a loser could
 * overwrite the winner's salt: the winner reported success and its database could never be opened again.
 * Now exactly one process creates it; the others say it already exists (or is in use) and change
 * nothing, or, started after the creation, simply use it. Twenty rounds, child JVMs as real users run them.
 */
@org.junit.jupiter.api.Tag("slow")
class ConcurrentEncryptedCreateTest {
    private static final int ROUNDS = 20;
    private static final int PROCESSES = 3;

    @TempDir
    Path dir;

    @Test
    void exactlyOneProcessCreatesTheDatabaseAndEveryAcknowledgedDemoIsInIt() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "correct horse\n");
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path folder = Files.createDirectories(dir.resolve("round-" + round));
            Path db = folder.resolve("demo.mv.db");
            List<Process> children = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                children.add(ChildJvm.start(dir.resolve("home"), List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"),
                        "com.scorecardstudio.Launcher", "--db", db.toString(), "--password-file", pw.toString(), "demo"));
            }
            int succeeded = 0;
            for (Process child : children) {
                String out = read(child.getInputStream());
                String err = read(child.getErrorStream());
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
                if (child.exitValue() == 0) {
                    succeeded++;
                    assertThat(out.strip().lines().reduce((a, b) -> b).orElse("")).as("round %d: %s", round, out).matches("\\d+");
                } else {
                    refused++;
                    assertThat(child.exitValue()).as("round %d: %s", round, err).isEqualTo(1);
                    assertThat(err.strip().lines()).as(err).hasSize(1);
                    assertThat(err).as("round %d", round).containsAnyOf("already exists", "in use by another program");
                }
            }
            assertThat(succeeded).as("round %d", round).isPositive();
            // the database opens with the password and holds exactly the demos that were reported
            try (Database opened = Database.open(db, new Backups(TestDatabases.fixedClock(), 10),
                    Database.BackupOnOpen.BEFORE_MIGRATION, Optional.of("correct horse".toCharArray()))) {
                assertThat(new SessionRepository(opened.dsl(), TestDatabases.fixedClock()).list()).extracting(Session::title)
                        .as("round %d", round).hasSize(succeeded);
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).as("temp files").isEmpty();
            }
        }
        System.out.printf("FIGURE concurrent encrypted create: %d rounds x %d processes, %d refused cleanly, 0 lost%n", ROUNDS,
                PROCESSES, refused);
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
