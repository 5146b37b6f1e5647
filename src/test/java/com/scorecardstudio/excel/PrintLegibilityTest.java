package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFTextParagraph;
import org.apache.poi.xssf.usermodel.XSSFTextRun;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing the workbook prints on A4 is smaller than 8 pt: every printed cell's font size and every
 * text run of the drawings, times the print scale of its sheet (the fixed scale, or the fit-to-page
 * scale worked out from the print area as a spreadsheet does), and every page's strip of columns fits
 * the page at that scale (nothing is cut or pushed onto a page of its own).
 */
public class PrintLegibilityTest {
    static final double MIN_POINTS = 8;

    static {
        // JDK 25's XML parsers stop at 100,000 characters of one text run; the large session's
        // sheets are longer (Excel has no such limit): reading them back here needs it lifted
        System.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        System.setProperty("jdk.xml.totalEntitySizeLimit", "0");
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDemoPrintsNothingBelow8Points(Language language) throws Exception {
        assertLegible(ExportSchemaTest.demo(dir, language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLargeSessionPrintsNothingBelow8Points(Language language) throws Exception {
        assertLegible(ExportSchemaTest.large(dir, language));
    }

    @Test
    void theHelperRowIsHiddenAndWideTablesRepeatTheirKeyColumns() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(ExportSchemaTest.large(dir, Language.RU).toFile())) {
            XSSFSheet scores = wb.getSheet(SessionWorkbook.sheetName(new com.scorecardstudio.i18n.Messages(Language.RU), "scores"));
            assertThat(scores.getRow(ScoresSheet.HELPER_ROW).getZeroHeight()).isTrue();
            assertThat(scores.getRepeatingColumns()).isEqualTo(new CellRangeAddress(-1, -1, 0, 0));
            assertThat(scores.getColumnBreaks()).isNotEmpty();
            XSSFSheet goals = wb.getSheet(SessionWorkbook.sheetName(new com.scorecardstudio.i18n.Messages(Language.RU), "goals"));
            assertThat(goals.getColumnBreaks()).hasSize(1);
            assertThat(goals.getRepeatingColumns()).isEqualTo(new CellRangeAddress(-1, -1, 2, 4));
        }
    }

    /** The check can fail: a table squeezed onto one page width prints its 10-point text below 8 points. */
    @Test
    void aSqueezedTableIsFound() throws Exception {
        Path file = dir.resolve("squeezed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("wide");
            for (int c = 0; c < 30; c++) {
                s.setColumnWidth(c, 20 * 256);
                s.createRow(0).createCell(c).setCellValue("text");
            }
            Row row = s.createRow(0);
            for (int c = 0; c < 30; c++) {
                row.createCell(c).setCellValue("text " + c);
            }
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            wb.write(out);
        }
        assertThat(problems(file)).isNotEmpty().anyMatch(p -> p.contains("wide"));
    }

    static void assertLegible(Path file) throws Exception {
        List<String> problems = problems(file);
        assertThat(problems).as(file.getFileName().toString()).isEmpty();
    }

    public static List<String> problems(Path file) throws Exception {
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                check(wb, wb.getSheetAt(i), problems);
            }
        }
        return problems;
    }

    private static void check(XSSFWorkbook wb, XSSFSheet sheet, List<String> problems) {
        PrintSetup ps = sheet.getPrintSetup();
        boolean landscape = ps.getLandscape();
        double pageW = (landscape ? SheetWriter.A4_LONG_PT : SheetWriter.A4_SHORT_PT)
                - 72 * (sheet.getMargin(Sheet.LeftMargin) + sheet.getMargin(Sheet.RightMargin));
        double pageH = (landscape ? SheetWriter.A4_SHORT_PT : SheetWriter.A4_LONG_PT)
                - 72 * (sheet.getMargin(Sheet.TopMargin) + sheet.getMargin(Sheet.BottomMargin));
        int lastRow = sheet.getLastRowNum();
        int lastCol = 0;
        for (Row r : sheet) {
            lastCol = Math.max(lastCol, r.getLastCellNum() - 1);
        }
        String area = wb.getPrintArea(wb.getSheetIndex(sheet));
        if (area != null) {
            CellRangeAddress a = CellRangeAddress.valueOf(area.substring(area.indexOf('!') + 1));
            lastRow = a.getLastRow();
            lastCol = a.getLastColumn();
        }
        double width = 0;
        for (int c = 0; c <= lastCol; c++) {
            width += sheet.isColumnHidden(c) ? 0 : SheetWriter.columnPoints(sheet.getColumnWidth(c) / 256.0);
        }
        double height = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            height += row == null ? sheet.getDefaultRowHeightInPoints() : row.getZeroHeight() ? 0 : row.getHeightInPoints();
        }
        double scale;
        if (sheet.getFitToPage()) {
            scale = 1;
            if (ps.getFitWidth() > 0) {
                scale = Math.min(scale, ps.getFitWidth() * pageW / width);
            }
            if (ps.getFitHeight() > 0) {
                scale = Math.min(scale, ps.getFitHeight() * pageH / height);
            }
        } else {
            scale = ps.getScale() / 100.0;
            // each strip of columns between the breaks, with the repeated columns, fits the page at this scale
            CellRangeAddress repeat = sheet.getRepeatingColumns();
            int from = 0;
            List<Integer> ends = new ArrayList<>();
            for (int b : sheet.getColumnBreaks()) {
                ends.add(b);
            }
            ends.add(lastCol);
            for (int end : ends) {
                double w = 0;
                if (repeat != null && from > repeat.getLastColumn()) {
                    for (int c = repeat.getFirstColumn(); c <= repeat.getLastColumn(); c++) {
                        w += sheet.isColumnHidden(c) ? 0 : SheetWriter.columnPoints(sheet.getColumnWidth(c) / 256.0);
                    }
                }
                for (int c = from; c <= Math.min(end, lastCol); c++) { // a hidden column does not print
                    w += sheet.isColumnHidden(c) ? 0 : SheetWriter.columnPoints(sheet.getColumnWidth(c) / 256.0);
                }
                if (w * scale > pageW) {
                    problems.add(sheet.getSheetName() + ": columns " + from + ".." + end + " are " + Math.round(w * scale)
                            + " pt wide at " + Math.round(scale * 100) + " %, the page " + Math.round(pageW) + " pt");
                }
                from = end + 1;
            }
        }
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getZeroHeight()) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getColumnIndex() > lastCol || sheet.isColumnHidden(cell.getColumnIndex()) || cell.getCellType() == CellType.BLANK
                        || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty()) {
                    continue;
                }
                double pt = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints() * scale;
                if (pt < MIN_POINTS - 1e-9) {
                    problems.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + String.format("%.1f", pt) + " pt printed");
                }
            }
        }
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFSimpleShape s) {
                    for (XSSFTextParagraph p : s.getTextParagraphs()) {
                        for (XSSFTextRun run : p.getTextRuns()) {
                            double pt = run.getFontSize() * scale;
                            if (!run.getText().isBlank() && pt < MIN_POINTS - 1e-9) {
                                problems.add(sheet.getSheetName() + ": shape \"" + s.getShapeName() + "\": "
                                        + String.format("%.1f", pt) + " pt printed");
                            }
                        }
                    }
                }
            }
        }
    }
}
