package com.scorecardstudio.checkinbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.CliRunner;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that are not ours, not this session's, restructured, with macros or hostile (a zip bomb,
 * external entities) are refused in one line, exit 1, and change nothing; the dry run too.
 */
class HostileCheckinBookTest {
    @TempDir
    Path dir;

    private CheckinBookFixture fx;
    private CliRunner cli;
    private Path exported;
    private Map<String, String> before;

    @BeforeEach
    void setUp() throws Exception {
        fx = new CheckinBookFixture(dir);
        cli = new CliRunner(dir);
        exported = dir.resolve("owners.xlsx");
        assertThat(cli.run("--db", fx.db.toString(), "checkin-export", "--session", String.valueOf(fx.session), "--out",
                exported.toString())).isZero();
        before = fx.actuals();
    }

    /** Imports {@code file} (also as a dry run): exit 1, one line on stderr, nothing on stdout, nothing changed. */
    private String refused(Path file) throws Exception {
        String line = null;
        for (String[] extra : new String[][] {{}, {"--dry-run"}}) {
            String[] args = new String[7 + extra.length];
            System.arraycopy(new String[] {"--db", fx.db.toString(), "checkin-import", "--session", String.valueOf(fx.session),
                "--file", file.toString()}, 0, args, 0, 7);
            System.arraycopy(extra, 0, args, 7, extra.length);
            assertThat(cli.run(args)).as(file.getFileName() + " " + cli.err()).isEqualTo(1);
            assertThat(cli.err().lines()).as(file.getFileName().toString()).hasSize(1);
            assertThat(cli.out()).isEmpty();
            assertThat(fx.actuals()).as("nothing changed").isEqualTo(before);
            line = cli.err().strip();
        }
        return line;
    }

    /** A filled copy of the export (a real change, so a refusal is not mistaken for "nothing to do"). */
    private Path filled(String name, CheckinBookRoundTripTest.Editor more) throws Exception {
        return CheckinBookRoundTripTest.fill(exported, dir.resolve(name), b -> {
            b.actual(fx.indicators.get(0), "2026-11").setCellValue(70);
            more.apply(b);
        });
    }

    @Test
    void aWorkbookThatIsNotOursIsRefused() throws Exception {
        Path foreign = dir.resolve("budget.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
            wb.createSheet("Budget").createRow(0).createCell(0).setCellValue("Revenue");
            wb.write(out);
        }
        String notOurs = "The workbook was refused: it is not a check-in workbook exported by Scorecard Studio"
                + " (export one with \"Export for owners\").";
        assertThat(refused(foreign)).isEqualTo(notOurs);
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "name;value\nA;1\n");
        assertThat(refused(text)).isEqualTo(notOurs);
        assertThat(refused(dir.resolve("missing.xlsx"))).startsWith("The workbook was refused: ").endsWith("missing.xlsx does not exist.");
    }

    @Test
    void aWorkbookOfAnotherSessionOrAnotherDatabaseIsRefused() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        CheckinBookFixture second = new CheckinBookFixture(other);
        Path theirs = other.resolve("theirs.xlsx");
        assertThat(cli.run("--db", second.db.toString(), "checkin-export", "--session", String.valueOf(second.session), "--out",
                theirs.toString())).isZero();
        assertThat(refused(theirs)).isEqualTo("The workbook was refused: it was exported from a session " + second.session
                + " of another database, not from this one.");
        assertThat(cli.run("--db", fx.db.toString(), "checkin-import", "--session", "999", "--file", exported.toString())).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("There is no session with id 999.");
    }

    @Test
    void aRestructuredWorkbookIsRefused() throws Exception {
        long ind = fx.indicators.get(2);
        assertThat(refused(filled("deletedRow.xlsx", b -> b.sheet().removeRow(b.row(ind, "2026-09")))))
                .isEqualTo("The workbook was refused: rows were added or deleted since it was exported.");
        assertThat(refused(filled("header.xlsx", b -> headerRow(b).getCell(CheckinBook.COL_ACTUAL).setCellValue("Plan"))))
                .isEqualTo("The workbook was refused: its columns were changed (column H should be \"Actual\").");
        assertThat(refused(filled("copiedRow.xlsx", b -> {
            var src = b.row(ind, "2026-09");
            var copy = b.sheet().createRow(b.sheet().getLastRowNum() + 1);
            copy.createCell(CheckinBook.COL_KEY).setCellValue(src.getCell(CheckinBook.COL_KEY).getStringCellValue());
            copy.createCell(CheckinBook.COL_ACTUAL).setCellValue(5);
        }))).startsWith("The workbook was refused: row ").contains("is not one of the exported rows");
        assertThat(refused(filled("renamed.xlsx", b -> b.sheet().getWorkbook().setSheetName(0, "Data"))))
                .isEqualTo("The workbook was refused: its sheet \"Check-in\" was renamed or deleted.");
        assertThat(refused(filled("noMeta.xlsx", b -> b.sheet().getWorkbook().removeSheetAt(1))))
                .startsWith("The workbook was refused: it is not a check-in workbook");
    }

    @Test
    void aWorkbookWithMacrosIsRefusedWhateverItIsCalled() throws Exception {
        Path xlsm = dir.resolve("owners.xlsm");
        Files.copy(filled("plain.xlsx", b -> { }), xlsm);
        String macros = "The workbook was refused: it contains macros (a macro-enabled workbook). Save it as a plain .xlsx"
                + " workbook and import that.";
        assertThat(refused(xlsm)).isEqualTo(macros);
        Map<String, byte[]> vba = new LinkedHashMap<>();
        vba.put("xl/vbaProject.bin", "Attribute VB_Name = \"Module1\"".getBytes(StandardCharsets.UTF_8));
        Path disguised = rewrite(filled("disguised.xlsx", b -> { }), "withVba.xlsx", vba, s -> s.replace("</Types>",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        assertThat(refused(disguised)).isEqualTo(macros);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path source = filled("base.xlsx", b -> { });
        String sheet = part(source, "xl/worksheets/sheet1.xml");
        // 150 MB of spaces inside the sheet's XML compress to about 150 KB
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    int cut = sheet.indexOf("<sheetData>");
                    out.write(sheet.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 150; i++) {
                        out.write(spaces);
                    }
                    out.write(sheet.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2L * 1024 * 1024);
        assertThat(refused(bomb)).isEqualTo("The workbook was refused: it unpacks to far more data than a check-in workbook holds"
                + " (a possible zip bomb).");
    }

    @Test
    void externalEntitiesAreRefusedAndNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PAYROLL");
        Path source = filled("base.xlsx", b -> { });
        String doctype = "<!DOCTYPE x [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>";
        for (String partName : new String[] {"xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml"}) {
            Path hostile = rewrite(source, "xxe-" + partName.replaceAll("\\W", "") + ".xlsx", Map.of(), null, partName,
                    s -> s.replaceFirst("\\?>", "?>" + doctype).replace("Indicator 0.0", "&leak;"));
            String line = refused(hostile);
            assertThat(line).as(partName).startsWith("The workbook was refused: ").doesNotContain("TOP-SECRET");
        }
        Path sharedStrings = rewrite(source, "xxe.xlsx", Map.of(), null, "xl/sharedStrings.xml",
                s -> s.replaceFirst("\\?>", "?>" + doctype).replace("Indicator 0.0", "&leak;"));
        assertThat(refused(sharedStrings)).isEqualTo("The workbook was refused: its XML declares entities or a DOCTYPE,"
                + " which a workbook never needs (a possible attack).");
    }

    private static org.apache.poi.ss.usermodel.Row headerRow(CheckinBookRoundTripTest.Book b) {
        for (var r : b.sheet()) {
            var c = r.getCell(CheckinBook.COL_KEY);
            if (c != null && "key".equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header row");
    }

    private static String part(Path xlsx, String name) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path rewrite(Path source, String name, Map<String, byte[]> added, java.util.function.UnaryOperator<String> contentTypes)
            throws Exception {
        return rewrite(source, name, added, contentTypes, null, null);
    }

    /** A copy of {@code source} with parts added, the content types and one part's text edited. */
    private Path rewrite(Path source, String name, Map<String, byte[]> added, java.util.function.UnaryOperator<String> contentTypes,
                         String partName, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path target = dir.resolve(name);
        try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("[Content_Types].xml") && contentTypes != null) {
                    bytes = contentTypes.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                if (entry.getName().equals(partName)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            for (var a : added.entrySet()) {
                out.putNextEntry(new ZipEntry(a.getKey()));
                out.write(a.getValue());
                out.closeEntry();
            }
        }
        return target;
    }
}
