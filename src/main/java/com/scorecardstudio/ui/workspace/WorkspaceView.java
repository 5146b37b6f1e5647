package com.scorecardstudio.ui.workspace;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.Shortcuts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One session's workspace: the session's header, the stages and results in the method's order on
 * the left (Ctrl+1…4 for the stages, Ctrl+5 the map, Ctrl+6 the clients), the selected part in the middle.
 */
public final class WorkspaceView extends BorderPane {
    private final Messages messages;
    private final Map<WorkspaceSection, ToggleButton> navButtons = new EnumMap<>(WorkspaceSection.class);
    private final ToggleGroup nav = new ToggleGroup();
    private final Function<WorkspaceSection, Node> pages;
    private final javafx.beans.property.ReadOnlyObjectWrapper<WorkspaceSection> shown = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /**
     * @param pages      the page of each section, built by the composition root
     * @param showExport the Excel export (issue 6); null for no export button
     * @param editDetails null for no "Edit details" button (a session that may only be read)
     */
    public WorkspaceView(Session session, Messages messages, Function<WorkspaceSection, Node> pages,
                         Function<WorkspaceSection, Optional<ObservableValue<String>>> badges,
                         Runnable back, Runnable editDetails, Runnable showSummary, Runnable showExport) {
        this.messages = messages;
        this.pages = pages;
        setId("workspaceView");
        getStyleClass().add("workspace");
        setTop(header(session, back, editDetails, showSummary, showExport));
        setLeft(navigation(badges));
        // on a narrow window (an old projector's 1024 px) the navigation folds to its numbers and
        // icons, each name in a tooltip, and the page gets the room
        widthProperty().addListener((o, a, w) -> compactNavigation(w.doubleValue() > 0 && w.doubleValue() < COMPACT_BELOW));
        nav.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one section is always shown
            } else {
                WorkspaceSection section = (WorkspaceSection) now.getUserData();
                setCenter(pages.apply(section));
                shown.set(section);
            }
        });
        show(WorkspaceSection.FINANCIAL);
        Shortcuts keys = new Shortcuts();
        for (WorkspaceSection s : WorkspaceSection.values()) {
            s.stage().ifPresent(stage -> keys.on(new KeyCodeCombination(
                    KeyCode.getKeyCode(String.valueOf(stage.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN), () -> show(s)));
        }
        // the map and the clients follow the stages: Ctrl+5, Ctrl+6 (the numpad too)
        keys.on(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), () -> show(WorkspaceSection.MAP))
                .on(new KeyCodeCombination(KeyCode.NUMPAD5, KeyCombination.SHORTCUT_DOWN), () -> show(WorkspaceSection.MAP))
                .on(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN), () -> show(WorkspaceSection.CLIENTS))
                .on(new KeyCodeCombination(KeyCode.NUMPAD6, KeyCombination.SHORTCUT_DOWN), () -> show(WorkspaceSection.CLIENTS));
        keys.installOn(this);
    }

    /** Narrower than this, the navigation shows numbers and icons only. */
    static final double COMPACT_BELOW = 1150;
    private final List<Node> navTexts = new ArrayList<>();
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty();

    private void compactNavigation(boolean on) {
        if (on == compact.get()) {
            return;
        }
        compact.set(on);
        for (Node n : navTexts) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        navButtons.values().forEach(b -> b.setContentDisplay(on
                ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT));
    }

    public void show(WorkspaceSection section) {
        navButtons.get(section).setSelected(true);
    }

    public WorkspaceSection shown() {
        return shown.get();
    }

    /** The section on screen (the stage timer follows it). */
    public javafx.beans.property.ReadOnlyObjectProperty<WorkspaceSection> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private final Label title = new Label();
    private final Label subtitle = new Label();

    /** Shows the session's title, client, date and facilitator (another laptop may change them). */
    public void showDetails(Session s) {
        title.setText(s.title());
        List<String> facts = new ArrayList<>();
        if (!s.organization().isEmpty()) {
            facts.add(s.organization());
        }
        facts.add(messages.formatDate(s.date()));
        if (!s.facilitator().isEmpty()) {
            facts.add(messages.get("session.field.facilitator") + ": " + s.facilitator());
        }
        subtitle.setText(String.join("  ·  ", facts));
    }

    private Node header(Session s, Runnable back, Runnable editDetails, Runnable showSummary, Runnable showExport) {
        Button backButton = new Button(messages.get("workspace.back"), Icons.of(Feather.ARROW_LEFT));
        backButton.setId("backToSessions");
        backButton.getStyleClass().add(Styles.FLAT);
        backButton.setOnAction(e -> back.run());

        title.setId("sessionTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        showDetails(s);
        VBox titles = new VBox(2, title, subtitle);

        Button details = new Button(messages.get("workspace.editDetails"), Icons.of(Feather.EDIT_2));
        details.setId("sessionDetails");
        details.setOnAction(e -> editDetails.run());
        Button summary = new Button(messages.get("summaryDialog.open"), Icons.of(Feather.FILE_TEXT));
        summary.setId("sessionSummary");
        summary.setOnAction(e -> showSummary.run());
        List<Button> actions = new ArrayList<>(List.of(summary));
        if (showExport != null) {
            Button export = new Button(messages.get("export.button"), Icons.of(Feather.DOWNLOAD));
            export.setId("sessionExport");
            export.setOnAction(e -> showExport.run());
            actions.add(export);
        }
        if (editDetails != null) {
            actions.add(details);
        }
        // when the header is short of room, the line of facts under the title gives way first, then
        // the buttons fold into a "more" menu from the right; the title and the buttons in the row
        // always show their whole text
        com.scorecardstudio.ui.common.OverflowBar buttons =
                new com.scorecardstudio.ui.common.OverflowBar(messages.get("workspace.more"), actions);
        buttons.setId("workspaceActions");
        buttons.moreButton().setId("workspaceMore");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        subtitle.setMinWidth(0);
        HBox bar = new HBox(16, backButton, titles, spacer, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 24, 12, 12));
        bar.getStyleClass().add("workspace-header");
        return bar;
    }

    private Node navigation(Function<WorkspaceSection, Optional<ObservableValue<String>>> badges) {
        VBox box = new VBox(4);
        box.getStyleClass().add("workspace-nav");
        box.setPadding(new Insets(16, 12, 16, 12));
        // as wide as its longest name with its badge (Russian names are long), never cut with "…"
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().add(navHeading("workspace.stages"));
        for (WorkspaceSection s : WorkspaceSection.values()) {
            if (s == WorkspaceSection.MAP) {
                box.getChildren().add(navHeading("workspace.results"));
            }
            ToggleButton b = new ToggleButton(messages.get(s.nameKey()), Icons.of(s.icon(), 18));
            b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(s);
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            if (s.stage().isPresent()) {
                Label number = new Label(String.valueOf(s.ordinal() + 1));
                number.getStyleClass().add("nav-number");
                b.setGraphic(new HBox(10, number, Icons.of(s.icon(), 18)));
                b.setGraphicTextGap(12);
            }
            badges.apply(s).ifPresent(text -> {
                Label badge = new Label();
                badge.textProperty().bind(text);
                badge.getStyleClass().add("nav-badge");
                badge.setId("badge-" + s.name().toLowerCase(java.util.Locale.ROOT));
                // a stage's ⚠ count leads to its goals, as the stage header's chip does: the first
                // click opens the stage at its first goal with a hint, the next ones go on from there
                badge.setOnMouseClicked(e -> {
                    if (badge.getText() != null && badge.getText().contains("⚠")
                            && pages.apply(s) instanceof com.scorecardstudio.ui.stage.StagePage page) {
                        show(s);
                        page.nextGoalWithHint();
                        e.consume();
                    }
                });
                badge.cursorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> badge.getText() != null && badge.getText().contains("⚠") ? javafx.scene.Cursor.HAND : null,
                        badge.textProperty()));
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                Label name = new Label(b.getText());
                name.setMinWidth(Region.USE_PREF_SIZE);
                navTexts.add(name);
                navTexts.add(grow);
                badge.setMinWidth(Region.USE_PREF_SIZE);
                HBox content = new HBox(10, b.getGraphic(), name, grow, badge);
                content.setAlignment(Pos.CENTER_LEFT);
                content.getStyleClass().add("nav-content");
                b.setText(null);
                b.setGraphic(content);
                // the badge sits at the right edge of the button; the button is at least as wide as
                // its content (a Labeled lays its graphic out at the graphic's preferred width)
                content.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> compact.get() ? 0 : Math.max(0, b.getWidth() - b.snappedLeftInset() - b.snappedRightInset()),
                        b.widthProperty(), b.insetsProperty(), compact));
            });
            b.setTooltip(new javafx.scene.control.Tooltip(messages.get(s.nameKey())));
            navButtons.put(s, b);
            box.getChildren().add(b);
        }
        return box;
    }

    private Label navHeading(String key) {
        Label l = new Label(messages.get(key).toUpperCase(messages.locale()));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "nav-heading");
        l.setPadding(new Insets(12, 8, 4, 8));
        navTexts.add(l);
        return l;
    }
}
