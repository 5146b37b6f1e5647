package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.OoxmlValidation;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dot-voting in the workbook (issue 14), from a real H2 file read back with POI: the goals sheet's
 * Dots column (only when anyone voted), the map cards' dots, and the workbook still valid and legible.
 */
class ExportVotesTest {
    @TempDir
    Path dir;

    private Path export(boolean votes, Language language) throws Exception {
        ExportData data;
        try (Database db = TestDatabases.open(dir.resolve("votes-" + votes + "-" + language.code() + ".mv.db"))) {
            Store store = db.store(TestDatabases.fixedClock());
            Session s = store.sessions().insert(new Session(null, UUID.randomUUID(), "Votes", "Vita", "", LocalDate.of(2026, 11, 22),
                    "", List.of(), 2027, "", null, null));
            Goal costs = new Goal(null, Stage.FINANCIAL, "cost_structure", "Cut costs", "", "Marina Orlova", Priority.HIGH,
                    List.of(Indicator.named("Cost per visit"), Indicator.named("Share of payroll")), List.of());
            store.goals().insert(s.id(), votes ? costs.withVotes(List.of(new Vote("Igor", 2), new Vote("Marina", 3))) : costs, 0);
            Goal grow = store.goals().insert(s.id(), Goal.titled(Stage.FINANCIAL, "profit_growth", "Grow"), 0);
            if (votes) {
                store.goals().setVote(grow.id(), "Igor", 1);
            }
            store.goals().insert(s.id(), Goal.titled(Stage.CUSTOMER, "service", "Serve"), 0);
            data = ExportData.read(store, s.id()).orElseThrow();
        }
        Path file = dir.resolve("votes-" + votes + "-" + language.code() + ".xlsx");
        ExcelExport.write(data, new Messages(language), file, null, p -> { });
        return file;
    }

    private static List<String> row(Sheet sheet, int r) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    private static Map<String, String> cards(Sheet map) {
        Map<String, String> cards = new HashMap<>();
        for (XSSFShape shape : ((XSSFDrawing) map.getDrawingPatriarch()).getShapes()) {
            if (shape instanceof XSSFSimpleShape s && s.getShapeType() == org.apache.poi.ss.usermodel.ShapeTypes.ROUND_RECT) {
                cards.put(s.getShapeName(), s.getText());
            }
        }
        return cards;
    }

    @Test
    void theGoalsSheetHasADotsColumnAfterTheOwnerAndTheMapCardsTheirDots() throws Exception {
        Path file = export(true, Language.EN);
        Messages m = new Messages(Language.EN);
        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(file.toFile())) {
            Sheet goals = wb.getSheet(SessionWorkbook.sheetName(m, "goals"));
            assertThat(row(goals, GoalsSheet.HEADER_ROW).subList(0, 6))
                    .containsExactly("Perspective", "Focus area", "Goal", "Owner", "Dots", "Indicator");
            assertThat(row(goals, GoalsSheet.HEADER_ROW)).hasSize(18);
            // a goal's dots on each of its indicator rows, as a number; 0 for a goal nobody voted for
            assertThat(row(goals, GoalsSheet.HEADER_ROW + 1).subList(2, 6)).containsExactly("Cut costs", "Marina Orlova", "5", "Cost per visit");
            assertThat(row(goals, GoalsSheet.HEADER_ROW + 2).subList(2, 6)).containsExactly("Cut costs", "Marina Orlova", "5", "Share of payroll");
            assertThat(row(goals, GoalsSheet.HEADER_ROW + 3).subList(2, 6)).containsExactly("Grow", "", "1", "no indicator yet");
            assertThat(row(goals, GoalsSheet.HEADER_ROW + 4).subList(2, 6)).containsExactly("Serve", "", "0", "no indicator yet");
            assertThat(goals.getRow(GoalsSheet.HEADER_ROW + 1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(goals.getRow(1).getCell(0).getStringCellValue()).contains("Dots = the goal's dots in dot-voting.");
            // the filter covers the new column
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) goals).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A4:R8");
            Sheet map = wb.getSheet(SessionWorkbook.sheetName(m, "map"));
            Map<String, String> cards = cards(map);
            assertThat(cards.get("Cut costs")).contains("Cut costs").contains("○○").endsWith("5 dots");
            assertThat(cards.get("Grow")).endsWith("1 dot");
            assertThat(cards.get("Serve")).doesNotContain("dot");
        }
        OoxmlValidation.assertValid(file);
        PrintLegibilityTest.assertLegible(file);
    }

    @Test
    void russianCardsAndHeaderSayTochki() throws Exception {
        Path file = export(true, Language.RU);
        Messages m = new Messages(Language.RU);
        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(file.toFile())) {
            Sheet goals = wb.getSheet(SessionWorkbook.sheetName(m, "goals"));
            assertThat(row(goals, GoalsSheet.HEADER_ROW).get(4)).isEqualTo("Точки");
            Map<String, String> cards = cards(wb.getSheet(SessionWorkbook.sheetName(m, "map")));
            assertThat(cards.get("Cut costs")).endsWith("5 точек");
            assertThat(cards.get("Grow")).endsWith("1 точка");
        }
        OoxmlValidation.assertValid(file);
        PrintLegibilityTest.assertLegible(file);
    }

    @Test
    void aSessionWithoutVotesKeepsItsColumnsAsBefore() throws Exception {
        Path file = export(false, Language.EN);
        Messages m = new Messages(Language.EN);
        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(file.toFile())) {
            Sheet goals = wb.getSheet(SessionWorkbook.sheetName(m, "goals"));
            assertThat(row(goals, GoalsSheet.HEADER_ROW)).hasSize(17).doesNotContain("Dots")
                    .startsWith("Perspective", "Focus area", "Goal", "Owner", "Indicator");
            assertThat(row(goals, GoalsSheet.HEADER_ROW + 1).get(4)).isEqualTo("Cost per visit");
            assertThat(goals.getRow(1).getCell(0).getStringCellValue()).doesNotContain("Dots");
            assertThat(cards(wb.getSheet(SessionWorkbook.sheetName(m, "map"))).values()).noneMatch(t -> t.contains("dot"));
        }
        OoxmlValidation.assertValid(file);
    }
}
