package com.scorecardstudio.deck;

import com.scorecardstudio.deck.Slides.Para;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The initiative roadmap as a Gantt of native shapes: a row per initiative with dates, grouped by
 * perspective (a band in the perspective's colours, as the tables have) and ordered by start; a column per
 * quarter from the earliest start to the latest due date, or per year when that spans more than
 * {@link #MAX_COLUMNS} quarters (and then at most {@link #MAX_COLUMNS} years from the first: a bar
 * beyond is cut at the edge, a typo's year 2207 does not squeeze everyone else's bars to slivers); on
 * the left the initiative's title and its owner (each up to two lines, measured); a rounded bar per initiative
 * from start to due, coloured by status and named after the initiative so that it can be found in the
 * selection pane and moved; a "today" line when today is in range. Rows that do not fit one slide at
 * the 10 pt floor continue on further slides with the same header, a perspective's band repeated.
 * <p>
 * Dates: an initiative with only a due date starts at the session's date (the work is decided there),
 * or at its due date's quarter when that lies before the session; one with only a start date runs to
 * the end of its start's quarter and says "no due date" under its owner. Initiatives without any
 * date have no bar: a consultant wants them chased, not drawn, so the legend counts them and the
 * speaker notes name them. The notes also carry the budget per perspective (dropped initiatives not
 * counted) when budgets were given. No slide when no initiative has a date.
 */
final class RoadmapSlides {
    static final int MAX_COLUMNS = 12;
    private static final double TITLE_W = 290;
    private static final double OWNER_W = 110;
    private static final double LABEL_W = TITLE_W + OWNER_W;
    private static final double HEADER_H = 30;
    private static final double LEGEND_H = 18;
    private static final double GAP = 4;
    private static final double PAD = 1;
    private static final double BAR_H = 12;
    private static final double MIN_BAR = 6;
    private static final double MAX_SIZE = 12;

    /** An initiative on the roadmap: its goal's perspective and the dates its bar spans (both inclusive). */
    record Item(Stage stage, Initiative initiative, LocalDate from, LocalDate to, boolean noDue) {
    }

    /** A row: a perspective's band ({@code item} null) or an initiative. */
    private record Row(Stage stage, String band, Item item) {
    }

    /** A column of the time scale: its heading and its first day and the day after its last. */
    private record Column(String label, LocalDate from, LocalDate until) {
    }

    private final Slides deck;
    private final Messages m;
    private final List<Goal> goals;
    private final LocalDate sessionDate;
    private final LocalDate today;

    RoadmapSlides(Slides deck, List<Goal> goals, LocalDate sessionDate, LocalDate today) {
        this.deck = deck;
        this.m = deck.m;
        this.goals = goals;
        this.sessionDate = sessionDate == null ? today : sessionDate;
        this.today = today;
    }

    /** Whether the session has an initiative with a date, i.e. a roadmap slide (the agenda asks). */
    static boolean any(List<Goal> goals) {
        return goals.stream().flatMap(g -> g.initiatives().stream()).anyMatch(i -> i.start() != null || i.due() != null);
    }

    /** The initiatives with a date, by perspective, each ordered by start, then due, then title. */
    List<Item> items() {
        List<Item> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Item> items = new ArrayList<>();
            for (Goal g : goals) {
                if (g.stage() != stage) {
                    continue;
                }
                for (Initiative i : g.initiatives()) {
                    Item item = item(stage, i);
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            items.sort(Comparator.comparing(Item::from).thenComparing(Item::to).thenComparing(it -> it.initiative().title()));
            out.addAll(items);
        }
        return out;
    }

    private Item item(Stage stage, Initiative i) {
        if (i.start() != null && i.due() != null) {
            return new Item(stage, i, i.start(), i.due().isBefore(i.start()) ? i.start() : i.due(), false);
        }
        if (i.due() != null) {
            LocalDate from = sessionDate.isAfter(i.due()) ? quarterStart(i.due()) : sessionDate;
            return new Item(stage, i, from, i.due(), false);
        }
        if (i.start() != null) {
            return new Item(stage, i, i.start(), quarterStart(i.start()).plusMonths(3).minusDays(1), true);
        }
        return null;
    }

    private static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The columns: quarters from the earliest start to the latest due, or years past {@link #MAX_COLUMNS} quarters. */
    private List<Column> columns(List<Item> items) {
        LocalDate first = items.stream().map(Item::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = items.stream().map(Item::to).max(Comparator.naturalOrder()).orElseThrow();
        List<Column> cols = new ArrayList<>();
        LocalDate q = quarterStart(first);
        long quarters = ChronoUnit.MONTHS.between(q, quarterStart(last)) / 3 + 1;
        if (quarters <= MAX_COLUMNS) {
            for (int k = 0; k < quarters; k++, q = q.plusMonths(3)) {
                cols.add(new Column(m.get("deck.roadmap.quarter", String.valueOf((q.getMonthValue() - 1) / 3 + 1),
                        String.valueOf(q.getYear())), q, q.plusMonths(3)));
            }
            return cols;
        }
        LocalDate y = LocalDate.of(first.getYear(), 1, 1);
        long years = Math.min(MAX_COLUMNS, last.getYear() - first.getYear() + 1);
        for (int k = 0; k < years; k++, y = y.plusYears(1)) {
            cols.add(new Column(String.valueOf(y.getYear()), y, y.plusYears(1)));
        }
        return cols;
    }

    void write() {
        List<Item> items = items();
        if (items.isEmpty()) {
            return;
        }
        List<Column> cols = columns(items);
        double avail = Slides.BODY.getHeight() - HEADER_H - LEGEND_H - GAP;
        List<Row> rows = rows(items);
        double size = TextMeasure.MIN_SIZE;
        for (double s = MAX_SIZE; s >= TextMeasure.MIN_SIZE; s -= 0.5) {
            double h = 0;
            for (Row r : rows) {
                h += height(r, s);
            }
            if (h <= avail) {
                size = s;
                break;
            }
        }
        List<List<Row>> pages = paginate(rows, size, avail);
        String title = m.get("deck.roadmap.title");
        String notes = notes(items);
        int undated = undated().size();
        for (int p = 0; p < pages.size(); p++) {
            XSLFSlide slide = deck.slide(p == 0 ? title : m.get("deck.continued", title), Palette.NEUTRAL);
            page(slide, cols, pages.get(p), size, undated);
            deck.notes(slide, notes);
        }
    }

    private List<Row> rows(List<Item> items) {
        List<Row> rows = new ArrayList<>();
        Stage current = null;
        for (Item it : items) {
            if (it.stage() != current) {
                current = it.stage();
                rows.add(new Row(current, m.get("stage." + current.key()), null));
            }
            rows.add(new Row(current, null, it));
        }
        return rows;
    }

    private static double textWidth(double box) {
        return box - 2 * Slides.INSET_X;
    }

    /** The initiative's title, up to two lines (cut with an ellipsis past them; the notes of a map card or the app have it whole). */
    private List<Para> label(Item it, double s) {
        String t = it.initiative().title().isEmpty() ? m.get("initiative.untitled") : it.initiative().title();
        return List.of(Para.of(TextMeasure.fitLines(t, false, s, textWidth(TITLE_W), 2)));
    }

    /** The owner on up to two lines ("no owner yet" takes two in Russian), and "no due date" for a bar drawn to its start's quarter's end. */
    private List<Para> owner(Item it, double s) {
        String owner = it.initiative().owner().isEmpty() ? m.get("summary.initiative.noOwner") : it.initiative().owner();
        List<Para> out = new ArrayList<>();
        out.add(Para.of(TextMeasure.fitLines(owner, false, s, textWidth(OWNER_W), 2)).colour(Palette.MUTED));
        if (it.noDue()) {
            out.add(Para.of(TextMeasure.fitLines(m.get("deck.roadmap.noDue"), false, s, textWidth(OWNER_W), 1)).colour(Palette.MUTED));
        }
        return out;
    }

    private String band(Row r, double s) {
        return TextMeasure.fitLines(r.band(), true, s, textWidth(LABEL_W), 1);
    }

    private double height(Row r, double s) {
        if (r.item() == null) {
            return TextMeasure.height(band(r, s), true, s, textWidth(LABEL_W)) + 2 * Slides.INSET_Y;
        }
        double text = Math.max(Slides.height(label(r.item(), s), s, textWidth(TITLE_W)), Slides.height(owner(r.item(), s), s, textWidth(OWNER_W)));
        return text + 2 * Slides.INSET_Y + 2 * PAD;
    }

    /** Rows on pages no taller than {@code avail}; a band never ends a page, and is repeated "(continued)" on the next. */
    private List<List<Row>> paginate(List<Row> rows, double s, double avail) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        double used = 0;
        Row band = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double need = height(r, s) + (r.item() == null && i + 1 < rows.size() ? height(rows.get(i + 1), s) : 0);
            if (used + need > avail && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                if (r.item() != null && band != null) {
                    Row repeated = new Row(band.stage(), m.get("deck.continued", band.band()), null);
                    page.add(repeated);
                    used += height(repeated, s);
                }
            }
            page.add(r);
            used += height(r, s);
            if (r.item() == null) {
                band = r;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private void page(XSLFSlide slide, List<Column> cols, List<Row> rows, double s, int undated) {
        Rectangle2D body = Slides.BODY;
        double left = body.getX() + LABEL_W;
        double width = body.getMaxX() - left;
        double colW = width / cols.size();
        LocalDate start = cols.get(0).from();
        LocalDate end = cols.get(cols.size() - 1).until();
        double top = body.getY();
        // the header: the label column's heading and a column per quarter (or year)
        Slides.name(Slides.rect(slide, new Rectangle2D.Double(body.getX(), top, body.getWidth(), HEADER_H), Palette.NEUTRAL, null, 0),
                "Header");
        Slides.fitted(slide, new Rectangle2D.Double(body.getX(), top, TITLE_W, HEADER_H),
                List.of(Para.bold(m.get("deck.roadmap.col.initiative")).colour(Color.WHITE)), MAX_SIZE, VerticalAlignment.MIDDLE,
                TextAlign.LEFT);
        Slides.fitted(slide, new Rectangle2D.Double(body.getX() + TITLE_W, top, OWNER_W, HEADER_H),
                List.of(Para.bold(m.get("deck.roadmap.col.owner")).colour(Color.WHITE)), MAX_SIZE, VerticalAlignment.MIDDLE,
                TextAlign.LEFT);
        for (int c = 0; c < cols.size(); c++) {
            Slides.fitted(slide, new Rectangle2D.Double(left + c * colW, top, colW, HEADER_H),
                    List.of(Para.bold(cols.get(c).label()).colour(Color.WHITE)), MAX_SIZE, VerticalAlignment.MIDDLE, TextAlign.CENTER);
        }
        double y = top + HEADER_H;
        double rowsTop = y;
        double rowsBottom = y;
        for (Row r : rows) {
            rowsBottom += height(r, s);
        }
        // the grid under the bars: a line at each column's start, a stronger one at a year's
        for (int c = 1; c < cols.size(); c++) {
            boolean year = cols.get(c).from().getDayOfYear() == 1;
            double w = year ? 1.25 : 0.75;
            Slides.name(Slides.rect(slide, new Rectangle2D.Double(left + c * colW - w / 2, rowsTop, w, rowsBottom - rowsTop),
                    year ? Palette.NOT_MEASURED : Palette.RULE, null, 0), "Grid " + cols.get(c).label());
        }
        for (Row r : rows) {
            double h = height(r, s);
            if (r.item() == null) {
                Slides.name(Slides.rect(slide, new Rectangle2D.Double(body.getX(), y, body.getWidth(), h), Palette.tint(r.stage()), null, 0),
                        "Band " + r.band());
                Slides.textBox(slide, new Rectangle2D.Double(body.getX(), y, LABEL_W, h), List.of(Para.bold(band(r, s))
                        .colour(Palette.strong(r.stage()))), s, VerticalAlignment.MIDDLE, TextAlign.LEFT);
            } else {
                Item it = r.item();
                Slides.textBox(slide, new Rectangle2D.Double(body.getX(), y + PAD, TITLE_W, h - 2 * PAD), label(it, s), s,
                        VerticalAlignment.MIDDLE, TextAlign.LEFT);
                Slides.textBox(slide, new Rectangle2D.Double(body.getX() + TITLE_W, y + PAD, OWNER_W, h - 2 * PAD), owner(it, s), s,
                        VerticalAlignment.MIDDLE, TextAlign.LEFT);
                bar(slide, it, new Rectangle2D.Double(left, y, width, h), start, end);
                Slides.name(Slides.rect(slide, new Rectangle2D.Double(body.getX(), y + h - 0.5, body.getWidth(), 0.5), Palette.RULE, null, 0),
                        "Rule");
            }
            y += h;
        }
        if (!today.isBefore(start) && today.isBefore(end)) {
            double x = x(today, left, width, start, end);
            Slides.name(Slides.rect(slide, new Rectangle2D.Double(x - 0.75, rowsTop, 1.5, rowsBottom - rowsTop), Palette.WARNING, null, 0),
                    "Today");
        }
        legend(slide, body.getMaxY() - LEGEND_H, undated);
    }

    private static double x(LocalDate d, double left, double width, LocalDate start, LocalDate end) {
        double days = ChronoUnit.DAYS.between(start, end);
        double at = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, d)));
        return left + width * at / days;
    }

    private void bar(XSLFSlide slide, Item it, Rectangle2D lane, LocalDate start, LocalDate end) {
        double x1 = x(it.from(), lane.getX(), lane.getWidth(), start, end);
        double x2 = x(it.to().plusDays(1), lane.getX(), lane.getWidth(), start, end);
        if (x2 - x1 < MIN_BAR) {
            x1 = Math.min(x1, lane.getMaxX() - MIN_BAR);
            x2 = x1 + MIN_BAR;
        }
        double h = Math.min(BAR_H, lane.getHeight() - 4);
        XSLFAutoShape bar = slide.createAutoShape();
        bar.setShapeType(ShapeType.ROUND_RECT);
        bar.setAnchor(new Rectangle2D.Double(x1, lane.getCenterY() - h / 2, x2 - x1, h));
        style(bar, it.initiative().status());
        Slides.name(bar, it.initiative().title().isEmpty() ? m.get("initiative.untitled") : it.initiative().title());
    }

    private static void style(XSLFAutoShape shape, InitiativeStatus status) {
        switch (status) {
            case DONE -> shape.setFillColor(Palette.REACHED);
            case IN_PROGRESS -> shape.setFillColor(Palette.MOVING);
            case PLANNED -> shape.setFillColor(Palette.NOT_MEASURED);
            case DROPPED -> {
                shape.setFillColor(Palette.PAPER);
                shape.setLineColor(Palette.MUTED);
                shape.setLineWidth(1);
                shape.setLineDash(LineDash.DASH);
            }
        }
    }

    /** The status colours, the today line and how many initiatives have no dates yet, in a line under the rows. */
    private void legend(XSLFSlide slide, double y, int undated) {
        double x = Slides.BODY.getX();
        for (InitiativeStatus st : InitiativeStatus.values()) {
            XSLFAutoShape swatch = slide.createAutoShape();
            swatch.setShapeType(ShapeType.ROUND_RECT);
            swatch.setAnchor(new Rectangle2D.Double(x, y + 4, 18, 10));
            style(swatch, st);
            Slides.name(swatch, "Legend " + st.key());
            Slides.fitted(slide, new Rectangle2D.Double(x + 20, y, 96, LEGEND_H), List.of(Para.of(m.get("status." + st.key()))
                    .colour(Palette.MUTED)), TextMeasure.MIN_SIZE, VerticalAlignment.MIDDLE, TextAlign.LEFT);
            x += 120;
        }
        Slides.name(Slides.rect(slide, new Rectangle2D.Double(x + 8, y + 2, 1.5, LEGEND_H - 4), Palette.WARNING, null, 0), "Legend today");
        Slides.fitted(slide, new Rectangle2D.Double(x + 14, y, 96, LEGEND_H), List.of(Para.of(m.get("deck.roadmap.today"))
                .colour(Palette.MUTED)), TextMeasure.MIN_SIZE, VerticalAlignment.MIDDLE, TextAlign.LEFT);
        x += 120;
        if (undated > 0) {
            Slides.fitted(slide, new Rectangle2D.Double(x, y, Slides.BODY.getMaxX() - x, LEGEND_H),
                    List.of(Para.of(m.get("deck.roadmap.undated", undated)).colour(Palette.MUTED)), TextMeasure.MIN_SIZE,
                    VerticalAlignment.MIDDLE, TextAlign.RIGHT);
        }
    }

    private List<Initiative> undated() {
        return goals.stream().flatMap(g -> g.initiatives().stream()).filter(i -> i.start() == null && i.due() == null).toList();
    }

    /** How to read the slide, the budget per perspective and the initiatives without dates. */
    private String notes(List<Item> items) {
        StringBuilder sb = new StringBuilder(m.get("deck.roadmap.notes"));
        LocalNumbers numbers = new LocalNumbers(m.locale());
        StringBuilder budgets = new StringBuilder();
        BigDecimal total = BigDecimal.ZERO;
        for (Stage stage : Stage.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (Goal g : goals) {
                for (Initiative i : g.initiatives()) {
                    if (g.stage() == stage && i.budget() != null && i.status() != InitiativeStatus.DROPPED) {
                        sum = sum.add(i.budget());
                        n++;
                    }
                }
            }
            if (n > 0) {
                budgets.append("\n• ").append(m.get("stage." + stage.key())).append(": ").append(m.get("deck.roadmap.budget", numbers.format(sum), n));
                total = total.add(sum);
            }
        }
        if (!budgets.isEmpty()) {
            sb.append("\n\n").append(m.get("deck.roadmap.budgets")).append(budgets)
                    .append("\n").append(m.get("deck.roadmap.budgetTotal", numbers.format(total)));
        }
        List<Initiative> undated = undated();
        if (!undated.isEmpty()) {
            sb.append("\n\n").append(m.get("deck.roadmap.undated", undated.size()));
            for (Initiative i : undated) {
                sb.append("\n• ").append(i.title().isEmpty() ? m.get("initiative.untitled") : i.title());
            }
        }
        return sb.toString();
    }
}
