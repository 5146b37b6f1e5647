package com.scorecardstudio.clientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading client lists from the fixture files in {@code src/test/resources/import}, hostile ones included. */
class ClientFileReaderTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(ClientFileReaderTest.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportTable read(String name) throws ImportException {
        return new ClientFileReader().read(fixture(name));
    }

    private static List<String> row(ImportTable t, int i) {
        return t.rows().get(i).values();
    }

    @Test
    void utf8WithCommasQuotesAndBlankLines() throws Exception {
        ImportTable t = read("utf8.csv");
        assertThat(t.headers()).containsExactly("name", "segment", "revenue", "currency", "margin", "tenure", "Share of the client's wallet");
        assertThat(t.rows()).hasSize(4);
        assertThat(row(t, 0)).startsWith("Northwind, Ltd.", "Logistics", "1234567.50");
        assertThat(row(t, 1).get(0)).isEqualTo("Alpha \"Prime\" Group");
        assertThat(row(t, 1).get(2)).isEqualTo("1,250,000");
        assertThat(row(t, 2).get(0)).isEqualTo("Björk & Søn");
        // row numbers are the lines of the file, blank lines counted
        assertThat(t.rows()).extracting(ImportTable.Row::number).containsExactly(2, 4, 6, 8);
        assertThat(t.source()).contains("UTF-8").contains("“,”").doesNotContain("BOM");
    }

    @Test
    void utf8WithAByteOrderMarkAndSemicolons() throws Exception {
        ImportTable t = read("utf8-bom-semicolon.csv");
        assertThat(t.headers().get(0)).isEqualTo("Название"); // no BOM glued to the first name
        assertThat(t.headers()).hasSize(7);
        assertThat(row(t, 0)).startsWith("СК «Северный щит»", "Страхование", "42 000 000,50");
        assertThat(row(t, 1).get(0)).isEqualTo("Завод \"Прогресс\"");
        assertThat(t.rows()).extracting(ImportTable.Row::number).containsExactly(2, 3, 5);
        assertThat(t.source()).contains("UTF-8 BOM").contains("“;”");
    }

    @Test
    void windows1251IsRecognisedWhenTheBytesAreNotUtf8() throws Exception {
        ImportTable t = read("windows-1251.csv");
        assertThat(t.headers()).containsExactly("Название", "Сегмент", "Годовая выручка", "margin", "tenure");
        assertThat(row(t, 0).get(0)).isEqualTo("Агрохолдинг «Зелёная долина»");
        assertThat(row(t, 1).get(2)).isEqualTo("800000,75");
        assertThat(t.source()).contains("windows-1251");
    }

    @Test
    void tabsSeparateToo() throws Exception {
        ImportTable t = read("tab-separated.txt");
        assertThat(t.headers()).containsExactly("name", "revenue", "margin");
        assertThat(row(t, 1)).containsExactly("Tab Two", "200,5", "4");
    }

    @Test
    void aQuotedFieldOverSeveralLinesKeepsTheRowNumbersRight() throws Exception {
        ImportTable t = read("invalid-rows.csv");
        assertThat(t.rows()).extracting(ImportTable.Row::number).containsExactly(2, 3, 4, 6, 7, 8, 9, 11, 12, 13);
        assertThat(t.rows().get(6).value(4)).isEqualTo("first line\nsecond line");
    }

    @Test
    void xlsxCellsAreReadAsStoredWithFormulaResultsAndSheetRowNumbers() throws Exception {
        ImportTable t = read("clients.xlsx");
        assertThat(t.headers()).containsExactly("Name", "Segment", "Revenue", "Currency", "revenue_potential", "Margin",
                "Satisfaction and loyalty", "Comment");
        assertThat(t.rows()).extracting(ImportTable.Row::number).containsExactly(2, 4, 5, 6);
        assertThat(row(t, 0)).containsExactly("Orion Software", "IT", "1234567.5", "eur", "4", "5", "3", "ignored column");
        assertThat(row(t, 1).get(2)).isEqualTo("85 000");
        assertThat(row(t, 2).get(4)).isEqualTo("3.5");
        assertThat(row(t, 3).get(2)).isEqualTo("2026-03-01");
        // number cells are marked, so their plain 1234567.5 is never read by a file's text conventions
        assertThat(t.rows().get(0).isNumberCell(2)).isTrue();
        assertThat(t.rows().get(0).isNumberCell(0)).isFalse();
        assertThat(t.rows().get(1).isNumberCell(2)).isFalse(); // "85 000" is text
        assertThat(t.rows().get(3).isNumberCell(2)).isFalse(); // a date is not a number
        assertThat(t.source()).contains("Clients");
    }

    @Test
    void aZipBombIsRefused() {
        assertThatThrownBy(() -> read("zip-bomb.xlsx")).isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).key()).isEqualTo("clients.import.error.zipBomb");
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws Exception {
        assertThatThrownBy(() -> new ClientFileReader(100).read(fixture("utf8.csv")))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).key()).isEqualTo("clients.import.error.tooLarge");
        // at the real limit, with a sparse file that costs no disk
        Path big = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ClientFileReader.DEFAULT_MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> new ClientFileReader().read(big))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).key()).isEqualTo("clients.import.error.tooLarge");
        Path fits = dir.resolve("fits.csv");
        Files.writeString(fits, "name\nA\n");
        assertThat(new ClientFileReader(8).read(fits).rows()).hasSize(1);
    }

    @Test
    void filesThatAreNotClientListsAreRefusedWithAReason() {
        assertThat(key("old.xls")).isEqualTo("clients.import.error.oldExcel");
        assertThat(key("not-a-workbook.xlsx")).isEqualTo("clients.import.error.badXlsx");
        assertThat(key("unclosed-quote.csv")).isEqualTo("clients.import.error.malformedCsv");
        assertThat(key("empty.csv")).isEqualTo("clients.import.error.empty");
        assertThatThrownBy(() -> new ClientFileReader().read(dir.resolve("missing.csv")))
                .extracting(e -> ((ImportException) e).key()).isEqualTo("clients.import.error.notFound");
    }

    private static String key(String fixture) {
        try {
            read(fixture);
        } catch (ImportException e) {
            return e.key();
        }
        return "read without complaint";
    }

    @Test
    void encodingDetection() {
        assertThat(ClientFileReader.decode("Привет".getBytes(java.nio.charset.StandardCharsets.UTF_8)).charset().name())
                .isEqualTo("UTF-8");
        assertThat(ClientFileReader.decode("Привет".getBytes(java.nio.charset.Charset.forName("windows-1251"))).text())
                .isEqualTo("Привет");
        byte[] utf16 = "\uFEFFname".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertThat(ClientFileReader.decode(utf16).text()).isEqualTo("name");
        assertThat(ClientFileReader.detectDelimiter("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(ClientFileReader.detectDelimiter("a,b,c\n\"1;5\",2,3")).isEqualTo(',');
        assertThat(ClientFileReader.detectDelimiter("name\nA")).isEqualTo(',');
    }
}
