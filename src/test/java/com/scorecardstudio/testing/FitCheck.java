package com.scorecardstudio.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a user would find wrong with a window's layout: a control that lies (partly) outside the
 * window, and a button or a chosen label (navigation, page headers, titles) that is cut short with
 * "…". The window is the scene; content inside a scroll pane, a list or table, or the map's own
 * viewport is reached by scrolling: there only the texts are judged.
 */
public final class FitCheck {
    /** Style classes whose labels must show their whole text wherever they are. */
    private static final List<String> WHOLE_TEXT_WITHIN = List.of(
            "app-bar", "workspace-nav", "page-header", "title-1", "title-2", "title-3", "title-4",
            "nav-button", "nav-badge");

    private FitCheck() {
    }

    /** Every problem found, each a line naming {@code where}, the node and what is wrong; empty: none. */
    public static List<String> problems(Scene scene, String where) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        List<String> found = new ArrayList<>();
        walk(root, scene.getWidth(), scene.getHeight(), true, false, where, found);
        return found;
    }

    private static void walk(Node node, double width, double height, boolean bounded, boolean wholeText, String where,
                             List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        boolean whole = wholeText || WHOLE_TEXT_WITHIN.stream().anyMatch(node.getStyleClass()::contains);
        if (bounded && node instanceof Control control && control.getWidth() > 0 && control.getHeight() > 0) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1) {
                found.add(where + ": " + describe(node) + " lies outside the " + (int) width + "×" + (int) height
                        + " window at " + (int) b.getMinX() + "," + (int) b.getMinY() + "–" + (int) b.getMaxX() + ","
                        + (int) b.getMaxY());
                return; // what is inside it is outside too: one line for the control
            }
        }
        if (node instanceof Labeled labeled && (whole || node instanceof ButtonBase) && cutShort(labeled)) {
            found.add(where + ": " + describe(node) + " shows \"" + shownText(labeled) + "\"");
        }
        if (node instanceof Labeled labeled && labeled.isWrapText() && brokenWord(labeled) != null) {
            found.add(where + ": " + describe(node) + " breaks \"" + brokenWord(labeled) + "\" across lines");
        }
        if (node instanceof Parent parent) {
            // inside a scrolling container, what is out of view is reached by scrolling; its labels
            // and buttons must still show their whole text
            boolean inside = bounded && !scrolled(node);
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, width, height, inside, whole, where, found);
            }
        }
    }

    /** A container whose content is reached by scrolling or panning: judged as a whole. */
    private static boolean scrolled(Node node) {
        return node instanceof ScrollPane || node instanceof VirtualFlow<?> || node instanceof TableHeaderRow
                || node.getClass().getName().equals("com.scorecardstudio.ui.map.MapCanvas");
    }

    /** True when the label's text is on screen only in part ("…" in place of its end or middle). */
    public static boolean cutShort(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0
                || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return false;
        }
        String shown = shownText(labeled);
        return shown != null && !shown.equals(text);
    }

    /** A word of a wrapping label wider than the label: drawn broken across two lines (or null). */
    public static String brokenWord(Labeled labeled) {
        String text = labeled.getText();
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        if (text == null || text.isBlank() || room <= 0) {
            return null;
        }
        if (labeled.getGraphic() != null && labeled.getGraphic().isManaged()
                && (labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT)) {
            room -= labeled.getGraphic().prefWidth(-1) + labeled.getGraphicTextGap();
        }
        Text probe = new Text();
        probe.setFont(labeled.getFont());
        // where a line may break: at spaces and after hyphens ("онлайн-консультации")
        for (String word : text.split("\\s+|(?<=-)")) {
            probe.setText(word);
            if (probe.getLayoutBounds().getWidth() > room + 1) {
                return word;
            }
        }
        return null;
    }

    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            s.append(" \"").append(l.getText()).append('"');
        }
        return s.toString();
    }
}
