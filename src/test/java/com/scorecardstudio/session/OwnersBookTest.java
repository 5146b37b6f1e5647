package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.checkinbook.CheckinImport;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owners' workbook from the open session, as the Check-in page drives it: export, a conflict with an
 * actual typed in the app meanwhile, settled by keeping theirs, recorded as one step that one undo
 * takes back whole (in the page and in the database) and one redo brings back.
 */
class OwnersBookTest {
    @TempDir
    Path dir;
    private Database db;
    private Store store;
    private OpenSession open;
    private final List<Throwable> failures = new ArrayList<>();
    private long first;
    private long second;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(dir.resolve("s.mv.db"));
        store = db.store(TestDatabases.fixedClock());
        Session session = store.sessions().insert(Session.draft(LocalDate.of(2026, 5, 20)).withTitle("Clinic"));
        Goal g = store.goals().insert(session.id(), new Goal(null, Stage.CUSTOMER, Stage.CUSTOMER.areas().get(0), "Patients return",
                "", "Anna", null, List.of(
                        new Indicator(null, "Repeat visits", "%", Direction.UP, new BigDecimal("20"), null, new BigDecimal("30"),
                                null, "", null, "", "", null, List.of()),
                        new Indicator(null, "Waiting time", "min", Direction.DOWN, new BigDecimal("30"), null, new BigDecimal("20"),
                                null, "", null, "", "", null, List.of())), List.of()), 0);
        first = g.indicators().get(0).id();
        second = g.indicators().get(1).id();
        store.checkins().saveSchedule(session.id(), ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2026, 6, 1)));
        open = new OpenSession(session, store, new DirectTaskRunner(), new ManualScheduler(), () -> 0L,
                new Messages(Language.EN), failures::add);
        open.load();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(failures).isEmpty();
    }

    private List<String> stored() {
        return store.checkins().read(open.session().id()).actuals().stream()
                .map(a -> a.indicatorId() + " " + a.period().id() + " " + a.value().toPlainString()).sorted().toList();
    }

    @Test
    void aConflictSettledAsTheirsIsImportedAsOneStepThatOneUndoTakesBack() throws Exception {
        Path exported = dir.resolve("owners.xlsx");
        AtomicReference<OwnersBook.Result> result = new AtomicReference<>();
        open.ownersBook().export(exported, Language.RU, result::set);
        assertThat(result.get()).isEqualTo(new OwnersBook.Result(12, java.util.Optional.empty()));

        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                Cell key = r.getCell(9);
                String k = key == null ? "" : key.getStringCellValue();
                if (k.endsWith("-I" + first + "-2026-11")) {
                    r.getCell(7).setCellValue(5);
                } else if (k.endsWith("-I" + second + "-2026-10")) {
                    r.getCell(7).setCellValue("7,5"); // typed as text, the Russian way
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        // meanwhile the facilitator typed the first indicator's November actual in the app
        CheckinModel checkins = open.checkins();
        checkins.periodProperty().set(Period.parse("2026-11"));
        CheckinRow row = checkins.rows().stream().filter(r -> r.indicatorId() == first).findFirst().orElseThrow();
        assertThat(checkins.setActual(row, "9")).isEmpty();
        assertThat(stored()).containsExactly(first + " 2026-11 9");

        AtomicReference<OwnersBook.Reading> read = new AtomicReference<>();
        open.ownersBook().read(filled, read::set);
        assertThat(read.get().refused()).isEmpty();
        assertThat(read.get().plan().acceptable()).isFalse();
        assertThat(read.get().plan().conflicts()).singleElement()
                .satisfies(c -> assertThat(List.of(c.mine(), c.theirs(), c.exported())).containsExactly("9", "5", ""));
        assertThat(open.ownersBook().apply(read.get())).contains("This workbook cannot be imported as it is.");
        assertThat(stored()).containsExactly(first + " 2026-11 9");

        OwnersBook.Reading theirs = open.ownersBook().settle(read.get(), CheckinImport.Keep.THEIRS);
        assertThat(theirs.plan().acceptable()).isTrue();
        assertThat(open.ownersBook().apply(theirs)).isEmpty();
        assertThat(stored()).containsExactlyInAnyOrder(first + " 2026-11 5", second + " 2026-10 7.5");
        assertThat(row.actual.textProperty().get()).as("the page shows it").isEqualTo("5");

        open.undo();
        assertThat(stored()).as("one undo takes the whole import back").containsExactly(first + " 2026-11 9");
        assertThat(row.actual.textProperty().get()).isEqualTo("9");
        open.redo();
        assertThat(stored()).containsExactlyInAnyOrder(first + " 2026-11 5", second + " 2026-10 7.5");
    }
}
