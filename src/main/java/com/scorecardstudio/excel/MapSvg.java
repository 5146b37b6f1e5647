package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.MapLayout;
import com.scorecardstudio.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strategy map as SVG, for slides that scale: the same lanes, cards and arrows as on screen, in
 * the same colours, drawn from the map's geometry (no screenshot), with titles wrapped on whole words.
 */
public final class MapSvg {
    private static final Map<Stage, String> STRONG = Map.of(Stage.FINANCIAL, "#1D4ED8", Stage.CUSTOMER, "#0F766E",
            Stage.INTERNAL_PROCESSES, "#B45309", Stage.LEARNING_GROWTH, "#7C3AED");
    private static final Map<Stage, String> TINT = Map.of(Stage.FINANCIAL, "#E8EFFD", Stage.CUSTOMER, "#E3F4F1",
            Stage.INTERNAL_PROCESSES, "#FBF0E2", Stage.LEARNING_GROWTH, "#F1ECFD");
    /** Characters per title line at 14 px in a card: a safe estimate for proportional fonts. */
    private static final int LINE_CHARS = 21;
    private static final int TITLE_LINES = 3;

    /** A card to draw. */
    public record Card(Stage stage, String title, String owner, CardBox box) {
    }

    /** An arrow from cause to effect; {@code warning} draws it red (a check found something). */
    public record Arrow(CardBox cause, CardBox effect, LinkStrength strength, boolean warning) {
    }

    private MapSvg() {
    }

    public static String render(List<Card> cards, List<Arrow> arrows, List<MapLayout.AreaLabel> areas, double width,
                                Messages messages) {
        double height = Lanes.height();
        StringBuilder svg = new StringBuilder(16_384);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                        + "font-family=\"Inter, Segoe UI, Helvetica, Arial, sans-serif\">%n", width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"14\" "
                + "markerHeight=\"14\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker></defs>\n");
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            double top = Lanes.top(s);
            svg.append(rect(0, top, width, Lanes.LANE_HEIGHT, TINT.get(s), "#CBD5E1", 0));
            svg.append(rect(0, top, Lanes.GUTTER, Lanes.LANE_HEIGHT, STRONG.get(s), "none", 0));
            List<String> title = wrap(messages.get("stage." + s.key()), 16, 3);
            for (int i = 0; i < title.size(); i++) {
                svg.append(text(14, top + 30 + i * 21, title.get(i), 17, "bold", "#FFFFFF"));
            }
        }
        for (MapLayout.AreaLabel a : areas) {
            double top = Lanes.top(a.stage());
            String name = messages.get("area." + a.stage().key() + "." + a.area());
            int fits = (int) Math.max(8, Math.max(a.width(), Lanes.CARD_WIDTH) / 7.5);
            svg.append(text(a.x(), top + 22, ellipsis(name, fits), 13, "bold", "#334155"));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#94A3B8\"/>%n",
                    a.x(), top + Lanes.HEADER - 4, a.x() + a.width(), top + Lanes.HEADER - 4));
        }
        for (Arrow a : arrows) {
            double[] from = a.cause().edgeToward(a.effect().centerX(), a.effect().centerY());
            double[] to = a.effect().edgeToward(a.cause().centerX(), a.cause().centerY());
            double w = a.strength() == LinkStrength.STRONG ? 5 : a.strength() == LinkStrength.MEDIUM ? 3 : 1.5;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s marker-end=\"url(#arrow)\"/>%n",
                    from[0], from[1], to[0], to[1], a.warning() ? "#DC2626" : "#1E293B", w,
                    a.strength() == LinkStrength.WEAK ? " stroke-dasharray=\"7 6\"" : ""));
        }
        for (Card c : cards) {
            CardBox b = c.box();
            svg.append(rect(b.x(), b.y(), b.width(), b.height(), "#FFFFFF", "#94A3B8", 8));
            svg.append(rect(b.x(), b.y(), 7, b.height(), STRONG.get(c.stage()), "none", 0));
            List<String> lines = wrap(c.title(), LINE_CHARS, TITLE_LINES);
            for (int i = 0; i < lines.size(); i++) {
                svg.append(text(b.x() + 16, b.y() + 24 + i * 18, lines.get(i), 14, "bold", "#0F172A"));
            }
            if (!c.owner().isBlank()) {
                svg.append(text(b.x() + 16, b.bottom() - 12, ellipsis(c.owner(), 28), 12, "normal", "#475569"));
            }
        }
        return svg.append("</svg>\n").toString();
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
