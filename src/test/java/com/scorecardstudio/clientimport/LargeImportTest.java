package com.scorecardstudio.clientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.db.ClientRepository;
import com.scorecardstudio.db.CriteriaRepository;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.TestDatabases;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports at the scale of issue 19, item 8: the memory bound of 100,000 rows and what a large
 * import leaves in the file. The time is measured by {@code bench.ImportBenchmark}, not here.
 */
@org.junit.jupiter.api.Tag("slow")
class LargeImportTest {
    @TempDir
    Path dir;
    private final Clock clock = TestDatabases.fixedClock();

    /** {@code rows} clients with revenue, three scores and a note; only the last row scores {@code tenure}. */
    static Path clientsCsv(Path file, int rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,segment,revenue,currency,margin,satisfaction,share_of_wallet,tenure,notes\n");
            for (int i = 0; i < rows; i++) {
                w.write("\"Client " + i + " LLC\",Segment " + (i % 17) + "," + (1000 + (i * 7919L) % 100_000_000) + "."
                        + (i % 100) + ",EUR," + (1 + i % 5) + "," + (1 + i / 5 % 5) + "," + (1 + i / 25 % 5) + ","
                        + (i == rows - 1 ? "3" : "") + ",Notes about client " + i + "\n");
            }
        }
        return file;
    }

    @Test
    void aHundredThousandClientsImportWithinHalfAGigabyteOfHeapAndTheFileGrowsInProportion() throws Exception {
        Path home = dir.resolve("home");
        Path db = dir.resolve("big.mv.db");
        ChildJvm.Result demo = ChildJvm.run(home, "--db", db.toString(), "demo");
        assertThat(demo.exitCode()).isZero();
        String id = demo.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
        long before = Files.size(db);
        Path csv = clientsCsv(dir.resolve("clients.csv"), 100_000);

        ChildJvm.Result r = ChildJvm.run(home, List.of("-Xmx512m"), Duration.ofMinutes(10),
                "--db", db.toString(), "import-clients", "--session", id, "--file", csv.toString());
        assertThat(r.stderr()).doesNotContain("OutOfMemoryError");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).startsWith("Imported: 100,000, updated: 0, rejected: 0.");
        // the data, not the way it was written: about twice the CSV (indexes, scores), not 160 MB
        long grown = Files.size(db) - before;
        assertThat(grown).as("growth %,d bytes for a %,d-byte file", grown, Files.size(csv)).isLessThan(3 * Files.size(csv));

        ChildJvm.Result clients = ChildJvm.run(home, List.of("-Xmx512m"), Duration.ofMinutes(5), "--db", db.toString(),
                "clients", "--session", id);
        assertThat(clients.exitCode()).isZero();
        assertThat(clients.stdout().lines().count()).isEqualTo(100_025);
    }

    @Test
    void aLargeImportThatFailsLeavesTheFileAtItsSizeOnceClosed() throws Exception {
        Path file = dir.resolve("failed.mv.db");
        long session;
        try (Database db = TestDatabases.open(file)) {
            session = new SessionRepository(db.dsl(), clock).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
            new ScoringService(db.dsl(), clock).sheet(session);
        }
        long before = Files.size(file);
        ImportTable table = new ClientFileReader().read(clientsCsv(dir.resolve("clients.csv"), 30_000));
        try (Database db = TestDatabases.open(file)) {
            ScoringService service = new ScoringService(db.dsl(), clock);
            List<Criterion> criteria = service.sheet(session).criteria();
            ImportPlan plan = ImportPlan.build(table, ColumnMapping.auto(table.headers(), criteria), criteria, Map.of());
            assertThat(plan.added()).hasSize(30_000);
            // tenure removed after the preview: the very last row's score cannot be stored, so all of it goes
            new CriteriaRepository(db.dsl(), clock).replace(session,
                    criteria.stream().filter(c -> !c.key().equals("tenure")).toList());
            assertThatThrownBy(() -> new ClientImporter(db.store(clock)).apply(session, plan, true, p -> { }))
                    .isInstanceOf(org.jooq.exception.DataAccessException.class);
            assertThat(new ClientRepository(db.dsl(), clock).count(session)).isZero();
            assertThat(Files.size(file)).as("written, then rolled back").isGreaterThan(before + (4 << 20));
        }
        assertThat(Files.size(file)).as("compacted at close").isLessThan(before + (256 << 10));
        try (Database db = TestDatabases.open(file)) {
            assertThat(new ClientRepository(db.dsl(), clock).count(session)).isZero();
        }
    }
}
