package com.scorecardstudio.deck;

import com.scorecardstudio.deck.Slides.Para;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;

/**
 * Native tables that always fit: every row's height is measured from its wrapped text; the table is set
 * in the largest size from 14 pt down to the 10 pt floor at which it fits the slide's body, and past
 * the floor it continues on further slides, the header repeated, a group's heading repeated as
 * "(continued)", and a row too tall for one slide split between lines.
 */
final class Tables {
    static final double CELL_X = 5;
    static final double CELL_Y = 3;
    static final double MAX_SIZE = 14;

    /** A column: its heading and its share of the width. */
    record Column(String header, double weight) {
    }

    /**
     * A row: one text per column, or for a group heading one text across all columns. {@code inks}
     * colours each cell's text (null: the ink colour); {@code fill} the row's background (null: none).
     */
    record Row(List<String> cells, boolean group, List<Color> inks, Color fill) {
        Row {
            cells = List.copyOf(cells);
            inks = inks == null ? null : Collections.unmodifiableList(new ArrayList<>(inks));
        }

        static Row of(String... cells) {
            return new Row(Arrays.asList(cells), false, null, null);
        }

        static Row group(String text, Color ink, Color fill) {
            return new Row(List.of(text), true, List.of(ink), fill);
        }

        Row inks(Color... colours) {
            return new Row(cells, group, Arrays.asList(colours), fill);
        }

        Color ink(int column) {
            Color c = inks == null || column >= inks.size() ? null : inks.get(column);
            return c == null ? Palette.INK : c;
        }

        Row withCells(List<String> newCells) {
            return new Row(newCells, group, inks, fill);
        }
    }

    private final Slides deck;
    private final List<Column> columns;
    private final double[] widths;

    private final double width;

    Tables(Slides deck, List<Column> columns) {
        this(deck, columns, Slides.BODY.getWidth());
    }

    /** A table {@code width} points wide, its columns sharing it by weight. */
    Tables(Slides deck, List<Column> columns, double width) {
        this.deck = deck;
        this.columns = List.copyOf(columns);
        this.width = width;
        double total = columns.stream().mapToDouble(Column::weight).sum();
        widths = columns.stream().mapToDouble(c -> width * c.weight() / total).toArray();
    }

    private double textWidth(Row row, int column) {
        return (row.group() ? width : widths[column]) - 2 * CELL_X;
    }

    double rowHeight(Row row, double size) {
        double h = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            h = Math.max(h, TextMeasure.height(row.cells().get(c), row.group(), size, textWidth(row, c)));
        }
        return h + 2 * CELL_Y;
    }

    private double headerHeight(double size) {
        double h = 0;
        for (int c = 0; c < columns.size(); c++) {
            h = Math.max(h, TextMeasure.height(columns.get(c).header(), true, size, widths[c] - 2 * CELL_X));
        }
        return h + 2 * CELL_Y;
    }

    /**
     * Writes the rows on as many slides as they need (at least one), each titled {@code title} (then
     * "… (continued)"), with {@code notes} as every slide's speaker notes. Returns the slides.
     */
    List<XSLFSlide> write(String title, Color accent, List<Row> rows, String notes, Rectangle2D area) {
        double avail = area.getHeight();
        for (double s = MAX_SIZE; s >= TextMeasure.MIN_SIZE; s -= 1) {
            double h = headerHeight(s);
            for (Row r : rows) {
                h += rowHeight(r, s);
            }
            if (h <= avail) {
                XSLFSlide slide = deck.slide(title, accent);
                table(slide, area, accent, rows, s);
                deck.notes(slide, notes);
                return List.of(slide);
            }
        }
        double s = TextMeasure.MIN_SIZE;
        List<List<Row>> pages = paginate(rows, s, avail);
        List<XSLFSlide> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide slide = deck.slide(i == 0 ? title : deck.m.get("deck.continued", title), accent);
            table(slide, area, accent, pages.get(i), s);
            deck.notes(slide, notes);
            out.add(slide);
        }
        return out;
    }

    List<List<Row>> paginate(List<Row> rows, double s, double avail) {
        double header = headerHeight(s);
        double line = TextMeasure.height(1, s);
        // the most one row may take: a page's room under the header and a repeated group heading
        double maxRow = avail - header - 2 * line - 2 * CELL_Y;
        List<Row> all = new ArrayList<>();
        for (Row r : rows) {
            all.addAll(split(r, s, maxRow));
        }
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        double used = header;
        Row group = null;
        boolean onlyRepeated = false;
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            double h = rowHeight(r, s);
            double need = h + (r.group() && i + 1 < all.size() ? rowHeight(all.get(i + 1), s) : 0);
            if (used + need > avail && !page.isEmpty() && !onlyRepeated) {
                pages.add(page);
                page = new ArrayList<>();
                used = header;
                if (!r.group() && group != null) {
                    Row repeated = group.withCells(List.of(deck.m.get("deck.continued", group.cells().get(0))));
                    page.add(repeated);
                    used += rowHeight(repeated, s);
                }
            }
            page.add(r);
            onlyRepeated = false;
            used += h;
            if (r.group()) {
                group = r;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** A row as pieces no taller than {@code max}: split between wrapped lines, every cell alike. */
    private List<Row> split(Row row, double s, double max) {
        if (rowHeight(row, s) <= max) {
            return List.of(row);
        }
        int keep = Math.max(1, (int) Math.floor((max - 2 * CELL_Y) / TextMeasure.height(1, s)));
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            List<TextMeasure.Line> lines = TextMeasure.wrap(row.cells().get(c), row.group(), s, textWidth(row, c));
            first.add(TextMeasure.join(lines.subList(0, Math.min(keep, lines.size()))).stripTrailing());
            rest.add(lines.size() > keep ? TextMeasure.join(lines.subList(keep, lines.size())).stripLeading() : "");
        }
        List<Row> out = new ArrayList<>();
        out.add(row.withCells(first));
        out.addAll(split(row.withCells(rest), s, max));
        return out;
    }

    private void table(XSLFSlide slide, Rectangle2D area, Color accent, List<Row> rows, double s) {
        int n = columns.size();
        XSLFTable t = slide.createTable(rows.size() + 1, n);
        Slides.name(t, "Table");
        double total = 0;
        for (int c = 0; c < n; c++) {
            t.setColumnWidth(c, widths[c]);
        }
        double hh = headerHeight(s);
        XSLFTableRow header = t.getRows().get(0);
        header.setHeight(hh);
        total += hh;
        for (int c = 0; c < n; c++) {
            XSLFTableCell cell = header.getCells().get(c);
            format(cell, List.of(Para.bold(columns.get(c).header()).colour(Color.WHITE)), s, accent);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            XSLFTableRow tr = t.getRows().get(r + 1);
            double h = rowHeight(row, s);
            tr.setHeight(h);
            total += h;
            if (row.group()) {
                format(tr.getCells().get(0), List.of(Para.bold(row.cells().get(0)).colour(row.ink(0))), s, row.fill());
                for (int c = 1; c < n; c++) {
                    format(tr.getCells().get(c), List.of(Para.of("")), s, row.fill());
                }
                if (n > 1) {
                    t.mergeCells(r + 1, r + 1, 0, n - 1);
                }
            } else {
                for (int c = 0; c < n; c++) {
                    String text = c < row.cells().size() ? row.cells().get(c) : "";
                    format(tr.getCells().get(c), List.of(Para.of(text).colour(row.ink(c))), s, row.fill());
                }
            }
        }
        t.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), width, total));
    }

    private static void format(XSLFTableCell cell, List<Para> paras, double s, Color fill) {
        Slides.setText(cell, paras, s, TextAlign.LEFT);
        cell.setLeftInset(CELL_X);
        cell.setRightInset(CELL_X);
        cell.setTopInset(CELL_Y);
        cell.setBottomInset(CELL_Y);
        cell.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill != null) {
            cell.setFillColor(fill);
        }
        cell.setBorderColor(BorderEdge.bottom, Palette.RULE);
        cell.setBorderWidth(BorderEdge.bottom, 0.75);
        // the schema wants a cell's text body to open with its body properties and hold a paragraph;
        // POI leaves the first out when it makes a cell's text body
        var body = ((org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell) cell.getXmlObject()).getTxBody();
        if (body.getBodyPr() == null) {
            body.addNewBodyPr();
        }
        if (body.sizeOfPArray() == 0) {
            body.addNewP();
        }
    }
}
