package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.report.StrategyTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The first sheet the client sees, on one A4 page: the session, its client and date; per perspective
 * the goals with their indicators' traffic lights ({@link IndicatorStatus}); the client matrix by zone
 * (live counts and revenue shares over the clients' table, in the session currency only), the
 * dependence warning; the action plan's statuses, overdue initiatives and budget (live over the plan);
 * and a table of contents linking to every other sheet.
 * <p>
 * Every row holds one line of text, so that the page's height is known when it is written: the goal
 * list is cut to the page, worst indicators first, with a link to the full list.
 */
final class DashboardSheet {
    /** Lines for goals and indicators (besides the perspectives' header rows) that fit the page. */
    static final int GOAL_LINES = 30;
    static final int FIRST_ROW = 4;
    /** Column widths in characters: goal, indicator, light | gap | right block (three columns). */
    private static final int[] WIDTHS = {34, 38, 17, 3, 30, 11, 15};
    private static final int RIGHT = 4;

    private DashboardSheet() {
    }

    /** One line of the goal list: a goal with one of its indicators (null when it has none). */
    record Line(Goal goal, Indicator indicator, IndicatorStatus status) {
    }

    /** Where the other sheets put what the dashboard counts. */
    record Refs(Map<String, String> sheetNames, ActionPlanSheet.Layout plan, ScoresSheet.Names clients) {
    }

    static void write(Sheet sheet, SheetContext cx, ExportData data, LocalDate asOf, Refs refs) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        for (int c = 0; c < WIDTHS.length; c++) {
            w.width(c, WIDTHS[c]);
        }
        Session s = data.content().session();
        w.text(0, 0, cx.sessionTitle(), st.title);
        w.row(0).setHeightInPoints(24);
        List<String> about = new ArrayList<>();
        if (!s.organization().isBlank()) {
            about.add(s.organization());
        }
        about.add(cx.date());
        if (!s.facilitator().isBlank()) {
            about.add(cx.get("export.dashboard.facilitator", s.facilitator()));
        }
        w.text(1, 0, String.join(" · ", about), st.subtitle);
        w.text(2, 0, cx.get("export.dashboard.rule", cx.m().formatDate(asOf)), st.subtitle);

        List<IntConsumer> left = goals(w, cx, data.content().goals(), asOf, refs);
        List<IntConsumer> right = new ArrayList<>();
        contents(w, cx, refs, right);
        right.add(r -> { });
        matrix(w, cx, data.matrix(), refs, right);
        right.add(r -> { });
        plan(w, cx, data.content().goals(), asOf, refs, right);
        int rows = Math.max(left.size(), right.size());
        for (int i = 0; i < rows; i++) {
            int r = FIRST_ROW + i;
            w.row(r);
            if (i < left.size()) {
                left.get(i).accept(r);
            }
            if (i < right.size()) {
                right.get(i).accept(r);
            }
        }
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), -1, -1, true);
        SheetWriter.margins(sheet, 0.4);
        sheet.setMargin(Sheet.HeaderMargin, 0.15);
        sheet.setMargin(Sheet.FooterMargin, 0.15);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setDisplayGridlines(false);
    }

    /** The goals by perspective, each indicator with its light; cut to {@link #GOAL_LINES}, worst first where cut. */
    private static List<IntConsumer> goals(SheetWriter w, SheetContext cx, List<Goal> goals, LocalDate asOf, Refs refs) {
        Styles st = w.styles;
        Map<Stage, List<Line>> byStage = new EnumMap<>(Stage.class);
        for (Goal g : GoalsSheet.ordered(goals)) {
            List<Line> lines = byStage.computeIfAbsent(g.stage(), k -> new ArrayList<>());
            if (g.indicators().isEmpty()) {
                lines.add(new Line(g, null, null));
            }
            for (Indicator i : g.indicators()) {
                lines.add(new Line(g, i, IndicatorStatus.of(i, asOf)));
            }
        }
        int total = byStage.values().stream().mapToInt(List::size).sum();
        List<IntConsumer> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Line> lines = byStage.getOrDefault(stage, List.of());
            long goalCount = goals.stream().filter(g -> g.stage() == stage).count();
            long indicatorCount = lines.stream().filter(l -> l.indicator() != null).count();
            Map<IndicatorStatus, Integer> counts = new EnumMap<>(IndicatorStatus.class);
            lines.stream().filter(l -> l.status() != null).forEach(l -> counts.merge(l.status(), 1, Integer::sum));
            // the lights worst first: where the line is cut, it is the good news that goes
            List<String> lights = new ArrayList<>();
            counts.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().severity()))
                    .forEach(e -> lights.add(e.getValue() + " " + cx.get("export.dashboard.light." + e.getKey().key())));
            String stageHead = cx.get("stage." + stage.key()) + " · " + cx.get("export.dashboard.goals", goalCount);
            String head = cx.get("export.dashboard.indicators", indicatorCount) + (lights.isEmpty() ? "" : " — " + String.join(" · ", lights));
            out.add(r -> {
                w.text(r, 0, fit(stageHead, WIDTHS[0], true), st.stage.get(stage));
                w.text(r, 1, fit(head, WIDTHS[1] + WIDTHS[2], true), st.stage.get(stage));
                w.blank(r, 2, st.stage.get(stage));
                w.sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
            });
            int room = total <= GOAL_LINES ? lines.size() : Math.max(2, (int) Math.floor((double) GOAL_LINES * lines.size() / total));
            List<Line> shown = lines;
            int hidden = 0;
            if (lines.size() > room) {
                shown = new ArrayList<>(lines);
                shown.sort(Comparator.comparingInt((Line l) -> l.status() == null ? 2 : l.status().severity()));
                shown = shown.subList(0, room - 1);
                hidden = lines.size() - shown.size();
            }
            Goal[] previous = {null};
            for (Line line : shown) {
                boolean first = line.goal() != previous[0];
                previous[0] = line.goal();
                out.add(r -> {
                    String title = line.goal().title().isBlank() ? "—" : line.goal().title();
                    w.text(r, 0, first ? fit(title, WIDTHS[0], true) : "", first ? st.goalLine : st.line);
                    if (line.indicator() == null) {
                        w.text(r, 1, cx.get("export.goals.noIndicator"), st.muted);
                    } else {
                        w.text(r, 1, fit(line.indicator().name(), WIDTHS[1], false), st.line);
                        w.text(r, 2, "● " + cx.get("export.dashboard.light." + line.status().key()), st.light.get(line.status()));
                    }
                });
            }
            if (hidden > 0) {
                int n = hidden;
                out.add(r -> link(w, r, 1, cx.get("export.dashboard.more", n), refs.sheetNames().get("goals")));
            }
        }
        return out;
    }

    private static void contents(SheetWriter w, SheetContext cx, Refs refs, List<IntConsumer> out) {
        out.add(r -> w.text(r, RIGHT, cx.get("export.dashboard.contents"), w.styles.section));
        for (String key : refs.sheetNames().keySet()) { // the sheets of this workbook, in their order
            if (!key.equals("dashboard")) {
                out.add(r -> link(w, r, RIGHT, refs.sheetNames().get(key), refs.sheetNames().get(key)));
            }
        }
    }

    /** Live counts and revenue shares by zone over the clients' table, the unplaced, the other currencies and the dependence warning. */
    private static void matrix(SheetWriter w, SheetContext cx, Matrix matrix, Refs refs, List<IntConsumer> out) {
        Styles st = w.styles;
        ScoresSheet.Names t = refs.clients();
        out.add(r -> link(w, r, RIGHT, cx.get("export.dashboard.matrix"), refs.sheetNames().get("matrix"), st.section));
        String currency = matrix.currency().isBlank() ? "" : " " + matrix.currency();
        out.add(r -> {
            w.row(r).setHeightInPoints(27); // the share's header on two lines
            w.text(r, RIGHT, cx.get("export.matrix.col.zone"), st.header);
            w.text(r, RIGHT + 1, cx.get("export.matrix.col.clients"), st.header);
            // stripped: without a currency the label would end in a space, written with xml:space, which the schema refuses
            w.text(r, RIGHT + 2, cx.get("export.dashboard.share", currency.strip()).replaceAll("[,\\s]+$", ""), st.header);
        });
        BigDecimal total = matrix.totalRevenue();
        for (Zone zone : ScoresSheet.ZONE_ORDER) {
            String name = StrategyTexts.zoneName(zone, cx.m());
            String shortName = cx.get("scoring.zone." + zone.key() + ".short");
            List<Placement> in = matrix.placements().stream().filter(p -> p.zone().orElse(null) == zone).toList();
            BigDecimal revenue = in.stream().filter(p -> matrix.countsRevenue(p.client())).map(p -> p.client().revenue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(r -> {
                w.text(r, RIGHT, shortName, st.zoneLine.get(zone));
                w.formula(r, RIGHT + 1, "COUNTIF(" + t.column(t.zone()) + "," + ScoresSheet.Formulas.quote(name) + ")", st.integer,
                        in.size());
                w.formula(r, RIGHT + 2, t.share(ScoresSheet.Formulas.quote(name)), st.percent,
                        total.signum() == 0 ? "" : revenue.doubleValue() / total.doubleValue());
            });
        }
        out.add(r -> {
            w.text(r, RIGHT, cx.get("export.dashboard.notPlaced"), st.text);
            String counted = "COUNTA(" + t.column(t.name()) + ")-SUM(" + new CellReference(r - 4, RIGHT + 1).formatAsString() + ":"
                    + new CellReference(r - 1, RIGHT + 1).formatAsString() + ")";
            w.formula(r, RIGHT + 1, counted, st.integer, matrix.notPlaced().size());
            w.blank(r, RIGHT + 2, st.text);
        });
        if (!matrix.otherCurrency().isEmpty()) {
            List<String> currencies = matrix.otherCurrency().stream().map(p -> p.client().currency()).distinct().sorted().toList();
            String text = cx.get("export.dashboard.otherCurrency", matrix.otherCurrency().size(), String.join(", ", currencies),
                    matrix.currency());
            wrapped(w, out, text, st.muted);
        }
        LocalNumbers numbers = LocalNumbers.of(cx.m().locale());
        int shown = 0;
        for (Matrix.Concentration c : matrix.concentrated()) {
            if (shown++ == 2) {
                wrapped(w, out, cx.get("export.dashboard.moreConcentrated", matrix.concentrated().size() - 2), st.muted);
                break;
            }
            wrapped(w, out, "⚠ " + cx.get("scoring.concentration.warning", c.placement().client().name(), numbers.percentBeside(c.share(), matrix.concentrationLimit().movePointLeft(2)),
                    numbers.percent(matrix.concentrationLimit().movePointLeft(2))), st.warning);
        }
    }

    /** Statuses, overdue initiatives (live: today's date) and the budget, over the action plan's columns. */
    private static void plan(SheetWriter w, SheetContext cx, List<Goal> goals, LocalDate asOf, Refs refs, List<IntConsumer> out) {
        Styles st = w.styles;
        ActionPlanSheet.Layout plan = refs.plan();
        List<Initiative> all = goals.stream().flatMap(g -> g.initiatives().stream()).toList();
        out.add(r -> link(w, r, RIGHT, cx.get("export.dashboard.plan"), refs.sheetNames().get("plan"), st.section));
        out.add(r -> {
            w.text(r, RIGHT, cx.get("export.plan.col.status"), st.header);
            w.text(r, RIGHT + 1, cx.get("export.dashboard.initiatives"), st.header);
            w.blank(r, RIGHT + 2, st.header);
        });
        for (InitiativeStatus status : InitiativeStatus.values()) {
            String name = cx.get("status." + status.key());
            long n = all.stream().filter(i -> i.status() == status).count();
            out.add(r -> {
                w.text(r, RIGHT, name, st.status.get(status));
                w.formula(r, RIGHT + 1, "COUNTIF(" + plan.status() + "," + ScoresSheet.Formulas.quote(name) + ")", st.integer, n);
            });
        }
        long overdue = all.stream().filter(i -> ActionPlanSheet.overdue(i, asOf)).count();
        out.add(r -> {
            w.text(r, RIGHT, cx.get("export.dashboard.overdue"), overdue > 0 ? st.light.get(IndicatorStatus.OFF_TRACK) : st.text);
            w.formula(r, RIGHT + 1, "COUNTIFS(" + plan.due() + ",\"<\"&TODAY()," + plan.status() + ",\"<>\"&"
                    + ScoresSheet.Formulas.quote(cx.get("status.done")) + "," + plan.status() + ",\"<>\"&"
                    + ScoresSheet.Formulas.quote(cx.get("status.dropped")) + ")", st.integer, overdue);
        });
        BigDecimal budget = all.stream().map(Initiative::budget).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.add(r -> {
            w.text(r, RIGHT, cx.get("export.plan.total"), st.textBold);
            w.formula(r, RIGHT + 1, plan.total(), st.integer, budget);
            w.sheet.addMergedRegion(new CellRangeAddress(r, r, RIGHT + 1, RIGHT + 2));
            w.blank(r, RIGHT + 2, st.integer);
        });
    }

    /**
     * A text over the right block's three columns, broken into lines at word boundaries, one row each
     * (a tall row would open a gap in the goal list beside it).
     */
    private static void wrapped(SheetWriter w, List<IntConsumer> out, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        int chars = (int) ((WIDTHS[RIGHT] + WIDTHS[RIGHT + 1] + WIDTHS[RIGHT + 2]) * 1.1) - 2;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        for (String l : lines.subList(0, Math.min(3, lines.size()))) {
            out.add(r -> {
                w.text(r, RIGHT, l, style);
                w.blank(r, RIGHT + 1, style);
                w.blank(r, RIGHT + 2, style);
                w.sheet.addMergedRegion(new CellRangeAddress(r, r, RIGHT, RIGHT + 2));
            });
        }
    }

    /**
     * A text cut with an ellipsis to what a column of {@code chars} widths holds on one line: a width
     * is that of a digit, which most letters undercut (bold ones less).
     */
    static String fit(String text, int chars, boolean bold) {
        return MapSheet.shorten(text, (int) Math.floor(chars * (bold ? 1.02 : 1.12)) - 2);
    }

    private static void link(SheetWriter w, int r, int c, String text, String sheetName) {
        link(w, r, c, text, sheetName, w.styles.link);
    }

    private static void link(SheetWriter w, int r, int c, String text, String sheetName, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = w.text(r, c, text, style);
        Hyperlink link = w.sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
        cell.setHyperlink(link);
    }
}
