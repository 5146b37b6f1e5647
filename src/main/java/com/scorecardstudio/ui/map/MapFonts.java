package com.scorecardstudio.ui.map;

import com.scorecardstudio.domain.map.MapText;
import com.scorecardstudio.domain.map.TextMeasure;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The map's fonts, measured as the screen draws them: the layout wraps titles and labels with these
 * widths and the cards show exactly those lines (set inline, so no stylesheet changes them), so a
 * title is never cut and every card is as tall as its title.
 */
final class MapFonts implements TextMeasure {
    static final MapFonts INSTANCE = new MapFonts();
    private static final String FAMILY = Font.getDefault().getFamily();
    private final Text probe = new Text();

    private MapFonts() {
    }

    static Font font(Role role) {
        return Font.font(FAMILY, role.bold ? FontWeight.BOLD : FontWeight.NORMAL, role.size);
    }

    /** The inline style giving a label this role's font. */
    static String style(Role role) {
        return "-fx-font-family: \"" + FAMILY + "\"; -fx-font-size: " + role.size + "px; -fx-font-weight: "
                + (role.bold ? "bold" : "normal") + ";";
    }

    /** A title as the card shows it: its lines, each no wider than the card. */
    String titleLines(String title) {
        return String.join("\n", MapText.wrap(title, MapText.TITLE_WIDTH, this, Role.TITLE));
    }

    String lines(String text, double width, Role role) {
        List<String> lines = MapText.wrap(text, width, this, role);
        return String.join("\n", lines);
    }

    /**
     * Widths measured lately: while a title is typed, its wrap measures the same lines before the
     * one being typed again on every keystroke.
     */
    private final java.util.Map<String, Double> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Double> eldest) {
            return size() > 2_000;
        }
    };

    @Override
    public double width(String text, Role role) {
        return recent.computeIfAbsent(role.ordinal() + "\u0000" + text, k -> {
            probe.setFont(font(role));
            probe.setText(text);
            return Math.ceil(probe.getLayoutBounds().getWidth()) + 1;
        });
    }

    private final java.util.Map<Role, Double> lineHeights = new java.util.EnumMap<>(Role.class);

    @Override
    public double lineHeight(Role role) {
        return lineHeights.computeIfAbsent(role, this::measureLineHeight);
    }

    private double measureLineHeight(Role role) {
        probe.setFont(font(role));
        probe.setText("Ag\nAg");
        double two = probe.getLayoutBounds().getHeight();
        probe.setText("Ag");
        double one = probe.getLayoutBounds().getHeight();
        return Math.ceil(Math.max(two - one, one));
    }
}
