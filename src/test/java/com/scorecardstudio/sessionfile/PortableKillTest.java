package com.scorecardstudio.sessionfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Integrity;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.PortableLoopDriver;
import com.scorecardstudio.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL at a random moment while exporting leaves the target the old file
 * or the new one, never a broken one; while importing, each import is all there or not at all.
 */
@org.junit.jupiter.api.Tag("slow")
class PortableKillTest {
    private static final int ROUNDS = Integer.getInteger("portableKillRounds", 6);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKillDuringExportLeavesTheOldOrTheNewFile() throws Exception {
        Path db = dir.resolve("export.mv.db");
        long en;
        long ru;
        try (Database d = TestDatabases.open(db)) {
            en = Demo.create(d.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
            ru = Demo.create(d.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22)).id();
        }
        Path target = dir.resolve("out.scorecard");
        Random random = new Random();
        for (int round = 0; round < ROUNDS; round++) {
            killAfter(random, "export", db.toString(), target.toString(), String.valueOf(en), String.valueOf(ru));
            SessionDocument doc = SessionFileFormat.read(target);
            assertThat(doc.session().title()).isIn("Strategy session 2027", "Стратегическая сессия 2027");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKillDuringImportLeavesEachImportWholeOrAbsent() throws Exception {
        Path source = dir.resolve("source.mv.db");
        Path file = dir.resolve("in.scorecard");
        int goals;
        try (Database d = TestDatabases.open(source)) {
            long id = Demo.create(d.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
            new SessionFiles(d.store(TestDatabases.fixedClock())).export(id, file);
            goals = new SessionFiles(d.store(TestDatabases.fixedClock())).read(id).goals().size();
        }
        Path db = dir.resolve("import.mv.db");
        Random random = new Random();
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged += killAfter(random, "import", db.toString(), file.toString());
            try (Database d = TestDatabases.open(db)) {
                Integrity.scan(d.connection());
                List<Session> sessions = new SessionRepository(d.dsl(), TestDatabases.fixedClock()).list();
                assertThat(sessions.size()).isGreaterThanOrEqualTo(acknowledged);
                for (Session s : sessions) {
                    assertThat(new SessionFiles(d.store(TestDatabases.fixedClock())).read(s.id()).goals())
                            .as("session %d is whole", s.id()).hasSize(goals);
                }
            }
        }
    }

    /** Starts the driver, waits for 1-3 finished operations, waits 0-40 ms more and kills it; returns the acknowledged count. */
    private int killAfter(Random random, String... args) throws Exception {
        int wanted = 1 + random.nextInt(3);
        Process child = ChildJvm.start(dir.resolve("home"), List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                PortableLoopDriver.class.getName(), args);
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        Thread errPump = new Thread(() -> {
            try {
                child.getErrorStream().transferTo(stderr);
            } catch (java.io.IOException e) {
                // ends with the process
            }
        });
        errPump.setDaemon(true);
        errPump.start();
        int done = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (done < wanted && (line = in.readLine()) != null) {
                if (line.startsWith("DONE ")) {
                    done++;
                }
            }
            if (done == wanted) {
                Thread.sleep(random.nextInt(41));
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        errPump.join(5_000);
        assertThat(done).as("the child acknowledged its operations: %s", stderr.toString(StandardCharsets.UTF_8))
                .isEqualTo(wanted);
        return done;
    }
}
