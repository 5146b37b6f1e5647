package com.scorecardstudio.ui.export;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.deck.MapLinks;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The workspace's "Export" section: what the client receives and the ways out of the app — the
 * Excel workbook, the PowerPoint deck and the Markdown summary (the map's image is saved from the map page).
 */
public final class ExportPage extends ScrollPane {
    /** @param exportDeck writes the deck, its map's links as chosen on this page */
    public ExportPage(Messages messages, Runnable exportWorkbook, Consumer<MapLinks> exportDeck, Runnable showSummary) {
        setId("exportPage");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        Label icon = new Label(null, Icons.of(Feather.DOWNLOAD, 32));
        icon.getStyleClass().add("section-icon");
        Label title = new Label(messages.get("section.export"));
        title.getStyleClass().add(Styles.TITLE_1);
        HBox head = new HBox(14, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(18, head,
                option(messages.get("export.button"), messages.get("section.export.text"), Feather.FILE_TEXT,
                        "exportWorkbook", exportWorkbook, true),
                deckOption(messages, exportDeck),
                option(messages.get("exportPage.summary"), messages.get("exportPage.summary.text"), Feather.MAIL,
                        "exportSummary", showSummary, false),
                hint(messages.get("exportPage.mapHint")));
        page.setPadding(new Insets(28, 32, 32, 32));
        page.setMaxWidth(820);
        setContent(page);
    }

    private static VBox option(String action, String text, Feather icon, String id, Runnable run, boolean main) {
        Button button = new Button(action, Icons.of(icon));
        button.setId(id);
        button.setOnAction(e -> run.run());
        if (main) {
            button.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
            button.setDefaultButton(false);
        }
        Label about = new Label(text);
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, button, about);
        box.getStyleClass().add("export-option");
        return box;
    }

    /**
     * The deck, with the one choice it needs: arrows that follow the cards in PowerPoint (glued), or
     * arrows drawn exactly for every office suite (LibreOffice redraws glued ones its own way).
     */
    private static VBox deckOption(Messages messages, Consumer<MapLinks> exportDeck) {
        CheckBox glued = new CheckBox(messages.get("exportPage.deck.glued"));
        glued.setId("deckGlued");
        glued.setSelected(true);
        glued.setWrapText(true);
        Label about = new Label(messages.get("exportPage.deck.glued.text"));
        about.setWrapText(true);
        about.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        about.setPadding(new Insets(0, 0, 0, 26));
        VBox box = option(messages.get("exportPage.deck"), messages.get("exportPage.deck.text"), Feather.MONITOR, "exportDeck",
                () -> exportDeck.accept(glued.isSelected() ? MapLinks.GLUED : MapLinks.DRAWN), false);
        box.getChildren().addAll(glued, about);
        return box;
    }

    private static Label hint(String text) {
        Label l = new Label(text, Icons.of(Feather.INFO));
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }
}
