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
        VBox body = new VBox(8, heading(pageTitle), table(pageList, "shortcutsPage"), heading(generalTitle),
                table(generalList, "shortcutsGeneral"));
        body.setPadding(new Insets(4, 8, 4, 4));
        body.setId("shortcutsHelp");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefViewportWidth(640);
        // as tall as the lists, within the screen
        double screen = owner == null ? 800 : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1)
                .stream().findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds().getHeight();
        body.heightProperty().addListener((o, a, h) -> scroll.setPrefViewportHeight(Math.min(h.doubleValue(), screen - 200)));
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

    private static GridPane table(String list, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        keys.setMaxWidth(300);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        for (String line : list.split("\n")) {
            int dash = line.indexOf(" — ");
            Label k = new Label(dash < 0 ? "" : line.substring(0, dash).strip());
            k.getStyleClass().add("shortcut-keys");
            k.setStyle("-fx-font-weight: bold;");
            k.setWrapText(true);
            Label a = new Label(dash < 0 ? line.strip() : line.substring(dash + 3).strip());
            a.setWrapText(true);
            grid.addRow(row++, k, a);
        }
        return grid;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
