package com.scorecardstudio.checkinbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The second writer of the round trip: LibreOffice. The exported workbook is opened by LibreOffice
 * (headless, converted to its flat XML), the owner's values typed into its cells there (a number, and a
 * number as text in the Russian form), and the workbook saved as .xlsx by LibreOffice itself; the app
 * imports what LibreOffice wrote. Skipped where LibreOffice is not installed.
 */
@org.junit.jupiter.api.Tag("slow")
class LibreOfficeFillTest {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    @TempDir
    Path dir;

    @Test
    void aWorkbookFilledAndSavedByLibreOfficeImportsAsTyped() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        CheckinBookFixture fx = new CheckinBookFixture(dir);
        CliRunner cli = new CliRunner(dir);
        Path exported = dir.resolve("owners.xlsx");
        assertThat(cli.run("--db", fx.db.toString(), "checkin-export", "--session", String.valueOf(fx.session), "--out",
                exported.toString(), "--lang", "ru")).isZero();
        Map<String, String> before = fx.actuals();

        Path flat = convert(soffice, exported, "fods", dir.resolve("flat"));
        Document doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(flat.toFile());
        type(doc, fx.session, fx.indicators.get(0), "2026-11", CheckinBook.COL_ACTUAL, "float", "81.25");
        type(doc, fx.session, fx.indicators.get(3), "2026-10", CheckinBook.COL_ACTUAL, "string", "1 234,5");
        type(doc, fx.session, fx.indicators.get(4), "2026-11", CheckinBook.COL_NOTE, "string", "новая акция «Весна»");
        Path edited = dir.resolve("edited").resolve("owners.fods");
        Files.createDirectories(edited.getParent());
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(edited.toFile()));
        Path byLibreOffice = convert(soffice, edited, "xlsx:Calc MS Excel 2007 XML", dir.resolve("back"));

        assertThat(cli.run("--db", fx.db.toString(), "checkin-import", "--session", String.valueOf(fx.session), "--file",
                byLibreOffice.toString())).as(cli.out() + cli.err()).isZero();
        assertThat(fx.actual(0, "2026-11")).isEqualTo("81.25|");
        assertThat(fx.actual(3, "2026-10")).isEqualTo("1234.5|");
        assertThat(fx.actual(4, "2026-11")).isEqualTo("|новая акция «Весна»");
        Map<String, String> after = fx.actuals();
        List<String> touched = List.of(fx.indicators.get(0) + "@2026-11", fx.indicators.get(3) + "@2026-10",
                fx.indicators.get(4) + "@2026-11");
        after.keySet().removeAll(touched);
        before.keySet().removeAll(touched);
        assertThat(after).as("LibreOffice's copy of the untouched cells changes nothing").isEqualTo(before);
        assertThat(cli.out().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("Imported: 3 actuals changed, 36 rows read.");
    }

    /** Runs LibreOffice headless, with a profile of its own, converting {@code file} into {@code outDir}. */
    private Path convert(Path soffice, Path file, String format, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String ext = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
        String name = file.getFileName().toString();
        Path result = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + ext);
        assertThat(result).as(output).exists();
        return result;
    }

    /** Types a value into the cell of {@code column} in the row whose hidden key is the indicator's in the period. */
    private static void type(Document doc, long session, long indicator, String period, int column, String type, String value) {
        String key = "S" + session + "-I" + indicator + "-" + period;
        NodeList rows = doc.getElementsByTagNameNS(TABLE, "table-row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            List<Element> cells = cells(row);
            if (cells.size() > CheckinBook.COL_KEY && key.equals(cells.get(CheckinBook.COL_KEY).getTextContent().strip())) {
                Element cell = cells.get(column);
                while (cell.hasChildNodes()) {
                    cell.removeChild(cell.getFirstChild());
                }
                cell.removeAttributeNS(OFFICE, "value");
                cell.setAttributeNS(OFFICE, "office:value-type", type);
                if (type.equals("float")) {
                    cell.setAttributeNS(OFFICE, "office:value", value);
                }
                Element p = doc.createElementNS(TEXT, "text:p");
                p.setTextContent(value);
                cell.appendChild(p);
                return;
            }
        }
        throw new AssertionError("no row " + key);
    }

    /** A row's cells by column, repeated cells split so that each column has its own element. */
    private static List<Element> cells(Element row) {
        List<Element> result = new java.util.ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && TABLE.equals(e.getNamespaceURI())
                    && (e.getLocalName().equals("table-cell") || e.getLocalName().equals("covered-table-cell"))) {
                String repeated = e.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 64);
                if (times > 1) {
                    e.removeAttributeNS(TABLE, "number-columns-repeated");
                    for (int k = 1; k < times; k++) {
                        Element copy = (Element) e.cloneNode(true);
                        row.insertBefore(copy, e.getNextSibling());
                    }
                }
                result.add(e);
            }
        }
        return result;
    }
}
