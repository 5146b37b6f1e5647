package com.scorecardstudio.bench;

import com.scorecardstudio.checkinbook.CheckinBook;
import com.scorecardstudio.checkinbook.CheckinBookData;
import com.scorecardstudio.checkinbook.CheckinBookReader;
import com.scorecardstudio.checkinbook.CheckinBookWriter;
import com.scorecardstudio.checkinbook.CheckinImport;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.SummaryReport;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.CheckinModel;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.ui.checkin.CheckinPage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Check-in figures (issue 17) on 200 indicators × 12 monthly periods of actuals, on a real H2 file:
 * the Check-in page showing another period (model rows, page rebuilt, CSS and layout pass; target
 * &lt; 200 ms) and the summary with its {@code ## Results} section. Run like the other benchmarks
 * (README, Benchmarks), class {@code com.scorecardstudio.bench.CheckinBenchmark}.
 */
public final class CheckinBenchmark {
    private static final int GOALS = 50;
    private static final int PER_GOAL = 4;
    private static final int PERIODS = 12;

    public static void main(String[] args) throws Exception {
        BenchData.headlessFx();
        Path dir = Files.createTempDirectory("checkin-bench");
        Database db = Database.open(dir.resolve("bench.mv.db"), new Backups(Clock.systemUTC(), 1), Database.BackupOnOpen.BEFORE_MIGRATION);
        Store store = db.store(Clock.systemUTC());
        long session = store.sessions().insert(Session.draft(LocalDate.of(2027, 1, 1)).withTitle("Bench")).id();
        List<Long> indicators = new ArrayList<>();
        for (int g = 0; g < GOALS; g++) {
            Stage stage = Stage.values()[g % 4];
            List<Indicator> inds = new ArrayList<>();
            for (int i = 0; i < PER_GOAL; i++) {
                inds.add(new Indicator(null, "Indicator " + g + "." + i, "%", i % 2 == 0 ? Direction.UP : Direction.DOWN,
                        new BigDecimal(50), LocalDate.of(2026, 12, 31), new BigDecimal(i % 2 == 0 ? 80 : 20),
                        LocalDate.of(2027, 12, 31), "1,000 customers", new BigDecimal(100000), "RUB", "CRM", null, List.of()));
            }
            Goal stored = store.goals().insert(session, new Goal(null, stage, stage.areas().get(0), "Goal " + g, "", "Owner " + g,
                    null, inds, List.of()), g);
            stored.indicators().forEach(i -> indicators.add(i.id()));
        }
        store.checkins().saveSchedule(session, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1)));
        List<Actual> actuals = new ArrayList<>();
        Period p = Period.parse("2027-01");
        for (int k = 0; k < PERIODS; k++, p = p.next()) {
            for (int n = 0; n < indicators.size(); n++) {
                actuals.add(new Actual(indicators.get(n), p, new BigDecimal(50 + (n % 2 == 0 ? k * 2 : -k * 2)), k % 3 == 0 ? "note" : ""));
            }
        }
        long t0 = System.nanoTime();
        store.checkins().saveAll(session, actuals);
        System.out.printf("Java %s, %d cores; %d indicators × %d periods%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), indicators.size(), PERIODS);
        System.out.printf("Storing %d actuals in one transaction: %.0f ms%n", actuals.size(), (System.nanoTime() - t0) / 1e6);

        long[] summary = new long[10];
        for (int i = 0; i < summary.length + 3; i++) {
            long s0 = System.nanoTime();
            SummaryReport.markdown(store, session, new Messages(Language.EN)).orElseThrow();
            if (i >= 3) {
                summary[i - 3] = System.nanoTime() - s0;
            }
        }
        report("Summary with ## Results", summary);
        ownersWorkbook(store, session, dir);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Autosave autosave = new Autosave(new DirectTaskRunner(), new ManualScheduler(), Duration.ofMillis(500),
                    Duration.ofSeconds(1), Throwable::printStackTrace);
            EditHistory history = new EditHistory();
            Messages messages = new Messages(Language.EN);
            GoalsModel goals = new GoalsModel(session, store.goals(), autosave, history, messages);
            CheckinModel model = new CheckinModel(session, goals, store.checkins(), autosave, history, messages,
                    () -> LocalDate.of(2027, 12, 15));
            goals.load();
            model.load();
            CheckinPage page = new CheckinPage(model, messages, () -> LocalDate.of(2027, 12, 15));
            Scene scene = new Scene(page, 1400, 900);
            page.applyCss();
            page.layout();
            List<Period> periods = model.periods();
            long[] t = new long[40];
            long[] rows = new long[40];
            for (int i = 0; i < t.length + 5; i++) {
                long s0 = System.nanoTime();
                model.periodProperty().set(periods.get(i % periods.size()));
                long s1 = System.nanoTime();
                page.applyCss();
                page.layout();
                if (i >= 5) {
                    t[i - 5] = System.nanoTime() - s0;
                    rows[i - 5] = s1 - s0;
                }
            }
            report("Check-in page shows another period (rows, CSS, layout)", t);
            report("   of which the model's rows and rebinding the lines", rows);
            if (scene.getRoot() != page) {
                throw new IllegalStateException();
            }
            done.countDown();
        });
        done.await();
        db.close();
        Platform.exit();
        System.exit(0);
    }

    /**
     * The owners' check-in workbook of all 200 × 12 rows: its export (rows read, workbook built and
     * written through a temp file) and the import of a workbook in which every actual was changed
     * (file read and checked, 2,400 changes planned and written in one transaction; target < 2 s each).
     */
    private static void ownersWorkbook(Store store, long session, Path dir) throws Exception {
        Messages messages = new Messages(Language.EN);
        LocalDate today = LocalDate.of(2027, 12, 15);
        Path book = dir.resolve("owners.xlsx");
        long[] export = new long[7];
        long[] reading = new long[export.length];
        for (int i = 0; i < export.length + 2; i++) {
            long s0 = System.nanoTime();
            CheckinBookData data = CheckinBookData.read(store, session, null, null, today);
            long s1 = System.nanoTime();
            CheckinBookWriter.write(data, messages, book);
            if (i >= 2) {
                export[i - 2] = System.nanoTime() - s0;
                reading[i - 2] = s1 - s0;
            }
        }
        report("Check-in workbook export, 2,400 rows (" + Files.size(book) / 1024 + " KB)", export);
        report("   of which reading the rows from the database", reading);
        long[] memory = new long[export.length];
        CheckinBookData data = CheckinBookData.read(store, session, null, null, today);
        for (int i = 0; i < memory.length + 2; i++) {
            long s0 = System.nanoTime();
            CheckinBookWriter.write(data, messages, new java.io.ByteArrayOutputStream());
            if (i >= 2) {
                memory[i - 2] = System.nanoTime() - s0;
            }
        }
        report("   the workbook built and zipped in memory (the rest is the safe write: temp file, fsync, move)", memory);
        Path[] filled = {dir.resolve("filled-a.xlsx"), dir.resolve("filled-b.xlsx")};
        for (int k = 0; k < 2; k++) {
            int add = k + 1;
            try (var in = Files.newInputStream(book); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
                 var out = Files.newOutputStream(filled[k])) {
                for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(0)) {
                    var cell = r.getCell(CheckinBook.COL_ACTUAL);
                    if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        cell.setCellValue(cell.getNumericCellValue() + add);
                    }
                }
                wb.write(out);
            }
        }
        java.util.UUID sessionUid = store.sessions().find(session).orElseThrow().uid();
        long[] imports = new long[6];
        for (int i = 0; i < imports.length + 2; i++) {
            long s0 = System.nanoTime();
            CheckinBookReader.Book read = CheckinBookReader.read(filled[i % 2], session, sessionUid);
            java.util.Set<Long> ids = new java.util.HashSet<>();
            store.goals().list(session).forEach(g -> g.indicators().forEach(ind -> ids.add(ind.id())));
            CheckinImport.Plan plan = CheckinImport.plan(read, store.checkins().read(session), ids, id -> "#" + id,
                    CheckinImport.Keep.THEIRS);
            if (!plan.acceptable() || plan.changed() != GOALS * PER_GOAL * PERIODS) {
                throw new IllegalStateException("the import would change " + plan.changed() + ": " + plan.refusals());
            }
            CheckinImport.apply(store, session, plan);
            if (i >= 2) {
                imports[i - 2] = System.nanoTime() - s0;
            }
        }
        report("Check-in workbook import, 2,400 actuals changed (read, checked, written)", imports);
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)%n", what, s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.9)] / 1e6, s[s.length - 1] / 1e6, s.length);
    }
}
