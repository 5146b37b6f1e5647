package com.scorecardstudio.checkinbook;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.excel.ExcelExport;
import com.scorecardstudio.excel.ExportException;
import com.scorecardstudio.excel.SafeText;
import com.scorecardstudio.excel.SheetWriter;
import com.scorecardstudio.excel.Styles;
import com.scorecardstudio.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the check-in workbook for the indicator owners (see {@link CheckinBook} for its layout), in
 * one language, through a temp file like every export (whole or not at all). Only the actual and the
 * note of an open period can be typed in; the sheet and the workbook's structure are protected
 * without a password, which keeps rows and columns where the import expects them while anyone can
 * still unprotect the sheet on purpose (the import then checks the structure itself).
 */
public final class CheckinBookWriter {
    /** Column widths in characters: A4 landscape at about 97 % (10-point text prints above 9.5 points). */
    private static final int[] WIDTHS = {24, 28, 14, 8, 10, 10, 12, 12, 36, 24, 14, 14};
    /** Largest magnitude an actual may have (a double keeps every digit below it). */
    static final String MAX_ACTUAL = "999999999999999";
    private static final String CLOSED_FILL = "EEF0F3";

    private CheckinBookWriter() {
    }

    /** Writes {@code data} to {@code target} in {@code m}'s language. */
    public static void write(CheckinBookData data, Messages m, Path target) throws ExportException {
        ExcelExport.writeSafely(target, out -> write(data, m, out));
    }

    /** Writes the workbook to a stream (the benchmark and tests; files go through {@link #write(CheckinBookData, Messages, Path)}). */
    public static void write(CheckinBookData data, Messages m, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = build(data, m)) {
            wb.write(out);
        }
    }

    static XSSFWorkbook build(CheckinBookData data, Messages m) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb, m.language());
        XSSFSheet sheet = wb.createSheet(CheckinBook.sheetName(m));
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Look look = new Look(wb, styles);
        long sessionId = data.session().id();
        LocalNumbers numbers = LocalNumbers.of(m.locale());

        int r = 0;
        text(sheet, r, 0, m.get("checkinbook.title", data.session().title()), styles.title(), look);
        sheet.getRow(r++).setHeightInPoints(24f); // 16-point title: the default height would cut it into the next row
        String first = data.periods().get(0).id();
        String last = data.periods().get(data.periods().size() - 1).id();
        String periods = first.equals(last) ? first : first + " – " + last;
        String who = data.owner().isEmpty() ? m.get("checkinbook.allOwners") : m.get("checkinbook.owner", data.owner());
        text(sheet, r++, 0, m.get("checkinbook.subtitle", who, periods,
                m.formatDate(data.exportedAt().atZone(ZoneId.systemDefault()).toLocalDate())), styles.subtitle(), look);
        String[] instructions = {
            m.get("checkinbook.help.fill", numbers.example()),
            m.get("checkinbook.help.blank"),
            m.get("checkinbook.help.closed"),
            m.get("checkinbook.help.notes", numbers.format(BigDecimal.valueOf(Limits.NOTE_TEXT))),
            m.get("checkinbook.help.structure"),
        };
        for (String line : instructions) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(look.instruction);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, CheckinBook.COL_NOTE));
            int lines = Math.max(1, (int) Math.ceil(line.length() / 135.0));
            row.setHeightInPoints(13f * lines + 3f);
            r++;
        }
        r++;
        int headerRow = r;
        List<String> headers = CheckinBook.headers(m);
        Row hr = sheet.createRow(headerRow);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = hr.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
        }
        hr.setHeightInPoints(28f);
        List<String> keys = new ArrayList<>(data.lines().size());
        r = headerRow + 1;
        for (CheckinBookData.Line line : data.lines()) {
            Row row = sheet.createRow(r);
            CellStyle textStyle = line.closed() ? look.closedText : styles.text();
            text(sheet, r, CheckinBook.COL_GOAL, line.goal().title(), textStyle, look);
            text(sheet, r, CheckinBook.COL_INDICATOR, line.indicator().name(), textStyle, look);
            text(sheet, r, CheckinBook.COL_OWNER, line.goal().owner(), textStyle, look);
            text(sheet, r, CheckinBook.COL_UNIT, line.indicator().unit(), textStyle, look);
            number(row, CheckinBook.COL_BASELINE, line.indicator().baselineValue(), line.closed() ? look.closedNumber : look.number);
            number(row, CheckinBook.COL_TARGET, line.indicator().targetValue(), line.closed() ? look.closedNumber : look.number);
            text(sheet, r, CheckinBook.COL_PERIOD, line.closed() ? m.get("checkinbook.period.closed", line.period().id())
                    : line.period().id(), textStyle, look);
            number(row, CheckinBook.COL_ACTUAL, line.actual().value(), line.closed() ? look.closedNumber : look.inputNumber);
            text(sheet, r, CheckinBook.COL_NOTE, line.actual().note(), line.closed() ? look.closedText : look.inputText, look);
            String key = line.key(sessionId).text();
            keys.add(key);
            row.createCell(CheckinBook.COL_KEY).setCellValue(key);
            row.createCell(CheckinBook.COL_EXPORTED_ACTUAL).setCellValue(LocalNumbers.plain(line.actual().value()));
            row.createCell(CheckinBook.COL_EXPORTED_NOTE).setCellValue(SafeText.fit(line.actual().note()));
            r++;
        }
        int lastRow = r - 1;
        for (int c = CheckinBook.COL_KEY; c < CheckinBook.COLUMNS; c++) {
            sheet.setColumnHidden(c, true);
        }
        validate(sheet, m, headerRow + 1, lastRow);
        sheet.createFreezePane(0, headerRow + 1);
        printSetUp(wb, sheet, m, data, headerRow, lastRow);
        sheet.enableLocking();
        sheet.lockFormatRows(false); // taller rows for long notes; hiding a row changes nothing
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);

        XSSFSheet meta = wb.createSheet(CheckinBook.META_SHEET);
        List<String> values = List.of(CheckinBook.MARKER, String.valueOf(CheckinBook.VERSION), String.valueOf(sessionId),
                data.session().uid().toString(), m.language().name().toLowerCase(java.util.Locale.ROOT),
                data.exportedAt().toString(), sheet.getSheetName(), String.valueOf(headerRow + 1),
                String.valueOf(keys.size()), CheckinBook.digest(keys));
        for (int i = 0; i < values.size(); i++) {
            Row row = meta.createRow(i);
            row.createCell(0).setCellValue(CheckinBook.META_NAMES.get(i));
            row.createCell(1).setCellValue(values.get(i));
        }
        meta.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        wb.lockStructure();
        return wb;
    }

    /** The actual: a decimal within ±{@value #MAX_ACTUAL}; the note: at most the app's note length. */
    private static void validate(XSSFSheet sheet, Messages m, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint decimal = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "-" + MAX_ACTUAL, MAX_ACTUAL);
        DataValidation actual = helper.createValidation(decimal,
                new CellRangeAddressList(firstRow, lastRow, CheckinBook.COL_ACTUAL, CheckinBook.COL_ACTUAL));
        actual.setErrorStyle(DataValidation.ErrorStyle.STOP);
        actual.setShowErrorBox(true);
        actual.createErrorBox(m.get("checkinbook.validation.actualTitle"), m.get("checkinbook.validation.actual"));
        actual.setEmptyCellAllowed(true);
        sheet.addValidationData(actual);
        DataValidationConstraint length = helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                String.valueOf(Limits.NOTE_TEXT), null);
        DataValidation note = helper.createValidation(length,
                new CellRangeAddressList(firstRow, lastRow, CheckinBook.COL_NOTE, CheckinBook.COL_NOTE));
        note.setErrorStyle(DataValidation.ErrorStyle.STOP);
        note.setShowErrorBox(true);
        note.createErrorBox(m.get("checkinbook.validation.noteTitle"), m.get("checkinbook.validation.note", Limits.NOTE_TEXT));
        note.setEmptyCellAllowed(true);
        sheet.addValidationData(note);
    }

    /** The workbook's print set-up (A4 landscape, fitted to the width, header row repeated), its print area the visible columns. */
    private static void printSetUp(XSSFWorkbook wb, XSSFSheet sheet, Messages m, CheckinBookData data, int headerRow, int lastRow) {
        SheetWriter.printSetUp(sheet, m, data.session().title(), data.owner(), headerRow, headerRow, false);
        sheet.setMargin(Sheet.LeftMargin, SheetWriter.SIDE_MARGIN);
        sheet.setMargin(Sheet.RightMargin, SheetWriter.SIDE_MARGIN);
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, CheckinBook.COL_NOTE, 0, lastRow);
    }

    /** User text, never a formula: quote-prefixed when it starts like one. */
    private static void text(XSSFSheet sheet, int r, int c, String value, CellStyle style, Look look) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.createCell(c);
        String t = SafeText.fit(value);
        cell.setCellValue(t);
        cell.setCellStyle(SafeText.needsQuotePrefix(t) ? look.quoted(style) : style);
    }


    private static void number(Row row, int c, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** The styles of this workbook beyond the session workbook's: unlocked inputs, closed rows in grey. */
    private static final class Look {
        final CellStyle instruction;
        final CellStyle number;
        final CellStyle inputNumber;
        final CellStyle inputText;
        final CellStyle closedText;
        final CellStyle closedNumber;
        private final XSSFWorkbook wb;
        private final java.util.Map<Short, CellStyle> quoted = new java.util.HashMap<>();

        Look(XSSFWorkbook wb, Styles styles) {
            this.wb = wb;
            short general = wb.createDataFormat().getFormat("General");
            instruction = copy(wb, styles.muted());
            instruction.setWrapText(true);
            number = copy(wb, styles.text());
            number.setDataFormat(general);
            inputNumber = copy(wb, styles.input());
            inputNumber.setDataFormat(general);
            inputNumber.setLocked(false);
            inputText = copy(wb, styles.input());
            inputText.setWrapText(true);
            inputText.setLocked(false);
            closedText = copy(wb, styles.muted());
            closedText.setBorderBottom(BorderStyle.THIN);
            closedText.setBorderTop(BorderStyle.THIN);
            closedText.setBorderLeft(BorderStyle.THIN);
            closedText.setBorderRight(BorderStyle.THIN);
            fill(closedText);
            closedNumber = copy(wb, closedText);
            closedNumber.setDataFormat(general);
            closedNumber.setWrapText(false);
        }

        /** The same style with the quote prefix: the text is never taken for a formula. */
        CellStyle quoted(CellStyle base) {
            return quoted.computeIfAbsent(base.getIndex(), i -> {
                CellStyle q = copy(wb, base);
                q.setQuotePrefixed(true);
                return q;
            });
        }

        private static CellStyle copy(XSSFWorkbook wb, CellStyle base) {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            return s;
        }

        private static void fill(CellStyle s) {
            ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF,
                (byte) Integer.parseInt(CLOSED_FILL.substring(0, 2), 16), (byte) Integer.parseInt(CLOSED_FILL.substring(2, 4), 16),
                (byte) Integer.parseInt(CLOSED_FILL.substring(4, 6), 16)}, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

}
