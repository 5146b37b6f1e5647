package com.scorecardstudio.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The WCAG contrast of every text on screen against what is drawn behind it (the nearest
 * backgrounds, blended where they are see-through): at least 4.5:1, or 3:1 for large text (24 px, or
 * 18.66 px bold) and 3:1 for an icon. Disabled controls are left out, as WCAG leaves them out.
 */
public final class ContrastCheck {
    private ContrastCheck() {
    }

    /** Each text below the contrast it needs, once per text, colour and background. */
    public static List<String> problems(Scene scene, String where) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        Set<String> found = new LinkedHashSet<>();
        walk(root, where, found);
        return new ArrayList<>(found);
    }

    private static void walk(Node node, String where, Set<String> found) {
        if (!node.isVisible() || node.getOpacity() < 0.99 || node.isDisabled()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && text.getFill() instanceof Color fill && fill.getOpacity() > 0) {
            Color behind = background(text);
            if (behind != null) {
                Color fg = blend(fill, behind);
                double ratio = ratio(fg, behind);
                // an icon is a graphic (WCAG 1.4.11: 3:1), drawn as a glyph of an icon font
                boolean icon = text.getStyleClass().contains("ikonli-font-icon");
                double needed = icon || large(text.getFont()) ? 3.0 : 4.5;
                if (ratio < needed) {
                    found.add(String.format(java.util.Locale.ROOT, "%s: \"%s\" %s on %s is %.2f:1 (needs %.1f:1) in %s",
                            where, shorten(text.getText()), hex(fg), hex(behind), ratio, needed, owner(text)));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, where, found);
            }
        }
    }

    /** The colour behind a node: the backgrounds of its ancestors, top one first, blended down to an opaque one. */
    private static Color background(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    Paint p = fills.get(i).getFill();
                    if (p instanceof Color c && c.getOpacity() > 0) {
                        layers.add(c);
                        if (c.getOpacity() >= 0.999) {
                            return flatten(layers);
                        }
                    }
                }
            }
        }
        return layers.isEmpty() ? null : flatten(layers);
    }

    private static Color flatten(List<Color> layers) {
        Color under = Color.WHITE.equals(layers.get(layers.size() - 1)) || layers.get(layers.size() - 1).getOpacity() >= 0.999
                ? layers.get(layers.size() - 1) : blend(layers.get(layers.size() - 1), Color.WHITE);
        for (int i = layers.size() - 2; i >= 0; i--) {
            under = blend(layers.get(i), under);
        }
        return under;
    }

    private static Color blend(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
        return font.getSize() >= 24 || (bold && font.getSize() >= 18.66);
    }

    private static String owner(Node text) {
        Node n = text.getParent();
        while (n != null && n.getId() == null && n.getStyleClass().isEmpty()) {
            n = n.getParent();
        }
        return n == null ? "?" : n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "")
                + (n.getStyleClass().isEmpty() ? "" : "." + String.join(".", n.getStyleClass()));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
