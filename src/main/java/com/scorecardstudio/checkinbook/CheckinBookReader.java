package com.scorecardstudio.checkinbook;

import com.scorecardstudio.clientimport.ClientFileReader;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.i18n.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a check-in workbook sent back by an owner, trusting nothing in it: the file goes through the
 * same guards as a client list ({@link ClientFileReader#openXlsx}: size, zip bomb; POI's parsers refuse
 * a DOCTYPE, so no external entity is ever resolved); a workbook with macros is refused before it is
 * parsed; then it must be ours (the metadata sheet's marker and version), of this session (id and
 * uid), and as it was written (sheet, header row, and exactly the exported keys). Cell values are read
 * as they are, not yet judged: that is {@link CheckinImport}'s work.
 */
public final class CheckinBookReader {
    private CheckinBookReader() {
    }

    /** What a cell of the actual or note column holds. */
    public record Typed(Kind kind, BigDecimal number, String text) {
        public enum Kind { BLANK, NUMBER, TEXT, FORMULA, DATE, OTHER }

        static Typed blank() {
            return new Typed(Kind.BLANK, null, "");
        }
    }

    /** One data row: its 1-based row number, key, what was typed, and the values as exported. */
    public record Filled(int row, CheckinBook.Key key, Typed actual, Typed note, String exportedActual, String exportedNote) {
    }

    /** The workbook as read: whose it is, in which language it was written, its rows. */
    public record Book(long sessionId, UUID sessionUid, Language language, List<Filled> rows) {
        public Book {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Reads {@code file} as a check-in workbook of the session {@code sessionId} (uid {@code uid}).
     *
     * @throws CheckinBookException with a {@code checkinbook.refused.*} key, nothing read
     */
    public static Book read(Path file, long sessionId, UUID uid) throws CheckinBookException {
        String shown = file.toAbsolutePath().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new CheckinBookException("checkinbook.refused.notFound", e, shown);
        } catch (IOException e) {
            throw new CheckinBookException("checkinbook.refused.unreadable", e, shown);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CheckinBookException("checkinbook.refused.unreadable", null, shown);
        }
        if (size > ClientFileReader.DEFAULT_MAX_BYTES) {
            throw new CheckinBookException("checkinbook.refused.tooLarge", null, ClientFileReader.DEFAULT_MAX_BYTES / (1024 * 1024));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlsb")) {
            throw new CheckinBookException("checkinbook.refused.macros", null);
        }
        if (!zip(file)) {
            throw new CheckinBookException("checkinbook.refused.notOurs", null);
        }
        try (OPCPackage pkg = ClientFileReader.openXlsx(file)) {
            refuseMacros(pkg);
            try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                return read(wb, sessionId, uid);
            }
        } catch (CheckinBookException e) {
            throw e;
        } catch (Exception e) {
            if (ClientFileReader.looksLikeZipBomb(e)) {
                throw new CheckinBookException("checkinbook.refused.zipBomb", e);
            }
            if (ClientFileReader.looksLikeEntities(e)) {
                throw new CheckinBookException("checkinbook.refused.entities", e);
            }
            throw new CheckinBookException("checkinbook.refused.notOurs", e);
        }
    }

    private static boolean zip(Path file) throws CheckinBookException {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            return n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new CheckinBookException("checkinbook.refused.unreadable", e, file.toAbsolutePath().toString());
        }
    }

    /** A VBA project (or a macro-enabled workbook type) anywhere in the package: refused, whatever the file is called. */
    private static void refuseMacros(OPCPackage pkg) throws Exception {
        for (PackagePart part : pkg.getParts()) {
            String partName = part.getPartName().getName().toLowerCase(Locale.ROOT);
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            if (partName.contains("vbaproject") || type.contains("macroenabled") || type.contains("vbaproject")
                    || type.contains("ms-excel.sheet.binary")) {
                throw new CheckinBookException("checkinbook.refused.macros", null);
            }
        }
    }

    private static Book read(XSSFWorkbook wb, long sessionId, UUID uid) throws CheckinBookException {
        Sheet meta = wb.getSheet(CheckinBook.META_SHEET);
        if (meta == null || !CheckinBook.MARKER.equals(metaValue(meta, 0))) {
            throw new CheckinBookException("checkinbook.refused.notOurs", null);
        }
        int version = intValue(metaValue(meta, 1));
        if (version != CheckinBook.VERSION) {
            throw version > CheckinBook.VERSION ? new CheckinBookException("checkinbook.refused.newer", null)
                    : new CheckinBookException("checkinbook.refused.notOurs", null);
        }
        long bookSession = longValue(metaValue(meta, 2));
        String bookUid = metaValue(meta, 3);
        if (bookSession != sessionId) {
            throw new CheckinBookException("checkinbook.refused.otherSession", null, String.valueOf(bookSession),
                    String.valueOf(sessionId));
        }
        if (!uid.toString().equals(bookUid)) {
            throw new CheckinBookException("checkinbook.refused.otherDatabase", null, String.valueOf(bookSession));
        }
        Language language;
        try {
            language = Language.valueOf(metaValue(meta, 4).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CheckinBookException("checkinbook.refused.notOurs", e);
        }
        String sheetName = metaValue(meta, 6);
        Sheet sheet = wb.getSheet(sheetName);
        if (sheet == null) {
            throw new CheckinBookException("checkinbook.refused.noSheet", null, sheetName);
        }
        int headerRow = intValue(metaValue(meta, 7)) - 1;
        int expectedRows = intValue(metaValue(meta, 8));
        String digest = metaValue(meta, 9);
        List<String> headers = CheckinBook.headers(new Messages(language));
        Row hr = headerRow < 0 ? null : sheet.getRow(headerRow);
        for (int c = 0; c < headers.size(); c++) {
            String found = hr == null ? "" : string(hr.getCell(c));
            if (!headers.get(c).equals(found)) {
                throw new CheckinBookException("checkinbook.refused.columns", null, column(c), headers.get(c));
            }
        }
        if (hr != null && hr.getLastCellNum() > CheckinBook.COLUMNS && !string(hr.getCell(CheckinBook.COLUMNS)).isEmpty()) {
            throw new CheckinBookException("checkinbook.refused.columns", null, column(CheckinBook.COLUMNS), "");
        }
        List<Filled> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int last = sheet.getLastRowNum();
        if (last - headerRow > expectedRows + 1000) {
            throw new CheckinBookException("checkinbook.refused.rows", null);
        }
        for (int r = headerRow + 1; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null || blankRow(row)) {
                continue;
            }
            String keyText = string(row.getCell(CheckinBook.COL_KEY));
            CheckinBook.Key key = CheckinBook.Key.parse(keyText).orElse(null);
            if (key == null || key.sessionId() != sessionId || !keys.add(key.text())) {
                throw new CheckinBookException("checkinbook.refused.rowNotOurs", null, r + 1);
            }
            rows.add(new Filled(r + 1, key, typed(row.getCell(CheckinBook.COL_ACTUAL)), typed(row.getCell(CheckinBook.COL_NOTE)),
                    string(row.getCell(CheckinBook.COL_EXPORTED_ACTUAL)), string(row.getCell(CheckinBook.COL_EXPORTED_NOTE))));
        }
        if (keys.size() != expectedRows || !CheckinBook.digest(keys).equals(digest)) {
            throw new CheckinBookException("checkinbook.refused.rows", null);
        }
        return new Book(bookSession, uid, language, rows);
    }

    private static boolean blankRow(Row row) {
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** Spreadsheet column letters: A, B… */
    static String column(int c) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    }

    private static String metaValue(Sheet meta, int r) {
        Row row = meta.getRow(r);
        return row == null ? "" : string(row.getCell(1));
    }

    private static int intValue(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long longValue(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A text cell's text; a number cell in the plain form; anything else empty. */
    private static String string(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> LocalNumbers.plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            default -> "";
        };
    }

    /**
     * A number cell's value as the owner typed it: "45%" typed into a cell is stored as 0.45 under a
     * percent format, and the owner of an indicator in % meant 45.
     */
    private static BigDecimal shown(Cell cell) {
        BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue());
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%")) {
            v = v.movePointRight(2);
        }
        return v.stripTrailingZeros();
    }

    private static Typed typed(Cell cell) {
        if (cell == null) {
            return Typed.blank();
        }
        return switch (cell.getCellType()) {
            case BLANK -> Typed.blank();
            case STRING -> cell.getStringCellValue().isBlank() ? Typed.blank() : new Typed(Typed.Kind.TEXT, null, cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? new Typed(Typed.Kind.DATE, null, "")
                    : new Typed(Typed.Kind.NUMBER, shown(cell), "");
            case FORMULA -> new Typed(Typed.Kind.FORMULA, null, "=" + cell.getCellFormula());
            default -> new Typed(Typed.Kind.OTHER, null, "");
        };
    }
}
