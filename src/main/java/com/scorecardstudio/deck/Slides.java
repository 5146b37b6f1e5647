package com.scorecardstudio.deck;

import com.scorecardstudio.i18n.Messages;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFShapeContainer;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck being written and its drawing primitives: 16:9 slides (960 × 540 pt) with a title in the
 * section's colour and a footer, text boxes whose type is chosen by measuring (largest size that fits,
 * never below {@link TextMeasure#MIN_SIZE}), and speaker notes.
 */
final class Slides {
    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 36;
    static final double TITLE_TOP = 18;
    static final double TITLE_HEIGHT = 46;
    static final double BODY_TOP = 76;
    static final double FOOTER_TOP = 510;
    static final double BODY_BOTTOM = 500;
    /** The area slides lay their content in. */
    static final Rectangle2D BODY = new Rectangle2D.Double(MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, BODY_BOTTOM - BODY_TOP);
    static final double INSET_X = 4;
    static final double INSET_Y = 2;

    /** One paragraph of a text box: its text, weight, colour, size relative to the box's and space before it (pt). */
    record Para(String text, boolean bold, Color colour, double scale, double spaceBefore) {
        static Para of(String text) {
            return new Para(text, false, Palette.INK, 1, 0);
        }

        static Para bold(String text) {
            return new Para(text, true, Palette.INK, 1, 0);
        }

        Para colour(Color c) {
            return new Para(text, bold, c, scale, spaceBefore);
        }

        Para scale(double s) {
            return new Para(text, bold, colour, s, spaceBefore);
        }

        Para before(double points) {
            return new Para(text, bold, colour, scale, points);
        }
    }

    final XMLSlideShow show;
    final Messages m;
    private final String footer;
    private final XSLFSlideLayout blank;
    private final List<XSLFSlide> slides = new ArrayList<>();

    Slides(Messages m, String footer) {
        this.show = new XMLSlideShow();
        this.show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
        this.m = m;
        this.footer = footer;
        this.blank = show.getSlideMasters().get(0).getLayout(SlideLayout.BLANK);
    }

    /** A new slide without a title (the title slide). */
    XSLFSlide slide(String title) {
        XSLFSlide slide = show.createSlide(blank);
        slides.add(slide);
        return slide;
    }

    /** A new slide with its title in {@code accent} (a strip at the top, the title below it) and the footer. */
    XSLFSlide slide(String title, Color accent) {
        XSLFSlide slide = slide(title);
        XSLFAutoShape strip = rect(slide, new Rectangle2D.Double(0, 0, WIDTH, 6), accent, null, 0);
        Slides.name(strip, "Accent");
        XSLFTextBox t = fitted(slide, new Rectangle2D.Double(MARGIN - INSET_X, TITLE_TOP, WIDTH - 2 * MARGIN + 2 * INSET_X, TITLE_HEIGHT),
                List.of(Para.bold(title)), 26, VerticalAlignment.MIDDLE, TextAlign.LEFT);
        Slides.name(t, "Title");
        XSLFAutoShape rule = rect(slide, new Rectangle2D.Double(MARGIN, TITLE_TOP + TITLE_HEIGHT + 4, 72, 3), accent, null, 0);
        Slides.name(rule, "Title rule");
        return slide;
    }

    /** Writes the footer (session and page "n / total") on every slide: called once all slides exist. */
    void finish() {
        int total = slides.size();
        for (int i = 0; i < total; i++) {
            XSLFSlide s = slides.get(i);
            if (i > 0) {
                fitted(s, new Rectangle2D.Double(MARGIN - INSET_X, FOOTER_TOP, 700, 20), List.of(Para.of(footer).colour(Palette.MUTED)),
                        TextMeasure.MIN_SIZE, VerticalAlignment.MIDDLE, TextAlign.LEFT);
            }
            fitted(s, new Rectangle2D.Double(WIDTH - MARGIN - 120 + INSET_X, FOOTER_TOP, 120, 20),
                    List.of(Para.of(m.get("deck.page", i + 1, total)).colour(Palette.MUTED)), TextMeasure.MIN_SIZE,
                    VerticalAlignment.MIDDLE, TextAlign.RIGHT);
        }
    }

    int count() {
        return slides.size();
    }

    /** The speaker notes of a slide: one paragraph per line of {@code text}. */
    void notes(XSLFSlide slide, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (show.getNotesMaster() == null) {
            show.createNotesMaster();
            leanNotesMaster(show.getNotesMaster());
        }
        XSLFNotes notes = show.getNotesSlide(slide);
        fieldsAsFields(notes);
        for (XSLFShape sh : notes.getShapes()) {
            if (sh instanceof XSLFTextShape ts && ts.getTextType() == Placeholder.BODY) {
                ts.clearText();
                for (String line : text.split("\n", -1)) {
                    XSLFTextRun r = ts.addNewTextParagraph().addNewTextRun();
                    r.setText(line);
                    r.setFontFamily(TextMeasure.DECLARED_FONT);
                    r.setFontSize(12.0);
                }
                return;
            }
        }
    }

    /**
     * Only the slide's picture and the notes text on the notes master: every notes page is a copy of the
     * master's shapes, and copying the header, date, footer and number boxes and the prompt texts cost
     * a tenth of a large deck's time for what nobody fills in.
     */
    private static void leanNotesMaster(org.apache.poi.xslf.usermodel.XSLFNotesMaster master) {
        for (XSLFShape sh : new java.util.ArrayList<>(master.getShapes())) {
            Placeholder ph = sh instanceof org.apache.poi.xslf.usermodel.XSLFSimpleShape ss ? ss.getPlaceholder() : null;
            if (ph != Placeholder.BODY && ph != Placeholder.SLIDE_IMAGE) {
                master.removeShape(sh);
            } else if (ph == Placeholder.BODY && sh instanceof XSLFTextShape body) {
                // the prompt texts ("Click to edit…", five levels) are copied paragraph by paragraph into
                // every page only to be cleared there; the levels' looks live in the master's notes style
                body.clearText();
                body.addNewTextParagraph();
            }
        }
    }

    /**
     * POI copies the notes master's slide-number field into a new notes page as a text run that keeps the
     * field's {@code id} and {@code type}, which the schema does not allow on a run: make it a field again.
     */
    private static void fieldsAsFields(XSLFNotes notes) {
        String a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        try (org.apache.xmlbeans.XmlCursor c = notes.getXmlObject().newCursor()) {
            while (c.toNextToken() != org.apache.xmlbeans.XmlCursor.TokenType.ENDDOC) {
                if (c.isStart() && a.equals(c.getName().getNamespaceURI()) && "r".equals(c.getName().getLocalPart())
                        && c.getAttributeText(new javax.xml.namespace.QName("", "id")) != null) {
                    c.setName(new javax.xml.namespace.QName(a, "fld"));
                }
            }
        }
    }

    /** Names a shape (what PowerPoint's selection pane shows). */
    static void name(XSLFShape shape, String name) {
        XmlObject x = shape.getXmlObject();
        CTNonVisualDrawingProps props = null;
        if (x instanceof CTShape sp) {
            props = sp.getNvSpPr().getCNvPr();
        } else if (x instanceof CTGroupShape g) {
            props = g.getNvGrpSpPr().getCNvPr();
        } else if (x instanceof CTConnector c) {
            props = c.getNvCxnSpPr().getCNvPr();
        } else if (x instanceof CTGraphicalObjectFrame f) {
            props = f.getNvGraphicFramePr().getCNvPr();
        }
        if (props != null) {
            props.setName(name);
        }
    }

    static XSLFAutoShape rect(XSLFShapeContainer parent, Rectangle2D r, Color fill, Color line, double lineWidth) {
        XSLFAutoShape s = parent.createAutoShape();
        s.setShapeType(ShapeType.RECT);
        s.setAnchor(r);
        if (fill != null) {
            s.setFillColor(fill);
        }
        if (line != null) {
            s.setLineColor(line);
            s.setLineWidth(lineWidth);
        }
        return s;
    }

    /** The height {@code paras} take at base size {@code size} in a box whose text area is {@code width} wide. */
    static double height(List<Para> paras, double size, double width) {
        double h = 0;
        for (Para p : paras) {
            h += p.spaceBefore() + TextMeasure.height(p.text(), p.bold(), pt(size, p.scale()), width);
        }
        return h;
    }

    /** The size a paragraph is set in: base size times its scale, in half points as office suites store it. */
    static double pt(double size, double scale) {
        return Math.round(size * scale * 2) / 2.0;
    }

    /** The smallest relative size among the paragraphs: the one the floor applies to. */
    private static double minScale(List<Para> paras) {
        return paras.stream().mapToDouble(Para::scale).min().orElse(1);
    }

    /**
     * The largest base size from {@code max} down (half points) at which {@code paras} fit in a text area
     * {@code width × height}, with no paragraph below the floor; NaN when none does.
     */
    static double fitSize(List<Para> paras, double width, double height, double max) {
        double floor = TextMeasure.MIN_SIZE / minScale(paras);
        for (double s = max; s >= floor - 1e-9; s -= 0.5) {
            if (height(paras, s, width) <= height) {
                return s;
            }
        }
        return Double.NaN;
    }

    /**
     * A text box in {@code r} with {@code paras} at the largest size up to {@code max} that fits; when even
     * the floor does not fit, the last paragraphs are cut short with an ellipsis (for titles and cards,
     * whose whole text is elsewhere in the deck; lists continue on the next slide instead).
     */
    static XSLFTextBox fitted(XSLFShapeContainer parent, Rectangle2D r, List<Para> paras, double max, VerticalAlignment va, TextAlign align) {
        XSLFTextBox box = parent.createTextBox();
        box.setAnchor(r);
        fitInto(box, r, paras, List.of(), max, va, align);
        return box;
    }

    /**
     * Sets {@code paras} into {@code shape} (whose rectangle is {@code r}) at the largest size up to
     * {@code max} at which they and {@code reserved} (paragraphs the caller adds itself afterwards, measured
     * here) fit; past the floor, the text is cut short with an ellipsis. Returns the size used.
     */
    static double fitInto(XSLFTextShape shape, Rectangle2D r, List<Para> paras, List<Para> reserved, double max,
                          VerticalAlignment va, TextAlign align) {
        double w = r.getWidth() - 2 * INSET_X;
        double h = r.getHeight() - 2 * INSET_Y;
        List<Para> all = new ArrayList<>(paras);
        all.addAll(reserved);
        double size = fitSize(all, w, h, max);
        List<Para> shown = paras;
        if (Double.isNaN(size)) {
            size = TextMeasure.MIN_SIZE / minScale(all);
            shown = cut(paras, size, w, h - height(reserved, size, w));
        }
        setText(shape, shown, size, align);
        shape.setWordWrap(true);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setVerticalAlignment(va);
        shape.setLeftInset(INSET_X);
        shape.setRightInset(INSET_X);
        shape.setTopInset(INSET_Y);
        shape.setBottomInset(INSET_Y);
        return size;
    }

    /** The paragraphs that fit in {@code height} at {@code size}, the last one shortened with an ellipsis. */
    static List<Para> cut(List<Para> paras, double size, double width, double height) {
        List<Para> out = new ArrayList<>();
        double used = 0;
        for (Para p : paras) {
            double ps = pt(size, p.scale());
            double line = TextMeasure.height(1, ps);
            double need = p.spaceBefore() + TextMeasure.height(p.text(), p.bold(), ps, width);
            if (used + need <= height) {
                out.add(p);
                used += need;
                continue;
            }
            int lines = (int) Math.floor((height - used - p.spaceBefore()) / line + 1e-9);
            if (lines > 0) {
                out.add(new Para(TextMeasure.fitLines(p.text(), p.bold(), ps, width, lines), p.bold(), p.colour(), p.scale(), p.spaceBefore()));
            }
            break;
        }
        return out;
    }

    /** A text box with exactly these paragraphs at this base size: no autofit, wrapped, set insets. */
    static XSLFTextBox textBox(XSLFShapeContainer parent, Rectangle2D r, List<Para> paras, double size, VerticalAlignment va,
                               TextAlign align) {
        XSLFTextBox box = parent.createTextBox();
        box.setAnchor(r);
        setText(box, paras, size, align);
        box.setWordWrap(true);
        box.setTextAutofit(TextAutofit.NONE);
        box.setVerticalAlignment(va);
        box.setLeftInset(INSET_X);
        box.setRightInset(INSET_X);
        box.setTopInset(INSET_Y);
        box.setBottomInset(INSET_Y);
        return box;
    }

    /** Replaces a shape's text with {@code paras} at base size {@code size}, in the declared font. */
    static void setText(XSLFTextShape shape, List<Para> paras, double size, TextAlign align) {
        shape.clearText();
        for (Para p : paras) {
            XSLFTextParagraph tp = shape.addNewTextParagraph();
            tp.setTextAlign(align);
            tp.setLineSpacing(100.0);
            if (p.spaceBefore() > 0) {
                tp.setSpaceBefore(-p.spaceBefore());
            }
            String[] lines = p.text().split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    style(tp.addLineBreak(), p, size);
                }
                XSLFTextRun run = tp.addNewTextRun();
                run.setText(lines[i]);
                style(run, p, size);
            }
        }
    }

    private static void style(XSLFTextRun run, Para p, double size) {
        run.setFontFamily(TextMeasure.DECLARED_FONT);
        run.setFontSize(pt(size, p.scale()));
        run.setBold(p.bold());
        run.setFontColor(p.colour());
    }
}
