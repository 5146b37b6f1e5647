package com.scorecardstudio.bench;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DefaultCriteria;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Scoring;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.clientimport.ClientImport;
import com.scorecardstudio.clientimport.ClientFileReader;
import com.scorecardstudio.clientimport.ColumnMapping;
import com.scorecardstudio.clientimport.ImportPlan;
import com.scorecardstudio.clientimport.ImportTable;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.session.ClientsModel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The figures issue 5 asks for, measured (not a test: run it by hand, see docs/scoring.md):
 * <ol>
 *   <li>2,000 clients × 10 criteria: recomputing the whole matrix after one score change (target &lt; 20 ms),
 *       both the pure computation and the page's recompute (which also updates every row);</li>
 *   <li>importing a 2,000-row CSV into a session: read, check and write in one transaction (target &lt; 2 s).</li>
 * </ol>
 */
public final class ScoringBenchmark {
    private static final int CLIENTS = 2_000;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dir = Files.createTempDirectory("scoring-bench");
        System.out.printf("Java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        recomputePure();
        try (Database db = Database.open(dir.resolve("bench.mv.db"), new Backups(Clock.systemUTC(), 1),
                Database.BackupOnOpen.BEFORE_MIGRATION)) {
            recomputeOnThePage(db);
            importCsv(db, dir);
        }
    }

    private static List<Criterion> criteria() {
        List<Criterion> c = new ArrayList<>();
        List<Criterion> d = DefaultCriteria.create();
        for (int i = 0; i < d.size(); i++) {
            c.add(d.get(i).withId(1L + i).withWeight(BigDecimal.valueOf(1 + i % 3)));
        }
        return c;
    }

    private static void recomputePure() {
        List<Criterion> criteria = criteria();
        Random random = new Random(42);
        List<Client> clients = new ArrayList<>();
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        for (long id = 1; id <= CLIENTS; id++) {
            clients.add(new Client(id, "Client " + id, "", BigDecimal.valueOf(1000 + random.nextInt(1_000_000)), "EUR", ""));
            Map<Long, Integer> s = new HashMap<>();
            for (Criterion c : criteria) {
                s.put(c.id(), 1 + random.nextInt(5));
            }
            scores.put(id, s);
        }
        for (int i = 0; i < 200; i++) { // warm-up
            Scoring.compute(criteria, clients, scores, ScoringSettings.DEFAULT);
        }
        long[] times = new long[200];
        Matrix m = null;
        for (int i = 0; i < times.length; i++) {
            scores.get(1L + random.nextInt(CLIENTS)).put(1L + random.nextInt(10), 1 + random.nextInt(5));
            long t0 = System.nanoTime();
            m = Scoring.compute(criteria, clients, scores, ScoringSettings.DEFAULT);
            times[i] = System.nanoTime() - t0;
        }
        report("Matrix recompute, 2,000 clients x 10 criteria (domain)", times);
        System.out.printf("   (%d placed, %d concentrated)%n", m.placements().size() - m.notPlaced().size(), m.concentrated().size());
    }

    private static void recomputeOnThePage(Database db) {
        Clock clock = Clock.systemUTC();
        long session = new SessionRepository(db.dsl(), clock).insert(Session.draft(LocalDate.now()).withTitle("Bench")).id();
        ScoringService service = new ScoringService(db.dsl(), clock);
        List<Criterion> criteria = service.sheet(session).criteria();
        Random random = new Random(7);
        List<Client> clients = new ArrayList<>();
        List<Map<Long, Integer>> scores = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new Client(null, "Client " + i, "", BigDecimal.valueOf(1000 + random.nextInt(1_000_000)), "EUR", ""));
            Map<Long, Integer> s = new HashMap<>();
            criteria.forEach(c -> s.put(c.id(), 1 + random.nextInt(5)));
            scores.add(s);
        }
        db.dsl().transaction(cfg -> new com.scorecardstudio.db.ClientRepository(org.jooq.impl.DSL.using(cfg), clock)
                .insertAll(session, clients, scores));
        ClientsModel vm = new ClientsModel(session, service, new DirectTaskRunner(), new com.scorecardstudio.session.EditHistory(), () -> new Messages(Language.EN),
                Throwable::printStackTrace);
        vm.load();
        for (int i = 0; i < 100; i++) {
            vm.recompute();
        }
        long[] times = new long[100];
        for (int i = 0; i < times.length; i++) {
            var row = vm.rows().get(random.nextInt(CLIENTS));
            row.scores().put(criteria.get(random.nextInt(10)).id(), 1 + random.nextInt(5));
            long t0 = System.nanoTime();
            vm.recompute();
            times[i] = System.nanoTime() - t0;
        }
        report("Page recompute after one score change (matrix + 2,000 rows updated)", times);
    }

    private static void importCsv(Database db, Path dir) throws Exception {
        Clock clock = Clock.systemUTC();
        StringBuilder csv = new StringBuilder("name;segment;revenue;currency");
        List<String> keys = new ArrayList<>(DefaultCriteria.ATTRACTIVENESS);
        keys.addAll(DefaultCriteria.RELATIONSHIP);
        keys.forEach(k -> csv.append(';').append(k));
        csv.append('\n');
        Random random = new Random(3);
        for (int i = 0; i < CLIENTS; i++) {
            csv.append("\"Клиент ").append(i).append(" «Тест»\";Сегмент ").append(i % 7).append(';')
                    .append(random.nextInt(90_000_000)).append(",50;RUB");
            for (int k = 0; k < keys.size(); k++) {
                csv.append(';').append(1 + random.nextInt(5));
            }
            csv.append('\n');
        }
        Path file = dir.resolve("clients-2000.csv");
        Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf("CSV file: %,d rows, %,d bytes%n", CLIENTS, Files.size(file));
        long[] times = new long[5];
        long[] readOnly = new long[5];
        for (int run = 0; run < times.length; run++) {
            long session = new SessionRepository(db.dsl(), clock)
                    .insert(Session.draft(LocalDate.now()).withTitle("Import " + run)).id();
            List<Criterion> criteria = new ScoringService(db.dsl(), clock).sheet(session).criteria();
            long r0 = System.nanoTime();
            ImportTable t = new ClientFileReader().read(file);
            ImportPlan plan = ImportPlan.build(t, ColumnMapping.auto(t.headers(), criteria), criteria, Map.of());
            readOnly[run] = System.nanoTime() - r0;
            if (plan.added().size() != CLIENTS) {
                throw new IllegalStateException("rows rejected: " + plan.rejected());
            }
            long session2 = new SessionRepository(db.dsl(), clock)
                    .insert(Session.draft(LocalDate.now()).withTitle("Import b " + run)).id();
            long t0 = System.nanoTime();
            ClientImport.Outcome o = ClientImport.run(db.store(clock), session2, file);
            times[run] = System.nanoTime() - t0;
            if (o.result().imported() != CLIENTS) {
                throw new IllegalStateException("imported " + o.result());
            }
        }
        report("Read and check a 2,000-row CSV (no writing)", readOnly);
        report("Import a 2,000-row CSV: read, check, write in one transaction", times);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))] / 1e6;
        double max = sorted[sorted.length - 1] / 1e6;
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n", what, median, p95, max, nanos.length);
    }
}
