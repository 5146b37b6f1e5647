package com.scorecardstudio.clientimport;

import com.scorecardstudio.domain.LocalNumbers;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a client list from a CSV or XLSX file into an {@link ImportTable}. Files are untrusted:
 * a file over the size limit is refused before it is read, XLSX goes through POI's zip-bomb checks
 * ({@link ZipSecureFile}), and row and column counts are capped.
 *
 * <p>CSV: UTF-8 with or without a byte-order mark, UTF-16 with one, otherwise Windows-1251 (what
 * Russian Excel writes) when the bytes are not valid UTF-8. The separator is whichever of
 * {@code ;}, {@code ,} and tab splits the first row into the most columns. Quoted fields (with
 * separators, quotes doubled, line breaks) follow RFC 4180, parsed by Apache Commons CSV.
 */
public final class ClientFileReader {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_COLUMNS = 500;
    /** An XLSX part may unpack to at most this (a 10 MB sheet of clients unpacks to far less). */
    static final long MAX_UNPACKED_ENTRY = 200L * 1024 * 1024;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    static {
        // a compressed part that expands more than 100 times is taken for a zip bomb (POI's default)
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_ENTRY);
    }

    private final long maxBytes;

    public ClientFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ClientFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public ImportTable read(Path file) throws ImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("clients.import.error.notFound", e, file.toString());
        } catch (IOException e) {
            throw new ImportException("clients.import.error.unreadable", e, file.toString(), String.valueOf(e.getMessage()));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException("clients.import.error.unreadable", null, file.toString(), "");
        }
        if (size > maxBytes) {
            throw new ImportException("clients.import.error.tooLarge", null, megabytes(size), megabytes(maxBytes));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new ImportException("clients.import.error.oldExcel", null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("clients.import.error.unreadable", e, file.toString(), String.valueOf(e.getMessage()));
        }
        if (bytes.length > maxBytes) { // grew while we looked
            throw new ImportException("clients.import.error.tooLarge", null, megabytes(bytes.length), megabytes(maxBytes));
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || zip) {
            return readXlsx(file);
        }
        return readCsv(bytes);
    }

    private static String megabytes(long bytes) {
        return new BigDecimal(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.UP).toPlainString();
    }

    // ---------------------------------------------------------------- CSV

    /** Reads CSV text from raw bytes (encoding and separator detected). */
    ImportTable readCsv(byte[] bytes) throws ImportException {
        Decoded d = decode(bytes);
        String text = d.text();
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        LineIndex lines = new LineIndex(text);
        List<String> headers = null;
        List<ImportTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (values.size() > MAX_COLUMNS) {
                    throw new ImportException("clients.import.error.tooManyColumns", null, MAX_COLUMNS);
                }
                if (headers == null) {
                    headers = values;
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportException("clients.import.error.tooManyRows", null, MAX_ROWS);
                }
                rows.add(new ImportTable.Row(lines.lineAt(text, record.getCharacterPosition()), values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // an unclosed quote and the like: say where, never import half a file
            throw new ImportException("clients.import.error.malformedCsv", e, lines.lastLine());
        }
        if (headers == null) {
            throw new ImportException("clients.import.error.empty", null);
        }
        String sep = delimiter == '\t' ? "Tab" : String.valueOf(delimiter);
        return new ImportTable(headers, rows, d.charset().displayName(Locale.ROOT) + (d.bom() ? " BOM" : "") + ", “" + sep + "”");
    }

    record Decoded(String text, Charset charset, boolean bom) {
    }

    /** UTF-8 (with or without BOM), UTF-16 with a BOM, otherwise Windows-1251 when not valid UTF-8. */
    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, WINDOWS_1251), WINDOWS_1251, false);
        }
    }

    /** The separator that splits the first non-blank record into the most fields (';' wins ties). */
    static char detectDelimiter(String text) {
        char best = ',';
        int most = 1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            int n = firstRecordWidth(text, candidate);
            if (n > most) {
                best = candidate;
                most = n;
            }
        }
        return best;
    }

    private static int firstRecordWidth(String text, char delimiter) {
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text)).setFormat(f).get()) {
            for (CSVRecord r : p) {
                if (!r.toList().stream().allMatch(String::isBlank)) {
                    return r.size();
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return 0;
        }
        return 0;
    }

    /** Line numbers (1-based) of character positions, as an editor shows them. */
    static final class LineIndex {
        private final int[] starts;
        private int last = 1;

        LineIndex(String text) {
            int[] s = new int[16];
            int n = 0;
            s[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                boolean lineEnd = ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
                if (lineEnd) {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            starts = Arrays.copyOf(s, n);
        }

        /** The line a record starts on; the parser reports the position before any blank lines it skipped. */
        int lineAt(String text, long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
                p++;
            }
            int i = Arrays.binarySearch(starts, p);
            last = (i >= 0 ? i : -i - 2) + 1;
            return last;
        }

        int lastLine() {
            return last;
        }
    }

    // ---------------------------------------------------------------- XLSX

    /**
     * Opens an XLSX file read-only behind this reader's zip-bomb guards (POI's inflate-ratio and
     * entry-size limits, set once for the app): the one way the app opens a spreadsheet it was sent.
     * A failure then, or while the workbook is parsed, that {@link #looksLikeZipBomb} recognises is a
     * zip bomb; POI's XML parsers refuse a DOCTYPE, so external entities never resolve
     * ({@link #looksLikeEntities}).
     */
    public static OPCPackage openXlsx(Path file) throws org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        return OPCPackage.open(file.toFile(), PackageAccess.READ);
    }

    /** Whether a failure to open or parse an XLSX file was one of the zip-bomb guards tripping. */
    public static boolean looksLikeZipBomb(Throwable e) {
        return mentions(e, "zip bomb") || mentions(e, "entry size is too large") || mentions(e, "exceeds the max");
    }

    /** Whether a failure to parse an XLSX file was its XML declaring a DOCTYPE or entities (refused, never resolved). */
    public static boolean looksLikeEntities(Throwable e) {
        return mentions(e, "doctype") || mentions(e, "entity") || mentions(e, "dtd");
    }

    private ImportTable readXlsx(Path file) throws ImportException {
        try (OPCPackage pkg = openXlsx(file);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new ImportException("clients.import.error.empty", null);
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            int width = 0;
            List<ImportTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getLastCellNum() > MAX_COLUMNS) {
                    throw new ImportException("clients.import.error.tooManyColumns", null, MAX_COLUMNS);
                }
                int cells = headers == null ? Math.max(0, row.getLastCellNum()) : width;
                List<String> values = new ArrayList<>(cells);
                Set<Integer> numberCells = new HashSet<>();
                for (int c = 0; c < cells; c++) {
                    values.add(text(row.getCell(c), formatter));
                    if (isNumber(row.getCell(c))) {
                        numberCells.add(c);
                    }
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = values;
                    width = values.size();
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportException("clients.import.error.tooManyRows", null, MAX_ROWS);
                }
                rows.add(new ImportTable.Row(row.getRowNum() + 1, values, numberCells));
            }
            if (headers == null) {
                throw new ImportException("clients.import.error.empty", null);
            }
            return new ImportTable(headers, rows, "XLSX, " + sheet.getSheetName());
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            if (looksLikeZipBomb(e)) {
                throw new ImportException("clients.import.error.zipBomb", e);
            }
            throw new ImportException("clients.import.error.badXlsx", e);
        }
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** A number cell that is not a date: its text is the plain locale-free form. */
    private static boolean isNumber(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
    }

    /**
     * A cell as text; numbers exactly as stored, in the plain form ({@link LocalNumbers#plain}: 4,
     * 1234567.5), never in a display format.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : LocalNumbers.plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
