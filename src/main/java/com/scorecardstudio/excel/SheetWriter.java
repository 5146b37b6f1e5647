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
public final class SheetWriter {
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
        if (style == styles.header && fixed.containsKey(c)) {
            fitWords(c, t);
        }
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
    public static void printSetUp(Sheet sheet, Messages m, String sessionTitle, String date, int repeatFirst, int repeatLast,
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

    /** A4 in points, and the side margins of the table sheets in inches. */
    static final double A4_LONG_PT = 842;
    static final double A4_SHORT_PT = 595;
    public static final double SIDE_MARGIN = 0.4;
    /** The smallest print scale a table is allowed: its 10-point text prints at 8.2 points at least. */
    static final double MIN_SCALE = 0.82;

    /** A column's printed width in points for its stored width in characters (Calibri 11: 7 px a character, padding included). */
    static double columnPoints(double chars) {
        return Math.floor(chars * 7 + 0.5) * 0.75;
    }

    /** The width of column {@code c} in characters, as set. */
    double chars(int c) {
        return sheet.getColumnWidth(c) / 256.0;
    }

    /**
     * Widens column {@code c}, if need be, so that no word of {@code text} (a header, bold) is broken
     * across lines: a spreadsheet breaks a word that does not fit its column, mid-word.
     */
    void fitWords(int c, String text) {
        int longest = 0;
        for (String word : text.split("[\\s/]+")) {
            longest = Math.max(longest, word.length());
        }
        int needed = (int) Math.ceil(longest * 1.15) + 2;
        if (chars(c) < needed) {
            width(c, needed);
            fixed.put(c, needed);
        }
    }

    /**
     * Prints a table that may be wider than the page across as many pages as it needs, never at a
     * scale below {@link #MIN_SCALE}: the columns are laid on pages whole {@code groups} at a time (a
     * value with its date, say), each page after the first repeating the key columns
     * {@code repeatFirst..repeatLast} (-1 for none) at its left; then one scale for all pages, the
     * largest that fits the widest page, and page breaks after the header rows wherever the rows fall.
     *
     * @param groups the first column of each group, ascending, starting at 0; the last group runs to {@code columns - 1}
     */
    void printAcross(int columns, int[] groups, int repeatFirst, int repeatLast) {
        PrintSetup ps = sheet.getPrintSetup();
        // 7 % kept free: LibreOffice lays the same column widths out a few per cent wider than Excel
        double printable = (A4_LONG_PT - 2 * SIDE_MARGIN * 72) * 0.93;
        double limit = printable / MIN_SCALE;
        double repeat = 0;
        for (int c = repeatFirst; c >= 0 && c <= repeatLast; c++) {
            repeat += columnPoints(chars(c));
        }
        double widest = 0;
        double page = 0;
        boolean first = true;
        for (int g = 0; g < groups.length; g++) {
            int from = groups[g];
            int to = g + 1 < groups.length ? groups[g + 1] - 1 : columns - 1;
            double w = 0;
            for (int c = from; c <= to; c++) {
                w += columnPoints(chars(c));
            }
            if (page > 0 && page + w > limit) {
                sheet.setColumnBreak(from - 1);
                widest = Math.max(widest, page);
                first = false;
                page = repeatFirst >= 0 && from > repeatLast ? repeat : 0;
            }
            page += w;
        }
        widest = Math.max(widest, page);
        int scale = (int) Math.floor(Math.min(1.0, printable / widest) * 100);
        sheet.setFitToPage(false);
        ps.setScale((short) scale);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        if (ps instanceof org.apache.poi.xssf.usermodel.XSSFPrintSetup x) { // a band's pages one after the other
            x.setPageOrder(org.apache.poi.ss.usermodel.PageOrder.OVER_THEN_DOWN);
        }
        if (!first && repeatFirst >= 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, repeatFirst, repeatLast));
        }
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN);
    }

    /** The same margin on every side of the page, in inches, the header and footer in half of it. */
    static void margins(Sheet sheet, double inches) {
        sheet.setMargin(Sheet.LeftMargin, inches);
        sheet.setMargin(Sheet.RightMargin, inches);
        sheet.setMargin(Sheet.TopMargin, inches);
        sheet.setMargin(Sheet.BottomMargin, inches);
        sheet.setMargin(Sheet.HeaderMargin, inches / 2);
        sheet.setMargin(Sheet.FooterMargin, inches / 2);
    }

    /** User text for a header or footer: {@code &} starts a code there, so it is doubled. */
    public static String headerText(String s) {
        String t = s == null ? "" : s.replace("&", "&&").replaceAll("[\\r\\n]+", " ");
        return t.length() > 120 ? t.substring(0, 119) + "…" : t;
    }
}
