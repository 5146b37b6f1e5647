package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.LaneBands;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.MapText;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.domain.map.TextMeasure;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.MapLayout;
import com.scorecardstudio.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strategy map as SVG, for slides that scale: the same lanes, cards and routed arrows as on
 * screen, in the same colours, drawn from the map's geometry (no screenshot), every title whole in
 * the lines the layout measured, with the session's title above and a legend below.
 */
public final class MapSvg {
    private static final Map<Stage, String> STRONG = Map.of(Stage.FINANCIAL, "#1D4ED8", Stage.CUSTOMER, "#0F766E",
            Stage.INTERNAL_PROCESSES, "#B45309", Stage.LEARNING_GROWTH, "#7C3AED");
    private static final Map<Stage, String> TINT = Map.of(Stage.FINANCIAL, "#E8EFFD", Stage.CUSTOMER, "#E3F4F1",
            Stage.INTERNAL_PROCESSES, "#FBF0E2", Stage.LEARNING_GROWTH, "#F1ECFD");

    /** A card to draw, its title in the lines the layout measured (whole). */
    public record Card(Stage stage, List<String> titleLines, String owner, CardBox box) {
    }

    /** A link's arrow along its route round the cards. */
    public record Arrow(Route route, LinkStrength strength) {
    }

    /** The map drawn: heading, lanes, links, cards and legend, with the geometry the screen uses. */
    public record Picture(String heading, List<Card> cards, List<Arrow> arrows, List<MapLayout.AreaLabel> areas,
                          LaneBands lanes, double width, TextMeasure measure, String fontFamily) {
    }

    private static final double HEADING = 64;
    private static final double LEGEND = 96;

    private MapSvg() {
    }

    /**
     * The map for slides: a heading with the session's title, the lanes, every title whole, the links
     * along their routes, and a legend; no editing marks (handles, pins, warnings).
     */
    public static String render(Picture p, Messages messages) {
        double mapHeight = p.lanes().totalHeight();
        double width = p.width();
        double height = HEADING + mapHeight + LEGEND;
        String family = (p.fontFamily() == null || p.fontFamily().isBlank() ? "" : escape(p.fontFamily()) + ", ")
                + "Inter, Segoe UI, Helvetica, Arial, sans-serif";
        StringBuilder svg = new StringBuilder(16_384);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                        + "font-family=\"%s\">%n", width, height, width, height, family));
        svg.append("<title>").append(escape(p.heading())).append("</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"14\" "
                + "markerHeight=\"14\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1E293B\"/></marker></defs>\n");
        svg.append(rect(0, 0, width, height, "#FFFFFF", "none", 0));
        svg.append(text(16, 40, p.heading(), 28, "bold", "#0F172A"));
        svg.append(String.format(Locale.ROOT, "<g id=\"map\" transform=\"translate(0,%.0f)\">%n", HEADING));
        LaneBands bands = p.lanes();
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            double top = bands.top(s);
            svg.append(rect(0, top, width, bands.height(s), TINT.get(s), "#CBD5E1", 0));
            svg.append(rect(0, top, Lanes.GUTTER, bands.height(s), STRONG.get(s), "none", 0));
            List<String> title = MapText.wrap(messages.get("stage." + s.key()), Lanes.GUTTER - 24, TextMeasure.ESTIMATE,
                    TextMeasure.Role.AREA);
            for (int i = 0; i < title.size(); i++) {
                svg.append(text(14, top + 30 + i * 21, title.get(i), 17, "bold", "#FFFFFF"));
            }
        }
        TextMeasure measure = p.measure();
        for (MapLayout.AreaLabel a : p.areas()) {
            double top = bands.top(a.stage());
            String name = messages.get("area." + a.stage().key() + "." + a.area());
            List<String> lines = MapText.wrap(name, a.width(), measure, TextMeasure.Role.AREA);
            double lh = measure.lineHeight(TextMeasure.Role.AREA);
            for (int i = 0; i < lines.size(); i++) {
                svg.append(text(a.x(), top + 6 + lh * (i + 0.8), lines.get(i), (int) TextMeasure.Role.AREA.size, "bold", "#334155"));
            }
            double ruleY = top + bands.header(a.stage()) - 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#94A3B8\"/>%n",
                    a.x(), ruleY, a.x() + a.width(), ruleY));
        }
        for (Arrow a : p.arrows()) {
            svg.append(polyline(a.route(), a.strength()));
        }
        double lh = measure.lineHeight(TextMeasure.Role.TITLE);
        for (Card c : p.cards()) {
            CardBox b = c.box();
            svg.append("<g class=\"card\">");
            svg.append(rect(b.x(), b.y(), b.width(), b.height(), "#FFFFFF", "#94A3B8", 8));
            svg.append(rect(b.x(), b.y(), 7, b.height(), STRONG.get(c.stage()), "none", 0));
            for (int i = 0; i < c.titleLines().size(); i++) {
                svg.append(text(b.x() + MapText.CARD_PAD_X + 6, b.y() + MapText.CARD_PAD_TOP + lh * (i + 0.8), c.titleLines().get(i),
                        (int) TextMeasure.Role.TITLE.size, "bold", "#0F172A"));
            }
            if (!c.owner().isBlank()) {
                svg.append(text(b.x() + MapText.CARD_PAD_X + 6, b.bottom() - 12, c.owner(), 12, "normal", "#475569"));
            }
            svg.append("</g>\n");
        }
        svg.append("</g>\n");
        // the legend: what the lines mean
        double y = HEADING + mapHeight + 28;
        svg.append(String.format(Locale.ROOT, "<g id=\"legend\">%n"));
        svg.append(text(16, y, messages.get("map.legend.title"), 15, "bold", "#0F172A"));
        double x = 16;
        y += 30;
        for (LinkStrength s : new LinkStrength[] {LinkStrength.STRONG, LinkStrength.MEDIUM, LinkStrength.WEAK}) {
            svg.append(polyline(new Route(0, 1, new double[] {x, y - 5, x + 44, y - 5}), s));
            String label = messages.get("map.legend.link." + s.key());
            svg.append(text(x + 54, y, label, 14, "normal", "#1E293B"));
            x += 54 + TextMeasure.ESTIMATE.width(label, TextMeasure.Role.AREA) * 0.95 + 32;
        }
        svg.append("</g>\n");
        return svg.append("</svg>\n").toString();
    }

    private static String polyline(Route r, LinkStrength strength) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
            pts.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", r.x(i), r.y(i)));
        }
        double w = strength == LinkStrength.STRONG ? 5 : strength == LinkStrength.MEDIUM ? 3 : 1.5;
        return String.format(Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"#1E293B\" stroke-width=\"%.1f\" stroke-linejoin=\"round\"%s marker-end=\"url(#arrow)\"/>%n",
                pts, w, strength == LinkStrength.WEAK ? " stroke-dasharray=\"7 6\"" : "");
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke, double radius) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\" fill=\"%s\" stroke=\"%s\"/>%n",
                x, y, w, h, radius, fill, stroke);
    }

    private static String text(double x, double y, String s, int size, String weight, String fill) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\">%s</text>%n",
                x, y, size, weight, fill, escape(s));
    }

    /** Whole words per line; the last line ends with an ellipsis when the text does not fit. */
    static List<String> wrap(String s, int chars, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = s.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (line.length() > 0 && line.length() + 1 + w.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    String last = lines.remove(maxLines - 1);
                    lines.add(ellipsis(last + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), chars));
                    return lines;
                }
            }
            line.append(line.length() > 0 ? " " : "").append(w);
        }
        if (line.length() > 0) {
            lines.add(ellipsis(line.toString(), chars));
        }
        return lines;
    }

    private static String ellipsis(String s, int chars) {
        return s.length() <= chars ? s : s.substring(0, Math.max(1, chars - 1)).stripTrailing() + "…";
    }

    /** Text for XML: user text never becomes markup. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
