package com.scorecardstudio.excel;

import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet top to bottom (rows in order, as a streaming workbook needs), with user text made
 * safe, and remembers how wide each column's content is so that widths can be set at the end without
 * font metrics (a character count, capped).
 */
final class SheetWriter {
    final Sheet sheet;
    final Styles styles;
    private final Map<Integer, Integer> widest = new HashMap<>();
    /** Column widths in characters set up front, so that wrapped text can set its row's height. */
    private final Map<Integer, Integer> fixed = new HashMap<>();
    private Row current;

    SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Row {@code r} (0-based), created on first use; rows must be asked for in order. */
    Row row(int r) {
        if (current == null || current.getRowNum() != r) {
            Row existing = sheet.getRow(r);
            current = existing != null ? existing : sheet.createRow(r);
        }
        return current;
    }

    /** User or bundle text: never a formula, quote-prefixed when it starts like one. */
    Cell text(int r, int c, String value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        String t = SafeText.fit(value);
        cell.setCellValue(t);
        cell.setCellStyle(SafeText.needsQuotePrefix(t) ? styles.quoted(style) : style);
        note(c, longestLine(t));
        Integer width = fixed.get(c);
        if (width != null && style.getWrapText() && !t.isEmpty()) {
            fitHeight(r, lines(t, Math.max(4, width - 2)));
        }
        return cell;
    }

    Cell number(int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            note(c, value.toPlainString().length() + 3);
        }
        return cell;
    }

    Cell number(int r, int c, double value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(value);
        return cell;
    }

    /** A number with decimals only when it has them (12 stays 12, 12.5 shows 12.50). */
    Cell amount(int r, int c, BigDecimal value) {
        boolean whole = value == null || value.stripTrailingZeros().scale() <= 0;
        return number(r, c, value, whole ? styles.integer : styles.decimal);
    }

    Cell date(int r, int c, LocalDate value) {
        Cell cell = row(r).createCell(c);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
            note(c, 11);
        }
        return cell;
    }

    /**
     * A live formula with its result as the app computes it, stored as the cell's cached value: a
     * reader that does not recalculate on opening (LibreOffice by default, previews, mail clients)
     * shows the right number, and Excel recalculates anyway.
     *
     * @param cached a {@link Number}, a {@link String} ("" for an empty result), or null for none
     */
    Cell formula(int r, int c, String formula, CellStyle style, Object cached) {
        Cell cell = row(r).createCell(c);
        cell.setCellStyle(style);
        cell.setCellFormula(formula);
        if (cached instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (cached instanceof String s) {
            cell.setCellValue(s);
        }
        return cell;
    }

    Cell blank(int r, int c, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    /** Sets the columns' widths now, in characters, and lets wrapped text grow its row to fit. */
    void columns(int... chars) {
        for (int c = 0; c < chars.length; c++) {
            fixed.put(c, chars[c]);
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

    /** Makes row {@code r} tall enough for {@code lines} lines of 10-point text. */
    void fitHeight(int r, int lines) {
        if (lines > 1) {
            Row row = row(r);
            float needed = Math.min(409f, 13f * lines + 3f);
            if (row.getHeightInPoints() < needed) {
                row.setHeightInPoints(needed);
            }
        }
    }

    /** How many lines a text takes in a column {@code perLine} characters wide, breaking at spaces as a spreadsheet does. */
    static int lines(String text, int perLine) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int line = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (line > 0 && line + 1 + len > perLine) {
                    lines++;
                    line = 0;
                }
                line += (line > 0 ? 1 : 0) + len;
                while (line > perLine) {
                    lines++;
                    line -= perLine;
                }
            }
        }
        return lines;
    }

    void note(int c, int chars) {
        widest.merge(c, chars, Math::max);
    }

    /** Sets each column to its widest content, between {@code min} and {@code max} characters. */
    void widths(int columns, int min, int max) {
        for (int c = 0; c < columns; c++) {
            int chars = Math.max(min, Math.min(max, widest.getOrDefault(c, min) + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /** A column's width in characters, set outright. */
    void width(int c, int chars) {
        sheet.setColumnWidth(c, chars * 256);
    }

    static int longestLine(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                longest = Math.max(longest, run);
                run = 0;
            } else {
                run++;
            }
        }
        return Math.max(longest, run);
    }

    /**
     * A4 landscape, fitted to the page width, the given rows repeated on every page, the session's
     * title and date in the header and "page x of y" in the footer.
     *
     * @param repeatFirst first row to repeat (0-based), or -1 for none
     */
    static void printSetUp(Sheet sheet, Messages m, String sessionTitle, String date, int repeatFirst, int repeatLast,
                           boolean fitHeight) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) (fitHeight ? 1 : 0));
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(fitHeight);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        if (repeatFirst >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFirst, repeatLast, -1, -1));
        }
        Header header = sheet.getHeader();
        header.setLeft(headerText(sessionTitle));
        header.setRight(headerText(date));
        Footer footer = sheet.getFooter();
        footer.setLeft("&A");
        footer.setRight(m.get("export.page", "&P", "&N"));
    }

    /** User text for a header or footer: {@code &} starts a code there, so it is doubled. */
    static String headerText(String s) {
        String t = s == null ? "" : s.replace("&", "&&").replaceAll("[\\r\\n]+", " ");
        return t.length() > 120 ? t.substring(0, 119) + "…" : t;
    }
}
