package com.scorecardstudio.ui;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Theme;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.NamedCell;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * The frame around every screen: the app bar (name, language, theme) on top, the status bar
 * (database file, saving state) below, and the current screen in between.
 */
public final class MainWindow extends BorderPane {
    private final Label databaseLabel = new Label();
    /** Who else has the open session of a team workspace open; empty otherwise. */
    private final Label presenceLabel = new Label();
    private final Label savingLabel = new Label();
    private final Messages messages;
    private final ReadOnlyBooleanProperty busy;
    private javafx.collections.ObservableList<String> watched;
    private final javafx.beans.InvalidationListener warn = o -> {
        savingLabel.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
        savingLabel.getStyleClass().add(watched == null || watched.isEmpty() ? Styles.TEXT_MUTED : Styles.DANGER);
    };

    public MainWindow(Messages messages, Theme theme, Consumer<Language> onLanguage, Runnable onToggleTheme,
                      ReadOnlyBooleanProperty busy) {
        this.messages = messages;
        this.busy = busy;
        getStyleClass().add("main-window");
        setTop(appBar(messages, theme, onLanguage, onToggleTheme));
        setBottom(statusBar(messages, busy));
    }

    private Node appBar(Messages messages, Theme theme, Consumer<Language> onLanguage, Runnable onToggleTheme) {
        Label logo = new Label(null, Icons.of(Feather.TARGET, 22));
        logo.getStyleClass().add("app-logo");
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        Label tagline = new Label(messages.get("app.tagline"));
        tagline.getStyleClass().addAll(Styles.TEXT_MUTED, "app-tagline");
        tagline.setMinWidth(0); // on a narrow window the tagline gives way, never the language or theme

        ComboBox<Language> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(Language.values());
        language.setValue(messages.language());
        language.setCellFactory(l -> new NamedCell<>(l2 -> messages.get("language." + l2.code())));
        language.setButtonCell(new NamedCell<>(l2 -> messages.get("language." + l2.code())));
        language.setTooltip(new Tooltip(messages.get("settings.language")));
        language.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != a) {
                onLanguage.accept(b);
            }
        });

        Button themeButton = new Button(null, Icons.of(theme == Theme.DARK ? Feather.SUN : Feather.MOON));
        themeButton.setId("themeToggle");
        themeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeButton.setTooltip(new Tooltip(messages.get(theme == Theme.DARK ? "settings.theme.toLight" : "settings.theme.toDark")));
        themeButton.setOnAction(e -> onToggleTheme.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, logo, name, tagline, spacer, Icons.of(Feather.GLOBE), language, themeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 20, 10, 20));
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private Node statusBar(Messages messages, ReadOnlyBooleanProperty busy) {
        databaseLabel.setId("databaseLabel");
        databaseLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        databaseLabel.setGraphic(Icons.of(Feather.DATABASE, 12));
        savingLabel.setId("savingState");
        savingLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        showUnsaved(javafx.collections.FXCollections.emptyObservableList());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        presenceLabel.setId("presenceLabel");
        presenceLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        presenceLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, databaseLabel, presenceLabel, spacer, savingLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 20, 4, 20));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /**
     * The saving state names the fields that are not saved (text that is not a number) while there
     * are any; otherwise it says "Saving…" or "All changes saved".
     */
    public void showUnsaved(javafx.collections.ObservableList<String> fields) {
        savingLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> !fields.isEmpty()
                ? messages.get("status.unsaved", String.join("; ", fields))
                : messages.get(busy.get() ? "status.saving" : "status.saved"), fields, busy));
        if (watched != null) {
            watched.removeListener(warn);
        }
        watched = fields;
        fields.addListener(warn);
        warn.invalidated(fields);
    }

    /** Who else is in the open session (a team workspace), or '' for no one. */
    public void showPresence(String text) {
        presenceLabel.setText(text);
        presenceLabel.setGraphic(text.isEmpty() ? null : Icons.of(Feather.USERS, 12));
    }

    /** The status bar's line on the open database ("Database: …", "Team workspace: …"); '' while none is open. */
    public void showDatabase(String text) {
        databaseLabel.setText(text);
    }

    /**
     * Shows a screen between the bars. A screen wider than the window is cut at the window's edge
     * rather than pushing the bars (language, theme, the saving state) out of sight.
     */
    public void setContent(Node screen) {
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(screen);
        holder.setMinSize(0, 0);
        holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(holder.widthProperty());
        clip.heightProperty().bind(holder.heightProperty());
        holder.setClip(clip);
        setCenter(holder);
    }
}
