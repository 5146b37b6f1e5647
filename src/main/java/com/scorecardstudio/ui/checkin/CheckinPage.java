package com.scorecardstudio.ui.checkin;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.domain.impact.Status;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.CheckinModel;
import com.scorecardstudio.session.CheckinRow;
import com.scorecardstudio.ui.common.DateFields;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
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
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The workspace's "Check-in" section: the review periods of the session, and for the chosen period
 * one line per indicator with its owner, baseline, target, the actual (typed the language's way), a
 * note on external factors and the status. An actual or note is stored when the field is left or
 * Enter is pressed, as one undoable step; a text that is not a number stays in the field with the
 * reason below. A closed period shows its actuals read-only until it is unlocked with a reason.
 */
public final class CheckinPage extends ScrollPane {
    private final CheckinModel model;
    private final Messages messages;
    private final LocalNumbers numbers;
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private final ComboBox<Period> periods = new ComboBox<>();
    private final Label periodState = new Label();
    private final Button close = new Button();
    private final Button unlock = new Button();
    private final TextField unlockReason = new TextField();
    private boolean updatingPeriods;

    public CheckinPage(CheckinModel model, Messages messages, Supplier<LocalDate> today) {
        this.model = model;
        this.messages = messages;
        this.numbers = LocalNumbers.of(messages.locale());
        setId("checkinPage");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");

        Label icon = new Label(null, Icons.of(Feather.CHECK_SQUARE, 32));
        icon.getStyleClass().add("section-icon");
        Label title = new Label(messages.get("section.checkin"));
        title.getStyleClass().add(Styles.TITLE_1);
        HBox head = new HBox(14, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        Label about = new Label(messages.get("checkin.page.text"));
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);

        message.setId("checkinMessage");
        message.getStyleClass().addAll(Styles.DANGER);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        grid.setId("checkinRows");
        grid.setHgap(12);
        grid.setVgap(6);

        VBox page = new VBox(18, head, about, scheduleBar(today), periodBar(), message, grid);
        page.setPadding(new Insets(28, 32, 32, 32));
        setContent(page);

        model.checkinsProperty().addListener((o, a, b) -> refreshPeriods());
        model.periodProperty().addListener((o, a, b) -> refreshPeriods());
        model.rows().addListener((ListChangeListener<CheckinRow>) c -> rebuildRows());
        refreshPeriods();
        rebuildRows();
    }

    // ---- the schedule

    private Node scheduleBar(Supplier<LocalDate> today) {
        Optional<ReviewSchedule> current = Optional.ofNullable(model.checkinsProperty().get().schedule());
        ComboBox<Cadence> cadence = new ComboBox<>();
        cadence.setId("checkinCadence");
        cadence.getItems().setAll(Cadence.values());
        cadence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Cadence c) {
                return c == null ? "" : messages.get("checkin.cadence." + c.key());
            }

            @Override
            public Cadence fromString(String s) {
                return null;
            }
        });
        cadence.setValue(current.map(ReviewSchedule::cadence).orElse(Cadence.QUARTERLY));
        ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(current.map(ReviewSchedule::start).orElse(today.get()));
        StringProperty startError = new SimpleStringProperty();
        DatePicker startPicker = DateFields.picker(start, startError, messages);
        startPicker.setId("checkinStart");
        startPicker.setPrefWidth(150);
        Spinner<Integer> after = new Spinner<>(1, ReviewSchedule.MAX_WINDOW,
                current.map(ReviewSchedule::afterWindow).orElse(ReviewSchedule.DEFAULT_AFTER_WINDOW));
        after.setId("checkinAfter");
        after.setPrefWidth(80);
        Spinner<Integer> sustain = new Spinner<>(1, ReviewSchedule.MAX_WINDOW,
                current.map(ReviewSchedule::sustainPeriods).orElse(ReviewSchedule.DEFAULT_SUSTAIN_PERIODS));
        sustain.setId("checkinSustain");
        sustain.setPrefWidth(80);
        // the stored schedule arrives after the page may have been built
        model.checkinsProperty().addListener((o, a, b) -> {
            if (b.schedule() != null && (a == null || a.schedule() == null || !a.schedule().equals(b.schedule()))) {
                cadence.setValue(b.schedule().cadence());
                start.set(b.schedule().start());
                after.getValueFactory().setValue(b.schedule().afterWindow());
                sustain.getValueFactory().setValue(b.schedule().sustainPeriods());
            }
        });
        Button set = new Button(messages.get("checkin.setSchedule"), Icons.of(Feather.CALENDAR));
        set.setId("checkinSchedule");
        set.setOnAction(e -> {
            if (startError.get() != null) {
                message.setText(startError.get());
                return;
            }
            say(model.setSchedule(cadence.getValue(), start.get(), after.getValue(), sustain.getValue()));
        });
        HBox bar = new HBox(10, labelled("checkin.cadence", cadence), labelled("checkin.start", startPicker),
                labelled("checkin.afterWindow", after), labelled("checkin.sustain", sustain), set);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        return bar;
    }

    private Node labelled(String key, Node field) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add(Styles.TEXT_SMALL);
        l.setLabelFor(field);
        return new VBox(4, l, field);
    }

    // ---- the period

    private Node periodBar() {
        periods.setId("checkinPeriod");
        periods.setButtonCell(periodCell());
        periods.setCellFactory(v -> periodCell());
        periods.valueProperty().addListener((o, a, p) -> {
            if (!updatingPeriods && p != null) {
                model.periodProperty().set(p);
            }
        });
        periodState.setId("checkinPeriodState");
        close.setText(messages.get("checkin.close"));
        close.setGraphic(Icons.of(Feather.LOCK));
        close.setId("checkinClose");
        close.setOnAction(e -> say(model.closePeriod()));
        unlock.setText(messages.get("checkin.unlock"));
        unlock.setGraphic(Icons.of(Feather.UNLOCK));
        unlock.setId("checkinUnlock");
        unlockReason.setId("checkinUnlockReason");
        unlockReason.setPromptText(messages.get("checkin.unlockReason"));
        unlockReason.setPrefColumnCount(24);
        TextLimits.limit(unlockReason, com.scorecardstudio.domain.Limits.NOTE_TEXT, messages);
        unlock.setOnAction(e -> {
            Optional<String> refused = model.unlockPeriod(unlockReason.getText());
            say(refused);
            if (refused.isEmpty()) {
                unlockReason.clear();
            }
        });
        HBox bar = new HBox(10, labelled("checkin.period", periods), periodState, close, unlockReason, unlock);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        return bar;
    }

    private ListCell<Period> periodCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Period p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.id() + (model.isClosed(p) ? " 🔒" : ""));
            }
        };
    }

    private void refreshPeriods() {
        updatingPeriods = true;
        try {
            periods.getItems().setAll(model.periods());
            periods.setValue(model.periodProperty().get());
        } finally {
            updatingPeriods = false;
        }
        Period p = model.periodProperty().get();
        boolean scheduled = model.checkinsProperty().get().scheduled();
        boolean closed = p != null && model.isClosed(p);
        periods.setDisable(!scheduled);
        periodState.setText(!scheduled ? messages.get("checkin.noSchedule")
                : messages.get(closed ? "checkin.state.closed" : "checkin.state.open"));
        close.setVisible(scheduled && !closed);
        close.setManaged(close.isVisible());
        unlock.setVisible(closed);
        unlock.setManaged(closed);
        unlockReason.setVisible(closed);
        unlockReason.setManaged(closed);
        for (Node n : grid.getChildren()) {
            if (n instanceof TextField f) {
                f.setEditable(!closed);
            }
        }
    }

    // ---- the rows

    private void rebuildRows() {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(col(false), col(true), col(false), col(false), col(false), col(false), col(true),
                col(false));
        String[] heads = {"goal", "indicator", "owner", "baseline", "target", "actual", "note", "status"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(messages.get("checkin.col." + heads[c]));
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            grid.add(h, c, 0);
        }
        if (model.rows().isEmpty() && model.checkinsProperty().get().scheduled()) {
            Label none = new Label(messages.get("checkin.noIndicators"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(none, 0, 1, heads.length, 1);
        }
        Period p = model.periodProperty().get();
        boolean closed = p != null && model.isClosed(p);
        int r = 1;
        for (CheckinRow row : model.rows()) {
            addRow(row, r, closed);
            r += 2;
        }
    }

    private static ColumnConstraints col(boolean grow) {
        ColumnConstraints c = new ColumnConstraints();
        if (grow) {
            c.setHgrow(Priority.ALWAYS);
            c.setMinWidth(140);
        }
        return c;
    }

    private void addRow(CheckinRow row, int r, boolean closed) {
        var ind = row.indicator();
        String unit = ind.unit().isEmpty() ? "" : " " + ind.unit();
        Label goal = wrapped(row.goalTitle());
        Label name = wrapped(ind.name());
        Label owner = new Label(row.owner().isEmpty() ? "—" : row.owner());
        Label baseline = new Label(value(ind.baselineValue(), unit));
        Label target = new Label(value(ind.targetValue(), unit)
                + (ind.targetDate() == null ? "" : " (" + messages.formatDate(ind.targetDate()) + ")"));

        TextField actual = new TextField();
        actual.setId("actual-" + row.indicatorId());
        actual.setPrefColumnCount(8);
        actual.setPromptText(numbers.example());
        actual.textProperty().bindBidirectional(row.actual().textProperty());
        row.actual().errorProperty().addListener((o, a, b) -> actual.pseudoClassStateChanged(Styles.STATE_DANGER, b != null));
        actual.pseudoClassStateChanged(Styles.STATE_DANGER, row.actual().invalid());
        actual.setEditable(!closed);
        actual.setOnAction(e -> say(model.commitActual(row)));
        actual.focusedProperty().addListener((o, was, now) -> {
            if (!now && actual.isEditable()) {
                say(model.commitActual(row));
            }
        });
        TextLimits.limit(actual, 40, messages);

        TextField note = new TextField();
        note.setId("note-" + row.indicatorId());
        note.setPromptText(messages.get("checkin.notePrompt"));
        note.textProperty().bindBidirectional(row.noteProperty());
        note.setEditable(!closed);
        note.setOnAction(e -> say(model.commitNote(row)));
        note.focusedProperty().addListener((o, was, now) -> {
            if (!now && note.isEditable()) {
                say(model.commitNote(row));
            }
        });
        TextLimits.limit(note, com.scorecardstudio.domain.Limits.NOTE_TEXT, messages);

        Label status = new Label();
        status.setId("status-" + row.indicatorId());
        Runnable showStatus = () -> {
            Assessment a = row.assessmentProperty().get();
            Status s = a == null ? Status.NOT_RATED : a.status();
            status.setText(messages.get("checkin.status." + s.key()));
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
            status.getStyleClass().add(switch (s) {
                case ON_TRACK -> Styles.SUCCESS;
                case AT_RISK -> Styles.WARNING;
                case OFF_TRACK -> Styles.DANGER;
                case NOT_RATED -> Styles.TEXT_MUTED;
            });
            status.setTooltip(a == null ? null : new javafx.scene.control.Tooltip(messages.get("checkin.reason." + a.reason().key())));
        };
        row.assessmentProperty().addListener((o, a, b) -> showStatus.run());
        showStatus.run();

        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.textProperty().bind(row.actual().errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        grid.addRow(r, goal, name, owner, baseline, target, actual, note, status);
        grid.add(error, 5, r + 1, 3, 1);
    }

    private Label wrapped(String text) {
        Label l = new Label(text.isEmpty() ? messages.get("summary.untitled") : text);
        l.setWrapText(true);
        l.setMaxWidth(320);
        return l;
    }

    private String value(BigDecimal v, String unit) {
        return v == null ? "—" : numbers.format(v) + unit;
    }

    private void say(Optional<String> refusal) {
        message.setText(refusal.orElse(""));
    }

    /** The model behind the page (tests). */
    public CheckinModel viewModel() {
        return model;
    }

    /** What the checkins looked like when asked (tests). */
    Checkins checkins() {
        return model.checkinsProperty().get();
    }
}
