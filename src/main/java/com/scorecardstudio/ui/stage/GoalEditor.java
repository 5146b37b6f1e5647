package com.scorecardstudio.ui.stage;

import com.scorecardstudio.ui.common.TypingArea;
import com.scorecardstudio.ui.common.TypingField;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.session.IndicatorItem;
import com.scorecardstudio.session.InitiativeItem;
import com.scorecardstudio.session.NumberText;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Progress;
import com.scorecardstudio.domain.QualityHints;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.DateFields;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.NamedCell;
import com.scorecardstudio.ui.common.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;

/**
 * Edits the selected goal: its own fields, its indicators (built on measuring impact: baseline,
 * target, scale, value, measured values and progress) and its initiatives. Every field saves as the
 * user types; bad numbers and dates are marked and explained, and nothing typed is thrown away.
 */
public final class GoalEditor extends ScrollPane {
    private final GoalsModel vm;
    private final Messages messages;
    private final LocalNumbers numbers;
    private final Supplier<List<String>> people;
    private final VBox content = new VBox(14);
    private TextField titleField;

    public GoalEditor(GoalsModel vm, Supplier<List<String>> people) {
        this.vm = vm;
        this.messages = vm.messages();
        this.numbers = new LocalNumbers(messages.locale());
        this.people = people;
        setId("goalEditor");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        content.setPadding(new Insets(20, 24, 32, 24));
        setContent(content);
    }

    void focusTitle() {
        if (titleField != null) {
            titleField.requestFocus();
        }
    }

    public void show(GoalItem g) {
        content.getChildren().clear();
        titleField = limited(new TypingField(), g.titleProperty(), Limits.TITLE_TEXT);
        titleField.setId("goalTitle");
        titleField.getStyleClass().add("goal-title-field");
        Label titleError = errorLabel();
        titleError.setId("goalTitleError");
        titleError.textProperty().bind(Bindings.createStringBinding(() -> g.titleProperty().get().isBlank()
                ? messages.get("validation.required", messages.get("goal.title")) : null, g.titleProperty()));
        titleError.textProperty().addListener((o, a, b) -> titleField.pseudoClassStateChanged(Styles.STATE_DANGER, b != null));

        TextField owner = limited(new TypingField(), g.ownerProperty(), Limits.SHORT_TEXT);
        owner.setId("goalOwner");
        owner.setPromptText(messages.get("goal.owner.prompt"));
        TextFields.bindAutoCompletion(owner, request -> people.get().stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).contains(request.getUserText().toLowerCase(Locale.ROOT))).toList());

        HBox priority = segmented(Priority.values(), g.priorityProperty(), p -> messages.get("priority." + p.key()), "priority");
        TextArea description = limited(new TypingArea(), g.descriptionProperty(), Limits.LONG_TEXT);
        description.setId("goalDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.setPromptText(messages.get("goal.description.prompt"));

        GridPane grid = form();
        addRow(grid, 0, "goal.owner", owner);
        addRow(grid, 1, "goal.priority", priority);
        addRow(grid, 2, "goal.description", description);

        VBox hints = new VBox(4);
        hints.setId("goalHints");
        // a hint put right stays in its place, ticked, while the goal is shown: the form under it does
        // not jump up as the user types (it starts afresh the next time the goal is shown)
        java.util.Map<String, Label> hintLabels = new java.util.LinkedHashMap<>();
        Runnable refreshHints = () -> {
            java.util.Set<String> now = new java.util.LinkedHashSet<>();
            for (QualityHints.Hint h : vm.hintsOf(g)) {
                now.add(messages.get("hint." + h.kind().key()));
            }
            for (String text : now) {
                hintLabels.computeIfAbsent(text, t -> {
                    Label l = new Label(t);
                    l.getStyleClass().addAll(Styles.TEXT_SMALL, "hint");
                    l.setWrapText(true);
                    hints.getChildren().add(l);
                    return l;
                });
            }
            hintLabels.forEach((text, l) -> {
                boolean resolved = !now.contains(text);
                l.setGraphic(Icons.of(resolved ? Feather.CHECK : Feather.ALERT_TRIANGLE, 14));
                l.getStyleClass().removeAll("hint", "hint-resolved");
                l.getStyleClass().add(resolved ? "hint-resolved" : "hint");
            });
        };
        refreshHints.run();
        vm.hintsProperty().addListener(new WeakRefresh(this, g, refreshHints));

        VBox indicators = new VBox(12);
        indicators.setId("indicators");
        Runnable rebuildIndicators = () -> {
            indicators.getChildren().clear();
            g.indicators().forEach(i -> indicators.getChildren().add(indicatorCard(g, i)));
        };
        rebuildIndicators.run();
        g.indicators().addListener((ListChangeListener<IndicatorItem>) c -> {
            if (g == shown()) {
                rebuildIndicators.run();
            }
        });
        Button addIndicator = new Button(messages.get("goal.addIndicator"), Icons.of(Feather.PLUS));
        addIndicator.setId("addIndicator");
        addIndicator.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        addIndicator.setOnAction(e -> {
            vm.addIndicator(g, "");
            Platform.runLater(() -> focusFirstField(indicators.getChildren().get(indicators.getChildren().size() - 1)));
        });

        VBox initiatives = new VBox(8);
        initiatives.setId("initiatives");
        Runnable rebuildInitiatives = () -> {
            initiatives.getChildren().clear();
            g.initiatives().forEach(i -> initiatives.getChildren().add(initiativeRow(g, i)));
        };
        rebuildInitiatives.run();
        g.initiatives().addListener((ListChangeListener<InitiativeItem>) c -> {
            if (g == shown()) {
                rebuildInitiatives.run();
            }
        });
        Button addInitiative = new Button(messages.get("goal.addInitiative"), Icons.of(Feather.PLUS));
        addInitiative.setId("addInitiative");
        addInitiative.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        addInitiative.setOnAction(e -> {
            vm.addInitiative(g, "");
            Platform.runLater(() -> focusFirstField(initiatives.getChildren().get(initiatives.getChildren().size() - 1)));
        });

        Button delete = new Button(messages.get("stage.deleteGoal"), Icons.of(Feather.TRASH_2));
        delete.setId("deleteGoal");
        delete.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        delete.setOnAction(e -> vm.deleteGoal(g));

        content.getChildren().addAll(titleField, titleError, grid, hints,
                sectionHeader("goal.indicators", Feather.ACTIVITY, addIndicator), indicators,
                sectionHeader("goal.initiatives", Feather.CHECK_SQUARE, addInitiative), initiatives, delete);
        content.setUserData(g);
        setVvalue(0);
    }

    private GoalItem shown() {
        return (GoalItem) content.getUserData();
    }

    /** Refreshes the hints of the goal on show, and stops when another goal is shown. */
    private static final class WeakRefresh implements javafx.beans.value.ChangeListener<List<QualityHints.Hint>> {
        private final GoalEditor editor;
        private final GoalItem goal;
        private final Runnable refresh;

        WeakRefresh(GoalEditor editor, GoalItem goal, Runnable refresh) {
            this.editor = editor;
            this.goal = goal;
            this.refresh = refresh;
        }

        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends List<QualityHints.Hint>> o,
                            List<QualityHints.Hint> a, List<QualityHints.Hint> b) {
            if (editor.shown() == goal) {
                refresh.run();
            } else {
                o.removeListener(this);
            }
        }
    }

    private Node sectionHeader(String key, Feather icon, Button action) {
        Label l = new Label(messages.get(key), Icons.of(icon, 16));
        l.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox h = new HBox(8, l, spacer, action);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("editor-section");
        return h;
    }

    private Node indicatorCard(GoalItem g, IndicatorItem ind) {
        int index = g.indicators().indexOf(ind);
        TextField name = limited(new TypingField(), ind.nameProperty(), Limits.TITLE_TEXT);
        name.setId("indicatorName" + index);
        name.setPromptText(messages.get("indicator.name.prompt"));
        name.getStyleClass().add("indicator-name");
        TextField unit = limited(new TypingField(), ind.unitProperty(), Limits.SHORT_TEXT);
        unit.setId("indicatorUnit" + index);
        unit.setPromptText(messages.get("indicator.unit.prompt"));
        unit.setPrefColumnCount(6);
        HBox direction = segmented(Direction.values(), ind.directionProperty(), d -> messages.get("direction." + d.key()),
                "direction" + index);

        GridPane grid = form();
        StringProperty baselineDateError = new SimpleStringProperty();
        StringProperty targetDateError = new SimpleStringProperty();
        // the direction goes under the unit when the card is narrow, each choice with its whole text
        javafx.scene.layout.FlowPane unitAndDirection = new javafx.scene.layout.FlowPane(8, 8, unit, direction);
        direction.setMinWidth(Region.USE_PREF_SIZE);
        addRow(grid, 0, "indicator.unit", unitAndDirection);
        addRow(grid, 1, "indicator.baseline", valueAndDate(ind.baseline(), ind.baselineDateProperty(), baselineDateError,
                "baseline" + index));
        addRow(grid, 2, "indicator.target", valueAndDate(ind.target(), ind.targetDateProperty(), targetDateError,
                "target" + index));
        TextField scale = limited(new TypingField(), ind.scaleProperty(), Limits.TITLE_TEXT);
        scale.setId("indicatorScale" + index);
        scale.setPromptText(messages.get("indicator.scale.prompt"));
        addRow(grid, 3, "indicator.scale", scale);
        TextField impactUnit = limited(new TypingField(), ind.impactUnitProperty(), Limits.SHORT_TEXT);
        impactUnit.setPromptText(messages.get("indicator.impactUnit.prompt"));
        addRow(grid, 4, "indicator.impact", withError(new HBox(8, number(ind.impact(), "impact" + index), impactUnit),
                ind.impact().errorProperty()));
        TextField source = limited(new TypingField(), ind.dataSourceProperty(), Limits.TITLE_TEXT);
        source.setPromptText(messages.get("indicator.dataSource.prompt"));
        addRow(grid, 5, "indicator.dataSource", source);
        ComboBox<ReviewFrequency> review = new ComboBox<>();
        review.getItems().setAll(ReviewFrequency.values());
        review.valueProperty().bindBidirectional(ind.reviewFrequencyProperty());
        review.setCellFactory(l -> new NamedCell<>(r -> messages.get("review." + r.key())));
        review.setButtonCell(new NamedCell<>(r -> messages.get("review." + r.key())));
        review.setPromptText(messages.get("indicator.review.prompt"));
        addRow(grid, 6, "indicator.review", review);

        Node progress = progress(ind);
        Node measurements = measurements(ind, index);

        Button remove = new Button(null, Icons.of(Feather.TRASH_2));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        remove.setAccessibleText(messages.get("indicator.delete"));
        remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("indicator.delete")));
        remove.setOnAction(e -> vm.deleteIndicator(g, ind));
        remove.setId("deleteIndicator" + index);
        // the delete button sits at the name's end but comes last with Tab: Tab from the name goes on
        // to the unit, never onto a button a Space would fire
        StackPane head = new StackPane(name);
        name.setMaxWidth(Double.MAX_VALUE);
        StackPane.setMargin(name, new Insets(0, 44, 0, 0));
        VBox fields = new VBox(10, head, grid, progress, measurements);
        StackPane card = new StackPane(fields, remove);
        StackPane.setAlignment(remove, Pos.TOP_RIGHT);
        card.getStyleClass().add("indicator-card");
        card.setPadding(new Insets(12));
        return card;
    }

    private Node valueAndDate(NumberText value, ObjectProperty<LocalDate> date, StringProperty dateError, String id) {
        TextField v = number(value, id + "Value");
        DatePicker d = DateFields.picker(date, dateError, messages);
        d.setId(id + "Date");
        d.setPrefWidth(150);
        HBox row = new HBox(8, v, d);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = errorLabel();
        error.textProperty().bind(Bindings.createStringBinding(
                () -> value.errorProperty().get() != null ? value.errorProperty().get() : dateError.get(),
                value.errorProperty(), dateError));
        return new VBox(4, row, error);
    }

    private Node withError(Node field, StringProperty error) {
        Label l = errorLabel();
        l.textProperty().bind(error);
        return new VBox(4, field, l);
    }

    private Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        l.setWrapText(true);
        // set on a change only: a bound "managed" lays out the whole editor again whenever its binding is
        // merely invalidated, which the title's error check is on every keystroke
        l.textProperty().isNotEmpty().subscribe(shown -> {
            l.setManaged(shown);
            l.setVisible(shown);
        });
        return l;
    }

    private TextField number(NumberText value, String id) {
        TextField f = new TypingField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setPromptText(numbers.format(new BigDecimal("1234.5")));
        f.textProperty().bindBidirectional(value.textProperty());
        value.errorProperty().addListener((o, a, b) -> f.pseudoClassStateChanged(Styles.STATE_DANGER, b != null));
        f.pseudoClassStateChanged(Styles.STATE_DANGER, value.errorProperty().get() != null);
        return TextLimits.limit(f, 40, messages);
    }

    private Node progress(IndicatorItem ind) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(220);
        Label text = new Label();
        text.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Runnable update = () -> {
            var p = Progress.of(ind.toIndicator());
            bar.setProgress(p.map(v -> Math.max(0, Math.min(1, v))).orElse(0.0));
            bar.pseudoClassStateChanged(Styles.STATE_SUCCESS, p.orElse(0.0) >= 1);
            bar.pseudoClassStateChanged(Styles.STATE_DANGER, p.orElse(0.0) < 0);
            text.setText(p.map(v -> messages.get("indicator.progress", Math.round(v * 100),
                            numbers.format(ind.toIndicator().latest().orElseThrow().value()),
                            messages.formatDate(ind.toIndicator().latest().orElseThrow().date())))
                    .orElse(messages.get("indicator.noProgress")));
        };
        update.run();
        ind.baseline().valueProperty().addListener((o, a, b) -> update.run());
        ind.target().valueProperty().addListener((o, a, b) -> update.run());
        ind.measurements().addListener((ListChangeListener<Measurement>) c -> update.run());
        HBox row = new HBox(10, bar, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node measurements(IndicatorItem ind, int index) {
        Label title = new Label(messages.get("indicator.measurements"));
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        FlowPane chips = new FlowPane(6, 6);
        Runnable rebuild = () -> {
            chips.getChildren().clear();
            for (Measurement m : ind.measurements()) {
                if (!vm.editableProperty().get()) {
                    // a reader's chips are the values only: no ✕ to remove them, nothing greyed
                    Label value = new Label(messages.formatDate(m.date()) + ": " + numbers.format(m.value()));
                    value.getStyleClass().addAll(Styles.TEXT_SMALL, "measurement-value");
                    chips.getChildren().add(value);
                    continue;
                }
                Button chip = new Button(messages.formatDate(m.date()) + ": " + numbers.format(m.value()), Icons.of(Feather.X, 12));
                chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                chip.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
                chip.setTooltip(new javafx.scene.control.Tooltip(messages.get("indicator.measurement.remove")));
                chip.setOnAction(e -> vm.deleteMeasurement(ind, m));
                chips.getChildren().add(chip);
            }
        };
        rebuild.run();
        ind.measurements().addListener((ListChangeListener<Measurement>) c -> rebuild.run());

        ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
        StringProperty dateError = new SimpleStringProperty();
        DatePicker picker = DateFields.picker(date, dateError, messages);
        picker.setId("measurementDate" + index);
        picker.setPrefWidth(150);
        NumberText value = new NumberText(null, numbers, messages);
        TextField valueField = number(value, "measurementValue" + index);
        Button add = new Button(messages.get("indicator.measurement.add"), Icons.of(Feather.PLUS));
        add.setId("addMeasurement" + index);
        add.getStyleClass().add(Styles.SMALL);
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> value.valueProperty().get() == null
                        || value.errorProperty().get() != null || date.get() == null || dateError.get() != null,
                value.valueProperty(), value.errorProperty(), date, dateError));
        Runnable addIt = () -> {
            if (!add.isDisabled()) {
                vm.addMeasurement(ind, new Measurement(null, date.get(), value.value()));
                valueField.clear();
            }
        };
        add.setOnAction(e -> addIt.run());
        valueField.setOnAction(e -> addIt.run());
        Label error = errorLabel();
        error.textProperty().bind(Bindings.createStringBinding(
                () -> value.errorProperty().get() != null ? value.errorProperty().get() : dateError.get(),
                value.errorProperty(), dateError));
        // on a narrow card the button goes to the next line with its whole label
        add.setMinWidth(Region.USE_PREF_SIZE);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane entry = new FlowPane(8, 8, picker, valueField, add);
        entry.setAlignment(Pos.CENTER_LEFT);
        // a reader has no new value to enter: the row would only be greyed fields
        entry.setVisible(vm.editableProperty().get());
        entry.setManaged(vm.editableProperty().get());
        return new VBox(6, title, chips, entry, error);
    }

    private Node initiativeRow(GoalItem g, InitiativeItem in) {
        int index = g.initiatives().indexOf(in);
        TextField title = limited(new TypingField(), in.titleProperty(), Limits.TITLE_TEXT);
        title.setId("initiativeTitle" + index);
        title.setPromptText(messages.get("initiative.title.prompt"));
        TextField owner = limited(new TypingField(), in.ownerProperty(), Limits.SHORT_TEXT);
        owner.setPromptText(messages.get("goal.owner.prompt"));
        owner.setPrefColumnCount(10);
        TextFields.bindAutoCompletion(owner, request -> people.get().stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).contains(request.getUserText().toLowerCase(Locale.ROOT))).toList());
        StringProperty startError = new SimpleStringProperty();
        StringProperty dueError = new SimpleStringProperty();
        DatePicker start = DateFields.picker(in.startProperty(), startError, messages);
        start.setPrefWidth(140);
        DatePicker due = DateFields.picker(in.dueProperty(), dueError, messages);
        due.setPrefWidth(140);
        TextField budget = number(in.budget(), "initiativeBudget" + index);
        budget.setPromptText(messages.get("initiative.budget"));
        ComboBox<InitiativeStatus> status = new ComboBox<>();
        status.setId("initiativeStatus" + index);
        status.getItems().setAll(InitiativeStatus.values());
        status.valueProperty().bindBidirectional(in.statusProperty());
        status.setCellFactory(l -> new NamedCell<>(st -> messages.get("status." + st.key())));
        status.setButtonCell(new NamedCell<>(st -> messages.get("status." + st.key())));
        Button remove = new Button(null, Icons.of(Feather.TRASH_2));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("initiative.delete")));
        remove.setOnAction(e -> vm.deleteInitiative(g, in));
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        HBox first = new HBox(8, title, status, remove);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, labelled("initiative.owner", owner), labelled("initiative.start", start),
                labelled("initiative.due", due), labelled("initiative.budget", budget));
        second.setAlignment(Pos.BOTTOM_LEFT);
        Label error = errorLabel();
        error.textProperty().bind(Bindings.createStringBinding(() -> firstNonNull(in.budget().errorProperty().get(),
                startError.get(), dueError.get(), dueBeforeStart(in)), in.budget().errorProperty(), startError, dueError,
                in.startProperty(), in.dueProperty()));
        VBox row = new VBox(6, first, second, error);
        row.getStyleClass().add("initiative-row");
        row.setPadding(new Insets(10));
        return row;
    }

    private String dueBeforeStart(InitiativeItem in) {
        return in.startProperty().get() != null && in.dueProperty().get() != null
                && in.dueProperty().get().isBefore(in.startProperty().get()) ? messages.get("initiative.dueBeforeStart") : null;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private Node labelled(String key, Node field) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(2, l, field);
    }

    private <T extends TextInputControl> T limited(T field, StringProperty property, int limit) {
        field.textProperty().bindBidirectional(property);
        return TextLimits.limit(field, limit, messages);
    }

    /** Narrower than this, a form's labels go above their fields (a narrow editor panel). */
    private static final double STACK_BELOW = 500;

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(130);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, field);
        grid.widthProperty().addListener((o, a, w) -> arrange(grid, w.doubleValue() > 0 && w.doubleValue() < STACK_BELOW));
        return grid;
    }

    private void addRow(GridPane grid, int row, String key, Node field) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(6, 0, 0, 0));
        l.getProperties().put(ROW, row);
        l.getProperties().put(LABEL, true);
        field.getProperties().put(ROW, row);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        if (Boolean.TRUE.equals(grid.getProperties().get(STACKED))) {
            grid.getProperties().remove(STACKED);
            arrange(grid, true);
        }
    }

    private static final String ROW = "formRow";
    private static final String STACKED = "formStacked";
    private static final String LABEL = "formLabel";

    /** Labels beside their fields, or above them (each field then has the whole width). */
    private static void arrange(GridPane grid, boolean stacked) {
        if (Boolean.valueOf(stacked).equals(grid.getProperties().getOrDefault(STACKED, false))) {
            return;
        }
        grid.getProperties().put(STACKED, stacked);
        grid.getColumnConstraints().get(0).setMinWidth(stacked ? 0 : 130);
        for (Node n : grid.getChildren()) {
            Object row = n.getProperties().get(ROW);
            if (row == null) {
                continue;
            }
            int r = (Integer) row;
            boolean isLabel = Boolean.TRUE.equals(n.getProperties().get(LABEL));
            if (stacked) {
                GridPane.setConstraints(n, 0, isLabel ? 2 * r : 2 * r + 1, 2, 1);
                if (isLabel) {
                    ((Label) n).setPadding(new Insets(4, 0, 0, 0));
                }
            } else {
                GridPane.setConstraints(n, isLabel ? 0 : 1, r, 1, 1);
                if (isLabel) {
                    ((Label) n).setPadding(new Insets(6, 0, 0, 0));
                }
            }
        }
    }

    private <E extends Enum<E>> HBox segmented(E[] values, ObjectProperty<E> property,
                                                java.util.function.Function<E, String> label, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        for (int i = 0; i < values.length; i++) {
            E v = values[i];
            ToggleButton b = new ToggleButton(label.apply(v));
            b.setId(idPrefix + "-" + v.name().toLowerCase(Locale.ROOT));
            b.setUserData(v);
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(v == property.get());
            b.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one choice is always made
            } else if (t.getUserData() != property.get()) {
                @SuppressWarnings("unchecked")
                E v = (E) t.getUserData();
                property.set(v);
            }
        });
        property.addListener((o, a, v) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == v)));
        return box;
    }

    private void focusFirstField(Node n) {
        n.lookupAll(".text-field").stream().findFirst().ifPresent(Node::requestFocus);
    }
}
