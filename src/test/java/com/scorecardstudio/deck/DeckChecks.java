package com.scorecardstudio.deck;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * What every deck must be, read back from the file: each XML part valid against the ECMA-376 schemas
 * (poi-ooxml-full's XMLBeans types), no shape outside its slide, no text taller than its box when
 * measured with the real font metrics the deck was laid out with.
 */
final class DeckChecks {
    private DeckChecks() {
    }

    /** Every XML part checked against the ECMA-376 schemas, the package parts included (the workbook's check). */
    static List<String> schemaErrors(java.nio.file.Path file) throws Exception {
        return com.scorecardstudio.testing.OoxmlValidation.problems(file);
    }

    /** Shapes (top level and inside groups) whose box leaves the slide, as "slide n: name". */
    static List<String> outside(XMLSlideShow show) {
        List<String> out = new ArrayList<>();
        Rectangle2D page = new Rectangle2D.Double(0, 0, show.getPageSize().getWidth(), show.getPageSize().getHeight());
        int n = 1;
        for (XSLFSlide s : show.getSlides()) {
            for (XSLFShape sh : all(s.getShapes())) {
                Rectangle2D a = sh.getAnchor();
                if (sh instanceof org.apache.poi.xslf.usermodel.XSLFSimpleShape ss && Math.abs(ss.getRotation() % 180) == 90) {
                    // turned a quarter: what the slide shows is the box turned about its centre
                    a = new Rectangle2D.Double(a.getCenterX() - a.getHeight() / 2, a.getCenterY() - a.getWidth() / 2, a.getHeight(), a.getWidth());
                }
                if (a.getX() < -0.01 || a.getY() < -0.01 || a.getMaxX() > page.getWidth() + 0.01 || a.getMaxY() > page.getHeight() + 0.01) {
                    out.add("slide " + n + ": " + sh.getShapeName() + " " + a);
                }
            }
            n++;
        }
        return out;
    }

    static List<XSLFShape> all(List<XSLFShape> shapes) {
        List<XSLFShape> out = new ArrayList<>();
        for (XSLFShape s : shapes) {
            out.add(s);
            if (s instanceof XSLFGroupShape g) {
                out.addAll(all(g.getShapes()));
            }
        }
        return out;
    }

    /** Text boxes, shapes and table cells whose measured text is taller than their box, as "slide n: text". */
    static List<String> overflowing(XMLSlideShow show) {
        List<String> out = new ArrayList<>();
        int n = 1;
        for (XSLFSlide s : show.getSlides()) {
            for (XSLFShape sh : all(s.getShapes())) {
                if (sh instanceof XSLFTable t) {
                    double[] widths = new double[t.getNumberOfColumns()];
                    for (int c = 0; c < widths.length; c++) {
                        widths[c] = t.getColumnWidth(c);
                    }
                    for (int r = 0; r < t.getNumberOfRows(); r++) {
                        for (int c = 0; c < widths.length; c++) {
                            XSLFTableCell cell = t.getCell(r, c);
                            if (cell == null || cell.isMerged()) {
                                continue;
                            }
                            double w = 0;
                            for (int k = c; k < Math.min(widths.length, c + Math.max(1, cell.getGridSpan())); k++) {
                                w += widths[k];
                            }
                            check(out, n, cell, w, t.getRowHeight(r), 0);
                        }
                    }
                } else if (sh instanceof XSLFTextShape ts && !ts.getText().isEmpty()) {
                    Rectangle2D a = ts.getAnchor();
                    double corner = ts instanceof XSLFAutoShape as && as.getShapeType() == ShapeType.ROUND_RECT
                            ? Math.min(a.getWidth(), a.getHeight()) * MapSlides.ROUNDING * 0.29289 : 0;
                    check(out, n, ts, a.getWidth(), a.getHeight(), corner);
                }
            }
            n++;
        }
        return out;
    }

    private static double emu(Object v) {
        return Double.parseDouble(String.valueOf(v)) / 12_700.0;
    }

    /** The text's height: each paragraph wrapped at its largest run's size (bold if any run is), plus its space before. */
    static double textHeight(XSLFTextShape ts, double width) {
        double h = 0;
        for (XSLFTextParagraph p : ts.getTextParagraphs()) {
            double size = 0;
            boolean bold = false;
            for (XSLFTextRun r : p.getTextRuns()) {
                size = Math.max(size, r.getFontSize() == null ? 18 : r.getFontSize());
                bold |= r.isBold();
            }
            if (size == 0) {
                size = 18;
            }
            Double before = p.getSpaceBefore();
            if (before != null && before < 0) {
                h += -before;
            }
            h += TextMeasure.height(p.getText().replace('\u000B', '\n'), bold, size, width);
        }
        return h;
    }

    private static void check(List<String> out, int slide, XSLFTextShape ts, double width, double height, double corner) {
        double[] insets = {ts.getLeftInset(), ts.getRightInset(), ts.getTopInset(), ts.getBottomInset()};
        if (ts instanceof XSLFTableCell cell) {
            // a cell's margins are its tcPr's (marL, marR, marT, marB; defaults 0.1 in and 0.05 in)
            var pr = ((org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell) cell.getXmlObject()).getTcPr();
            insets = new double[] {
                pr != null && pr.isSetMarL() ? emu(pr.getMarL()) : 7.2, pr != null && pr.isSetMarR() ? emu(pr.getMarR()) : 7.2,
                pr != null && pr.isSetMarT() ? emu(pr.getMarT()) : 3.6, pr != null && pr.isSetMarB() ? emu(pr.getMarB()) : 3.6};
        }
        double w = width - insets[0] - insets[1] - 2 * corner;
        double avail = height - insets[2] - insets[3] - 2 * corner;
        double need = textHeight(ts, w);
        for (XSLFTextParagraph p : ts.getTextParagraphs()) {
            for (XSLFTextRun r : p.getTextRuns()) {
                if (!r.getRawText().isBlank() && r.getFontSize() != null && r.getFontSize() < TextMeasure.MIN_SIZE) {
                    out.add("slide " + slide + ": below the floor (" + r.getFontSize() + " pt): " + r.getRawText());
                }
            }
        }
        if (need > avail + 0.01) {
            out.add(String.format(java.util.Locale.ROOT, "slide %d: %.1f pt of text in %.1f pt: %s", slide, need, avail,
                    ts.getText().replace('\n', ' ')));
        }
    }
}
