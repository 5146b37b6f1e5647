package com.scorecardstudio.checkinbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.CliRunner;
import com.scorecardstudio.testing.OoxmlValidation;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owners' round trip: export the check-in workbook, fill it with another writer than ours (POI's
 * user model, as a client program would), import it through the command line, compare.
 */
class CheckinBookRoundTripTest {
    @TempDir
    Path dir;

    private CheckinBookFixture fx;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        fx = new CheckinBookFixture(dir);
        cli = new CliRunner(dir);
    }

    private Path export(String... extra) {
        Path file = dir.resolve("owners.xlsx");
        List<String> args = new java.util.ArrayList<>(List.of("--db", fx.db.toString(), "checkin-export", "--session",
                String.valueOf(fx.session), "--out", file.toString()));
        args.addAll(List.of(extra));
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        return file;
    }

    private int importFile(Path file, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--db", fx.db.toString(), "checkin-import", "--session",
                String.valueOf(fx.session), "--file", file.toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    /** Opens the workbook as a client program would, lets {@code edit} change it, saves it under a new name. */
    static Path fill(Path exported, Path filled, Editor edit) throws Exception {
        // from a stream: a workbook opened on a File writes itself back there when closed
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.apply(new Book(wb.getSheetAt(0)));
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    interface Editor {
        void apply(Book b) throws Exception;
    }

    /** The data sheet, its rows found by indicator id and period through the hidden key. */
    record Book(XSSFSheet sheet) {
        Row row(long indicator, String period) {
            for (Row r : sheet) {
                Cell key = r.getCell(CheckinBook.COL_KEY);
                if (key != null && key.getCellType() == CellType.STRING && key.getStringCellValue().endsWith("-I" + indicator + "-" + period)) {
                    return r;
                }
            }
            throw new AssertionError("no row for " + indicator + " " + period);
        }

        Cell actual(long indicator, String period) {
            Row r = row(indicator, period);
            return r.getCell(CheckinBook.COL_ACTUAL) != null ? r.getCell(CheckinBook.COL_ACTUAL) : r.createCell(CheckinBook.COL_ACTUAL);
        }

        Cell note(long indicator, String period) {
            Row r = row(indicator, period);
            return r.getCell(CheckinBook.COL_NOTE) != null ? r.getCell(CheckinBook.COL_NOTE) : r.createCell(CheckinBook.COL_NOTE);
        }
    }

    @Test
    void anOwnerFillsTheWorkbookAndEveryActualArrivesWhetherTypedAsNumberOrAsTextInEitherLocale() throws Exception {
        Path exported = export();
        List<Long> ids = fx.indicators;
        Path filled = fill(exported, dir.resolve("filled.xlsx"), b -> {
            b.actual(ids.get(0), "2026-11").setCellValue(72.5);
            b.note(ids.get(0), "2026-11").setCellValue("spring campaign ran in parallel");
            b.actual(ids.get(1), "2026-11").setCellValue("1 234,5");     // Russian habits, typed as text
            b.actual(ids.get(2), "2026-11").setCellValue("1,234.5");     // English habits, typed as text
            b.actual(ids.get(3), "2026-10").setCellValue("  64 ");
            b.note(ids.get(4), "2026-09").setCellValue("=not a formula, a note");
            // "45%" typed into a cell: Excel keeps 0.45 under a percent format; the owner meant 45
            Cell percent = b.actual(ids.get(5), "2026-09");
            var style = b.sheet().getWorkbook().createCellStyle();
            style.cloneStyleFrom(percent.getCellStyle());
            style.setDataFormat(b.sheet().getWorkbook().createDataFormat().getFormat("0%"));
            percent.setCellStyle(style);
            percent.setCellValue(0.45);
            b.actual(ids.get(4), "2026-10").setCellValue("38 %");
        });
        Map<String, String> before = fx.actuals();

        assertThat(importFile(filled)).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(fx.actual(0, "2026-11")).isEqualTo("72.5|spring campaign ran in parallel");
        assertThat(fx.actual(1, "2026-11")).as("the note exported with it stays").isEqualTo("1234.5|figures next week");
        assertThat(fx.actual(2, "2026-11")).isEqualTo("1234.5|");
        assertThat(fx.actual(3, "2026-10")).isEqualTo("64|");
        assertThat(fx.actual(4, "2026-09")).isEqualTo("|=not a formula, a note");
        assertThat(fx.actual(5, "2026-09")).isEqualTo("45|");
        assertThat(fx.actual(4, "2026-10")).isEqualTo("38|");
        Map<String, String> after = fx.actuals();
        List<String> touched = List.of(ids.get(0) + "@2026-11", ids.get(1) + "@2026-11", ids.get(2) + "@2026-11",
                ids.get(3) + "@2026-10", ids.get(4) + "@2026-09", ids.get(5) + "@2026-09", ids.get(4) + "@2026-10");
        after.keySet().removeAll(touched);
        before.keySet().removeAll(touched);
        assertThat(after).as("nothing else changed").isEqualTo(before);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).matches("\\d+\tH\tchanged\t2026-11 · Indicator 0.0: — → 72.5");
        assertThat(lines).last().isEqualTo("Imported: 7 actuals changed, 36 rows read.");

        assertThat(importFile(filled)).as("the same workbook again changes nothing").isZero();
        assertThat(cli.out().strip()).isEqualTo("Imported: 0 actuals changed, 36 rows read.");
    }

    @Test
    void anEmptyCellChangesNothingAndAnUntouchedWorkbookImportsNothing() throws Exception {
        Path exported = export();
        Map<String, String> before = fx.actuals();
        Path filled = fill(exported, dir.resolve("cleared.xlsx"), b -> {
            b.row(fx.indicators.get(0), "2026-10").removeCell(b.actual(fx.indicators.get(0), "2026-10"));
            b.note(fx.indicators.get(1), "2026-11").setCellValue("");
        });
        assertThat(importFile(filled)).isZero();
        assertThat(fx.actuals()).isEqualTo(before);
        assertThat(importFile(exported)).isZero();
        assertThat(fx.actuals()).isEqualTo(before);
    }

    @Test
    void oneBadCellRefusesTheWholeWorkbookWithEveryReasonByRowAndColumn() throws Exception {
        Path exported = export();
        Map<String, String> before = fx.actuals();
        List<Long> ids = fx.indicators;
        int[] rows = new int[3];
        Path filled = fill(exported, dir.resolve("bad.xlsx"), b -> {
            b.actual(ids.get(0), "2026-11").setCellValue(70);                 // fine on its own
            b.actual(ids.get(1), "2026-10").setCellValue("seventy");
            rows[0] = b.row(ids.get(1), "2026-10").getRowNum() + 1;
            b.actual(ids.get(2), "2026-10").setCellValue("1,234");             // grouped thousands or decimals?
            rows[1] = b.row(ids.get(2), "2026-10").getRowNum() + 1;
            b.actual(ids.get(0), "2026-06").setCellValue(99);                  // a closed period (locked cell, unprotected on purpose)
            rows[2] = b.row(ids.get(0), "2026-06").getRowNum() + 1;
            b.actual(ids.get(3), "2026-09").setCellFormula("1+1");
        });
        assertThat(importFile(filled)).isEqualTo(1);
        assertThat(fx.actuals()).as("all or nothing").isEqualTo(before);
        assertThat(cli.err().lines()).singleElement().asString()
                .startsWith("Nothing was imported: 4 of the workbook's cells were refused or in conflict. First: row ");
        String out = cli.out();
        assertThat(out).contains(rows[0] + "\tH\trefused\t\"seventy\" is not a number.")
                .contains(rows[1] + "\tH\trefused\t\"1,234\" can be read as 1234 or as 1.234: type it as a number.")
                .contains(rows[2] + "\tH\trefused\t2026-06 is closed: its actuals cannot change. Unlock it in the app first.")
                .contains("\tH\trefused\tA formula (=1+1): type the value itself.")
                .contains("\tH\tchanged\t2026-11 · Indicator 0.0: — → 70");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("Nothing imported: 4 cells refused, 0 conflicts.");
    }

    @Test
    void anActualChangedInTheAppSinceTheExportIsAConflictSettledOnlyByKeepTheirsOrMine() throws Exception {
        Path exported = export();
        long ind = fx.indicators.get(0);
        Path filled = fill(exported, dir.resolve("theirs.xlsx"), b -> {
            b.actual(ind, "2026-10").setCellValue(61);
            b.actual(fx.indicators.get(5), "2026-11").setCellValue(10);
        });
        try (var d = fx.open()) {
            fx.store(d).checkins().save(fx.session, new com.scorecardstudio.domain.impact.Actual(ind,
                    com.scorecardstudio.domain.impact.Period.parse("2026-10"), new java.math.BigDecimal("62"), ""));
        }
        Map<String, String> before = fx.actuals();
        assertThat(importFile(filled)).isEqualTo(1);
        assertThat(fx.actuals()).isEqualTo(before);
        assertThat(cli.out()).contains("\tH\tconflict\t2026-10 · Indicator 0.0: changed in the app since the export (yours: 62)"
                + " and in the workbook (theirs: 61; exported: 60.5). Choose which to keep.");
        assertThat(cli.err()).contains("First: row ").contains("yours: 62");

        assertThat(importFile(filled, "--keep", "mine", "--dry-run")).isZero();
        assertThat(cli.out()).contains("\tH\tkept-mine\t").contains("Dry run, nothing written: 1 actual would change");
        assertThat(fx.actuals()).as("a dry run writes nothing").isEqualTo(before);

        assertThat(importFile(filled, "--keep", "theirs")).isZero();
        assertThat(fx.actual(0, "2026-10")).isEqualTo("61|");
        assertThat(fx.actual(5, "2026-11")).isEqualTo("10|");
    }

    @Test
    void theWorkbookIsValidProtectedWithOnlyTheInputsUnlockedAndValidatedAndItsKeysHidden() throws Exception {
        Path file = export("--lang", "ru");
        OoxmlValidation.assertValid(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Замеры");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(wb.isStructureLocked()).isTrue();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(CheckinBook.META_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            for (int c = CheckinBook.COL_KEY; c < CheckinBook.COLUMNS; c++) {
                assertThat(sheet.isColumnHidden(c)).isTrue();
            }
            int open = 0;
            int closed = 0;
            for (Row r : sheet) {
                Cell key = r.getCell(CheckinBook.COL_KEY);
                if (key == null || !key.getStringCellValue().startsWith("S")) {
                    continue;
                }
                boolean isClosed = key.getStringCellValue().endsWith("2026-06");
                for (int c = 0; c < CheckinBook.COL_KEY; c++) {
                    boolean input = c == CheckinBook.COL_ACTUAL || c == CheckinBook.COL_NOTE;
                    assertThat(r.getCell(c).getCellStyle().getLocked()).as("row %d col %d", r.getRowNum(), c).isEqualTo(!input || isClosed);
                }
                if (isClosed) {
                    closed++;
                    assertThat(r.getCell(CheckinBook.COL_PERIOD).getStringCellValue()).isEqualTo("2026-06 (закрыт)");
                } else {
                    open++;
                }
            }
            assertThat(open).isEqualTo(30);
            assertThat(closed).isEqualTo(6);
            assertThat(sheet.getDataValidations()).hasSize(2).allSatisfy(v -> {
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                assertThat(v.getErrorBoxText()).isNotBlank();
            });
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Впишите фактическое значение");
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            // an indicator named like a formula stays text
            boolean quoted = false;
            for (Row r : sheet) {
                Cell c = r.getCell(CheckinBook.COL_INDICATOR);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=")) {
                    quoted = c.getCellStyle().getQuotePrefixed();
                }
            }
            assertThat(quoted).isTrue();
        }
        assertThat(com.scorecardstudio.excel.PrintLegibilityTest.problems(file)).isEmpty();
    }

    @Test
    void oneOwnerOrOnePeriodGetsOnlyTheirRows() throws Exception {
        export("--owner", "ANNA", "--period", "2026-11");
        assertThat(cli.out().strip()).endsWith("Exported 4 rows to " + dir.resolve("owners.xlsx").toAbsolutePath());
        assertThat(cli.run("--db", fx.db.toString(), "checkin-export", "--session", String.valueOf(fx.session), "--out",
                dir.resolve("x.xlsx").toString(), "--owner", "Clara")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("No indicators belong to goals owned by \"Clara\". Owners in this session: Anna, Boris.");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
        assertThat(cli.run("--db", fx.db.toString(), "checkin-export", "--session", String.valueOf(fx.session), "--out",
                dir.resolve("x.xlsx").toString(), "--period", "2026-Q4")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("2026-Q4 is not one of this session's review periods: they are monthly, from 2026-06.");
    }
}
