package com.scorecardstudio.bench;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.excel.ExcelExport;
import com.scorecardstudio.excel.ExportData;
import com.scorecardstudio.i18n.Messages;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The figures issue 6 asks for (not a test: run it by hand, see docs/export.md): export time and
 * peak heap for the demo (read from a real H2 file and written) and for a large session (200 goals,
 * 400 indicators, 600 initiatives, 2,000 clients × 10 criteria; built in memory, then written).
 * Run with {@code -Xmx256m} to show the large export fits the 256 MB target.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dir = Files.createTempDirectory("export-bench");
        System.out.printf("Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Messages en = new Messages(Language.EN);
        try (Database db = Database.open(dir.resolve("bench.mv.db"), new Backups(Clock.systemUTC(), 1),
                Database.BackupOnOpen.BEFORE_MIGRATION)) {
            Session demo = Demo.create(db.store(Clock.systemUTC()), Language.EN, LocalDate.now());
            for (int i = 0; i < 6; i++) {
                measure(i < 3 ? "demo (warm-up)" : "demo", dir.resolve("demo.xlsx"), () -> {
                    ExportData data = ExportData.read(db.store(Clock.systemUTC()), demo.id()).orElseThrow();
                    ExcelExport.write(data, en, dir.resolve("demo.xlsx"), null, p -> { });
                });
            }
        }
        ExportData large = large();
        // timed: computing the matrix and laying out the map (as a read does), then writing the workbook
        for (int i = 0; i < 4; i++) {
            measure(i == 0 ? "large (warm-up)" : "large", dir.resolve("large.xlsx"), () -> ExcelExport.write(
                    ExportData.of(large.content(), large.scoring(), StrategyMap.EMPTY), en, dir.resolve("large.xlsx"), null, p -> { }));
        }
        measure("large, with password", dir.resolve("large-pw.xlsx"), () -> ExcelExport.write(
                ExportData.of(large.content(), large.scoring(), StrategyMap.EMPTY), en, dir.resolve("large-pw.xlsx"),
                "secret".toCharArray(), p -> { }));
        System.out.println("Workbooks in " + dir);
    }

    interface Work {
        void run() throws Exception;
    }

    private static void measure(String what, Path file, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-22s %6d ms   peak heap %4d MB (%4d MB before)   %,d bytes%n", what, ms, peak >> 20, before >> 20,
                Files.size(file));
    }

    /** 200 goals (50 per stage), 2 indicators and 3 initiatives each, 2,000 clients scored on 10 criteria. */
    public static ExportData large() {
        Random random = new Random(6);
        List<Goal> goals = new ArrayList<>();
        long id = 1;
        for (int g = 0; g < 200; g++) {
            Stage stage = Stage.values()[g % 4];
            String area = stage.areas().get(g % stage.areas().size());
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                indicators.add(new Indicator(id++, "Indicator " + g + "." + i + " share of repeat requests", "%", null,
                        BigDecimal.valueOf(random.nextInt(50)), LocalDate.of(2026, 1, 1), BigDecimal.valueOf(50 + random.nextInt(50)),
                        LocalDate.of(2027, 12, 31), "about 4,000 clients a year", BigDecimal.valueOf(random.nextInt(1_000_000)),
                        "EUR a year", "CRM", null,
                        List.of(new Measurement(id++, LocalDate.of(2026, 6, 30), BigDecimal.valueOf(random.nextInt(80))))));
            }
            List<Initiative> initiatives = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                initiatives.add(new Initiative(id++, "Initiative " + g + "." + i + ": a concrete step with an owner", "Owner " + (g % 9),
                        LocalDate.of(2027, 1 + random.nextInt(6), 1), LocalDate.of(2027, 6 + random.nextInt(6), 28),
                        BigDecimal.valueOf(random.nextInt(500) * 1000L), InitiativeStatus.values()[random.nextInt(4)]));
            }
            goals.add(new Goal(id++, stage, area, "Goal " + g + ": move a key figure the client cares about", "", "Owner " + (g % 7),
                    null, indicators, initiatives));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            criteria.add(new Criterion((long) c + 1, c < 5 ? Axis.ATTRACTIVENESS : Axis.RELATIONSHIP, "c" + c, "Criterion " + c,
                    BigDecimal.valueOf(1 + random.nextInt(300), 2)));
        }
        List<Client> clients = new ArrayList<>();
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        for (long c = 1; c <= 2_000; c++) {
            clients.add(new Client(c, "Client " + c + " Ltd", "Segment " + (c % 12), BigDecimal.valueOf(10_000 + random.nextInt(5_000_000)),
                    "EUR", ""));
            Map<Long, Integer> s = new HashMap<>();
            for (Criterion k : criteria) {
                if (random.nextInt(20) > 0) {
                    s.put(k.id(), 1 + random.nextInt(5));
                }
            }
            scores.put(c, s);
        }
        Session session = new Session(1L, UUID.randomUUID(), "Large session", "Big client", "", LocalDate.of(2026, 11, 22), "F",
                List.of(), 2027, "", null, null);
        ScoringSheet scoring = new ScoringSheet(1, criteria, clients, scores, ScoringSettings.DEFAULT);
        SessionContent content = new SessionContent(session, goals, List.of(), List.of(), List.of());
        return ExportData.of(content, scoring, StrategyMap.EMPTY);
    }
}
