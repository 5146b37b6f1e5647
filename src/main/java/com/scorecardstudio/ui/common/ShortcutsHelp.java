package com.scorecardstudio.ui.common;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * F1: the shortcuts of the page shown first, then those that work everywhere in the session, as two
 * tables of keys and what they do. Each list is one message, a line per shortcut, "keys — action".
 */
public final class ShortcutsHelp {
    private final Dialog<Void> dialog = new Dialog<>();

    public ShortcutsHelp(Window owner, Messages messages, String pageTitle, String pageList, String generalTitle, String generalList) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("shortcuts.title"));
        dialog.setHeaderText(null);
        // one table, so both lists' keys line up in one column
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        keys.setMaxWidth(300);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int row = rows(grid, 0, heading(pageTitle), pageList, "shortcutsPage");
        rows(grid, row, heading(generalTitle), generalList, "shortcutsGeneral");
        VBox body = new VBox(grid);
        body.setPadding(new Insets(4, 8, 4, 4));
        body.setId("shortcutsHelp");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefViewportWidth(640);
        // as tall as the lists, within the screen: measured before the window is placed, so that it is
        // centred on what it will show (not grown past the top of the screen afterwards)
        javafx.geometry.Rectangle2D screen = owner == null ? javafx.stage.Screen.getPrimary().getVisualBounds()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                        Math.max(1, owner.getHeight())).stream().findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        javafx.scene.Scene measure = new javafx.scene.Scene(new javafx.scene.Group(body));
        body.applyCss();
        double height = body.prefHeight(640);
        ((javafx.scene.Group) measure.getRoot()).getChildren().clear();
        scroll.setContent(body);
        scroll.setPrefViewportHeight(Math.min(height + 40, screen.getHeight() - 180)); // wrapped lines may take a little more
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("common.close"), ButtonType.CLOSE.getButtonData()));
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.setResizable(true);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        l.setWrapText(true);
        return l;
    }

    /** A heading over both columns, then a row per line of {@code list}; returns the next free row. */
    private static int rows(GridPane grid, int row, Label heading, String list, String id) {
        heading.setId(id);
        grid.add(heading, 0, row++, 2, 1);
        GridPane.setMargin(heading, new Insets(row == 1 ? 0 : 10, 0, 2, 0));
        for (String line : list.split("\n")) {
            int dash = line.indexOf(" — ");
            Label k = new Label(dash < 0 ? "" : line.substring(0, dash).strip());
            k.getStyleClass().addAll("shortcut-keys", id);
            k.setStyle("-fx-font-weight: bold;");
            k.setWrapText(true);
            Label a = new Label(dash < 0 ? line.strip() : line.substring(dash + 3).strip());
            a.getStyleClass().add(id);
            a.setWrapText(true);
            grid.addRow(row++, k, a);
        }
        return row;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
