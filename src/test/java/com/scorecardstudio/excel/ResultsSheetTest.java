package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.OoxmlValidation;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's Results sheet (issue 17): each indicator's status and impact statement, for a session with review periods. */
class ResultsSheetTest {
    @TempDir
    Path dir;

    private Indicator indicator;

    private Path export(boolean reviewed, Language language) throws Exception {
        ExportData data;
        try (Database db = TestDatabases.open(dir.resolve("r-" + reviewed + language.code() + ".mv.db"))) {
            Store store = db.store(TestDatabases.fixedClock());
            long session = Demo.create(store, language, LocalDate.of(2026, 11, 22)).id();
            indicator = store.goals().list(session).stream().flatMap(g -> g.indicators().stream())
                    .filter(i -> i.baselineValue() != null && i.targetValue() != null).findFirst().orElseThrow();
            if (reviewed) {
                Period now = Period.containing(Cadence.QUARTERLY, LocalDate.now());
                store.checkins().saveSchedule(session, ReviewSchedule.of(Cadence.QUARTERLY, now.previous().start()));
                store.checkins().saveAll(session, List.of(
                        new Actual(indicator.id(), now.previous(), indicator.baselineValue(), ""),
                        new Actual(indicator.id(), now, indicator.targetValue(), "after the new price list")));
            }
            data = ExportData.read(store, session).orElseThrow();
        }
        Path file = dir.resolve("r-" + reviewed + language.code() + ".xlsx");
        ExcelExport.write(data, new Messages(language), file, null, p -> { });
        return file;
    }

    private static List<String> row(Sheet sheet, int r) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    @Test
    void aReviewedSessionGetsAResultsSheetAfterTheGoalsWithEachIndicatorsImpact() throws Exception {
        Path file = export(true, Language.EN);
        OoxmlValidation.assertValid(file);
        PrintLegibilityTest.assertLegible(file);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names.indexOf("Results")).isEqualTo(names.indexOf("Goals & indicators") + 1);
            Sheet results = wb.getSheet("Results");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= results.getLastRowNum(); r++) {
                rows.add(row(results, r));
            }
            assertThat(rows.get(1).get(0)).startsWith("Review period " + Period.containing(Cadence.QUARTERLY, LocalDate.now()).id());
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Financial").anyMatch(c -> c.startsWith("On track: 1 of 1")));
            List<String> header = rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals("Perspective")).findFirst().orElseThrow();
            assertThat(header).containsExactly("Perspective", "Goal", "Indicator", "Owner", "Status", "Before", "After", "Change",
                    "Scale", "Sustainability", "Value", "To check");
            List<String> mine = rows.stream().filter(r -> r.size() > 4 && r.get(2).startsWith(indicator.name())).findFirst().orElseThrow();
            assertThat(mine.get(4)).isEqualTo("on track");
            assertThat(mine.get(5)).isNotBlank();
            assertThat(mine.get(6)).contains("mean of");
            assertThat(mine.get(7)).endsWith("better");
            // the dashboard's contents list the new sheet too, as a link
            List<String> dashboard = new ArrayList<>();
            for (int r = 0; r <= wb.getSheet("Dashboard").getLastRowNum(); r++) {
                dashboard.addAll(row(wb.getSheet("Dashboard"), r));
            }
            assertThat(dashboard).contains("Results");
            assertThat(results.getRepeatingRows()).isNotNull();
        }
    }

    @Test
    void inRussianAndWithoutReviewPeriodsNoneAtAll() throws Exception {
        Path ru = export(true, Language.RU);
        OoxmlValidation.assertValid(ru);
        PrintLegibilityTest.assertLegible(ru);
        try (Workbook wb = WorkbookFactory.create(ru.toFile(), null, true)) {
            assertThat(wb.getSheet("Результаты")).isNotNull();
            assertThat(row(wb.getSheet("Результаты"), 0)).containsExactly("Результаты");
        }
        try (Workbook wb = WorkbookFactory.create(export(false, Language.EN).toFile(), null, true)) {
            assertThat(wb.getSheet("Results")).isNull();
            assertThat(wb.getNumberOfSheets()).isEqualTo(SessionWorkbook.SHEETS.length);
        }
    }
}
