package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.ui.common.TypingField;
import com.scorecardstudio.session.AreaRow;
import com.scorecardstudio.session.CustomerExtrasModel;
import com.scorecardstudio.session.PolicyRow;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.TextLimits;
import com.scorecardstudio.ui.common.Icons;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The customer stage's extras, for the stage page: the room scores the five customer areas (the
 * weakest is marked) and walks through the eight customer policies. Everything saves as it is typed
 * or clicked.
 */
public final class CustomerExtrasView extends VBox {
    private final CustomerExtrasModel vm;
    private final Messages messages;

    public CustomerExtrasView(CustomerExtrasModel vm, Messages messages) {
        super(20);
        this.vm = vm;
        this.messages = messages;
        setId("customerExtras");
        getStyleClass().add("customer-extras");
        getChildren().addAll(areasCard(), policiesCard());
        disableProperty().bind(vm.loadedProperty().not());
    }

    // ---- areas

    private Node areasCard() {
        Label weakest = new Label();
        weakest.setId("weakestSummary");
        weakest.setWrapText(true);
        weakest.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setMargin(weakest, new Insets(6, 0, 0, 0));
        Runnable showWeakest = () -> {
            List<String> w = vm.weakestProperty().get();
            weakest.getStyleClass().removeAll("weakest-callout", Styles.TEXT_MUTED);
            if (w.isEmpty()) {
                weakest.setText(messages.get("facilitation.areas.noWeakest"));
                weakest.setGraphic(null);
                weakest.getStyleClass().add(Styles.TEXT_MUTED);
            } else {
                weakest.setText(messages.get("facilitation.areas.weakestSummary",
                        String.join(", ", w.stream().map(a -> messages.get("area.customer." + a)).toList())));
                weakest.setGraphic(Icons.of(Feather.ALERT_TRIANGLE, 16));
                weakest.getStyleClass().add("weakest-callout");
            }
        };
        vm.weakestProperty().addListener((o, a, b) -> showWeakest.run());
        showWeakest.run();

        VBox rows = new VBox(6);
        int n = 1;
        for (AreaRow row : vm.areas()) {
            rows.getChildren().add(areaRow(row, n++));
        }
        return card(Feather.BAR_CHART_2, "facilitation.areas.title", "facilitation.areas.hint", weakest, rows, "areasCard");
    }

    private Node areaRow(AreaRow row, int number) {
        Label num = new Label(String.valueOf(number));
        num.getStyleClass().add("area-number");
        Label name = new Label(messages.get("area.customer." + row.area()));
        name.getStyleClass().add("extras-name");
        name.setWrapText(true);
        num.setMinWidth(Region.USE_PREF_SIZE);
        HBox numbered = new HBox(10, num, name);
        numbered.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup group = new ToggleGroup();
        HBox scores = new HBox();
        scores.getStyleClass().add("score-toggles");
        scores.setAlignment(Pos.CENTER_LEFT);
        for (int s = 1; s <= 5; s++) {
            ToggleButton b = new ToggleButton(String.valueOf(s));
            b.setId("area-" + row.area() + "-" + s);
            b.setUserData(s);
            b.setToggleGroup(group);
            b.getStyleClass().addAll("score-toggle", "score-" + s,
                    s == 1 ? Styles.LEFT_PILL : s == 5 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setTooltip(new Tooltip(messages.get("facilitation.areas.score", s)));
            b.setFocusTraversable(true);
            scores.getChildren().add(b);
        }
        bindToggles(group, row.scoreProperty(), v -> row.scoreProperty().set(v == null ? null : (Integer) v));

        TextField note = noteField("area-note-" + row.area(), "facilitation.areas.notePrompt", row.noteProperty());

        Label badge = new Label(messages.get("facilitation.areas.weakest"), Icons.of(Feather.ALERT_TRIANGLE, 14));
        badge.getStyleClass().add("weakest-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.visibleProperty().bind(row.weakestProperty());
        badge.managedProperty().bind(row.weakestProperty());
        VBox.setMargin(badge, new Insets(0, 0, 0, 40));
        VBox nameBox = new VBox(4, numbered, badge);
        nameBox.setAlignment(Pos.CENTER_LEFT);

        scores.setMinWidth(Region.USE_PREF_SIZE);
        ExtrasRow line = new ExtrasRow(nameBox, scores, note);
        line.getStyleClass().add("extras-row");
        line.setId("area-row-" + row.area());
        row.weakestProperty().addListener((o, a, w) -> line.pseudoClassStateChanged(WEAKEST, w));
        line.pseudoClassStateChanged(WEAKEST, row.weakestProperty().get());
        return line;
    }

    private static final javafx.css.PseudoClass WEAKEST = javafx.css.PseudoClass.getPseudoClass("weakest");

    // ---- policies

    private Node policiesCard() {
        javafx.scene.layout.FlowPane counts = new javafx.scene.layout.FlowPane(18, 6);
        counts.setAlignment(Pos.CENTER_LEFT);
        counts.setId("policyCounts");
        for (CustomerPolicy.Status s : CustomerPolicy.Status.values()) {
            counts.getChildren().add(count("policy.count." + s.key(), vm.countProperty(s), "status-dot-" + s.key()));
        }
        counts.getChildren().add(count("policy.count.undiscussed", vm.undiscussedProperty(), "status-dot-none"));

        VBox rows = new VBox(6, counts);
        VBox.setMargin(counts, new Insets(0, 0, 4, 2));
        for (PolicyRow row : vm.policies()) {
            rows.getChildren().add(policyRow(row));
        }
        return card(Feather.CHECK_SQUARE, "facilitation.policies.title", "facilitation.policies.hint", null, rows, "policiesCard");
    }

    private Label count(String key, javafx.beans.value.ObservableIntegerValue value, String dotClass) {
        Region dot = new Region();
        dot.getStyleClass().addAll("status-dot", dotClass);
        Label l = new Label(null, dot);
        l.setId("count-" + key.substring(key.lastIndexOf('.') + 1));
        l.getStyleClass().add("status-count");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.textProperty().bind(Bindings.createStringBinding(() -> messages.get(key, value.get()), value));
        return l;
    }

    private Node policyRow(PolicyRow row) {
        String key = row.policy().key();
        Label name = new Label(messages.get("policy." + key));
        name.getStyleClass().add("extras-name");
        name.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        HBox statuses = new HBox();
        statuses.getStyleClass().add("status-toggles");
        statuses.setAlignment(Pos.CENTER_LEFT);
        CustomerPolicy.Status[] all = CustomerPolicy.Status.values();
        for (int i = 0; i < all.length; i++) {
            CustomerPolicy.Status s = all[i];
            ToggleButton b = new ToggleButton(messages.get("policy.status." + s.key()), Icons.of(statusIcon(s), 14));
            b.setId("policy-" + key + "-" + s.key());
            b.setUserData(s);
            b.setToggleGroup(group);
            b.getStyleClass().addAll("status-toggle", "status-" + s.key(),
                    i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setMinWidth(Region.USE_PREF_SIZE);
            statuses.getChildren().add(b);
        }
        statuses.setMinWidth(Region.USE_PREF_SIZE);
        bindToggles(group, row.statusProperty(), v -> row.statusProperty().set((CustomerPolicy.Status) v));

        TextField note = noteField("policy-note-" + key, "facilitation.policies.notePrompt", row.noteProperty());
        ExtrasRow line = new ExtrasRow(name, statuses, note);
        line.getStyleClass().add("extras-row");
        line.setId("policy-row-" + key);
        return line;
    }

    private static Feather statusIcon(CustomerPolicy.Status s) {
        return switch (s) {
            case DEFINED -> Feather.CHECK;
            case NEEDS_WORK -> Feather.TOOL;
            case MISSING -> Feather.X;
        };
    }

    // ---- shared pieces

    /** Keeps a toggle group and a property in step; clicking the chosen toggle again clears the value. */
    private static <T> void bindToggles(ToggleGroup group, ObjectProperty<T> property, Consumer<Object> set) {
        boolean[] syncing = {false};
        Runnable fromProperty = () -> {
            syncing[0] = true;
            try {
                group.selectToggle(group.getToggles().stream()
                        .filter(t -> Objects.equals(t.getUserData(), property.get())).findFirst().orElse(null));
            } finally {
                syncing[0] = false;
            }
        };
        property.addListener((o, a, b) -> fromProperty.run());
        fromProperty.run();
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (!syncing[0]) {
                set.accept(t == null ? null : t.getUserData());
            }
        });
    }

    private TextField noteField(String id, String promptKey, javafx.beans.property.StringProperty value) {
        TextField note = new TypingField();
        note.setId(id);
        note.setPromptText(messages.get(promptKey));
        note.getStyleClass().add("extras-note");
        TextLimits.limit(note, Limits.NOTE_TEXT, messages);
        note.textProperty().bindBidirectional(value);
        return note;
    }

    private Node card(Feather icon, String titleKey, String hintKey, Node aside, Node body, String id) {
        Label glyph = new Label(null, Icons.of(icon, 22));
        glyph.getStyleClass().add("section-icon");
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label hint = new Label(messages.get(hintKey));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox titles = new VBox(2, title, hint);
        if (aside != null) {
            titles.getChildren().add(aside);
        }
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox head = new HBox(12, glyph, titles);
        head.setAlignment(Pos.TOP_LEFT);
        VBox card = new VBox(14, head, body);
        card.setPadding(new Insets(18, 20, 18, 20));
        card.getStyleClass().add("extras-card");
        card.setId(id);
        return card;
    }
}
