package com.scorecardstudio.ui.checkin;

import com.scorecardstudio.ui.common.TypingField;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.checkinbook.CheckinImport;
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
import com.scorecardstudio.session.OwnersBook;
import com.scorecardstudio.ui.common.DateFields;
import com.scorecardstudio.ui.common.EditLock;
import com.scorecardstudio.ui.common.FileDialogs;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.TextLimits;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The workspace's "Check-in" section: the review periods of the session, and for the chosen period
 * one line per indicator with its owner, baseline, target, the actual (typed the language's way), a
 * note on external factors and the status. An actual or note is stored when the field is left or
 * Enter is pressed, as one undoable step; a text that is not a number stays in the field with the
 * reason below. A closed period shows its actuals read-only until it is unlocked with a reason.
 */
public final class CheckinPage extends VBox {
    private final Label placeholder = new Label();
    private final CheckinModel model;
    private final Messages messages;
    private final LocalNumbers numbers;
    private final ListView<CheckinRow> list = new ListView<>();
    private final Label message = new Label();
    private final ComboBox<Period> periods = new ComboBox<>();
    private final Label periodState = new Label();
    private final Button close = new Button();
    private final Button unlock = new Button();
    private final TextField unlockReason = new TypingField();
    private final javafx.scene.layout.FlowPane rollUp = new javafx.scene.layout.FlowPane(16, 4);
    private final ImpactPanel impact;
    private final javafx.scene.control.ScrollPane scroll;
    private boolean updatingPeriods;
    private Node periodField;

    private final OwnersBook book;
    private final FileDialogs files;
    private final Supplier<Window> owner;
    private final Label bookMessage = new Label();
    private final Button exportBook = new Button();
    private final Button importBook = new Button();

    public CheckinPage(CheckinModel model, Messages messages, Supplier<LocalDate> today) {
        this(model, messages, today, null, null, () -> null);
    }

    /**
     * With the owners' check-in workbook: "Export for owners…" and "Import owners' workbook…" (files
     * chosen through {@code files}, dialogs owned by {@code owner}).
     */
    public CheckinPage(CheckinModel model, Messages messages, Supplier<LocalDate> today, OwnersBook book, FileDialogs files,
                       Supplier<Window> owner) {
        this.book = book;
        this.files = files;
        this.owner = owner;
        this.model = model;
        this.messages = messages;
        this.numbers = LocalNumbers.of(messages.locale());
        setId("checkinPage");

        Label icon = new Label(null, Icons.of(Feather.CHECK_SQUARE, 32));
        icon.getStyleClass().add("section-icon");
        Label title = new Label(messages.get("section.checkin"));
        title.getStyleClass().add(Styles.TITLE_1);
        HBox head = new HBox(14, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        Label about = new Label(messages.get("checkin.page.text"));
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE); // the list gives way, not the explanation
        about.getStyleClass().add(Styles.TEXT_MUTED);

        message.setId("checkinMessage");
        message.getStyleClass().addAll(Styles.DANGER);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        // one line per indicator, virtualized: only the lines in view are laid out, so a period of
        // 200 indicators shows as fast as one of 20
        list.setId("checkinRows");
        list.setItems(model.rows());
        list.setCellFactory(v -> new LineCell());
        list.setFocusTraversable(false); // a click in a line's field leaves the focus in the field, not on the list
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        // a line chosen (clicked, or one of its fields in use) shows its trend and impact statement below
        impact = new ImpactPanel(messages, () -> list.getSelectionModel().clearSelection());
        impact.setVisible(false);
        impact.managedProperty().bind(impact.visibleProperty());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> showImpact());
        model.checkinsProperty().addListener((o, a, b) -> showImpact());
        model.periodProperty().addListener((o, a, b) -> showImpact());

        rollUp.setId("checkinRollUp");
        rollUp.setAlignment(Pos.CENTER_LEFT);
        model.rollUpProperty().addListener((o, a, b) -> showRollUp());
        showRollUp();

        // the page scrolls when the window is too short for the settings, the list (never below a
        // few lines) and an open trend panel together; tall enough, the list takes what is left
        // the page's title, its actions and the period stay in view above what scrolls (the settings,
        // the list and the trend panel)
        VBox top = new VBox(12, head);
        if (book != null) {
            top.getChildren().add(bookBar());
        }
        top.getChildren().add(periodBar());
        top.setPadding(new Insets(28, 32, 6, 32));
        VBox content = new VBox(18, about, scheduleBar(today), rollUp, message, header(), list, impact);
        content.setPadding(new Insets(12, 32, 32, 32));
        list.setMinHeight(200);
        scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll);

        model.checkinsProperty().addListener((o, a, b) -> refreshPeriods());
        model.periodProperty().addListener((o, a, b) -> refreshPeriods());
        refreshPeriods();
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
        // on a narrow window the fields wrap to a second line rather than squeeze the button to "…"
        set.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 10, labelled("checkin.cadence", cadence),
                labelled("checkin.start", startPicker), labelled("checkin.afterWindow", after),
                labelled("checkin.sustain", sustain), set);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.setRowValignment(javafx.geometry.VPos.BOTTOM);
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
        EditLock.keep(periods); // choosing the period to look at changes nothing
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
        periodField = labelled("checkin.period", periods);
        periodField.managedProperty().bind(periodField.visibleProperty());
        HBox bar = new HBox(10, periodField, periodState, close, unlockReason, unlock);
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
        periodField.setVisible(scheduled); // no empty chooser before there are periods: the state says why
        // an empty list says why: no periods yet, or no indicators in the session
        placeholder.setText(messages.get(scheduled ? "checkin.noIndicators" : "checkin.noScheduleList"));
        periodState.setText(!scheduled ? messages.get("checkin.noSchedule")
                : messages.get(closed ? "checkin.state.closed" : "checkin.state.open"));
        close.setVisible(scheduled && !closed);
        close.setManaged(close.isVisible());
        unlock.setVisible(closed);
        unlock.setManaged(closed);
        unlockReason.setVisible(closed);
        unlockReason.setManaged(closed);
        for (LineCell cell : cells) {
            cell.lock(); // lines in view show the lock of the period; others get it when shown
        }
    }

    // ---- the rows

    /** The nodes of one indicator's line; bound to the row of the period shown, and rebound when it changes. */
    private final class Line {
        final Label goal = new Label();
        final Label name = new Label();
        final Label owner = new Label();
        final Label baseline = new Label();
        final Label target = new Label();
        final TextField actual = new TypingField();
        final TextField note = new TypingField();
        final Label status = new Label();
        final Label error = new Label();
        CheckinRow row;
        final javafx.beans.value.ChangeListener<String> errorShown =
                (o, a, b) -> actual.pseudoClassStateChanged(Styles.STATE_DANGER, b != null);
        final javafx.beans.value.ChangeListener<Assessment> statusShown = (o, a, b) -> showStatus();

        Line() {
            // what the reader needs is never cut to "…" in one line: names and values wrap to two lines,
            // and the whole text is in the tooltip when even that is short
            for (Label l : java.util.List.of(goal, name, owner, baseline, target)) {
                l.setWrapText(true);
                l.setMaxHeight(Double.MAX_VALUE);
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(l.textProperty());
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                l.setTooltip(tip);
            }
            actual.setPrefColumnCount(8);
            actual.setPromptText(numbers.example());
            actual.setOnAction(e -> {
                if (row != null) {
                    say(model.commitActual(row));
                }
            });
            actual.focusedProperty().addListener((o, was, now) -> {
                if (now && row != null) {
                    list.getSelectionModel().select(row);
                }
                if (!now && actual.isEditable() && row != null) {
                    say(model.commitActual(row));
                }
            });
            TextLimits.limit(actual, 40, messages);
            note.setPromptText(messages.get("checkin.notePrompt"));
            note.setOnAction(e -> {
                if (row != null) {
                    say(model.commitNote(row));
                }
            });
            note.focusedProperty().addListener((o, was, now) -> {
                if (now && row != null) {
                    list.getSelectionModel().select(row);
                }
                if (!now && note.isEditable() && row != null) {
                    say(model.commitNote(row));
                }
            });
            TextLimits.limit(note, com.scorecardstudio.domain.Limits.NOTE_TEXT, messages);
            error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
        }

        void unbind() {
            if (row != null) {
                actual.textProperty().unbindBidirectional(row.actual().textProperty());
                note.textProperty().unbindBidirectional(row.noteProperty());
                row.actual().errorProperty().removeListener(errorShown);
                row.assessmentProperty().removeListener(statusShown);
                error.textProperty().unbind();
                row = null;
            }
        }

        void bind(CheckinRow next) {
            unbind();
            row = next;
            var ind = row.indicator();
            String unit = ind.unit().isEmpty() ? "" : " " + ind.unit();
            goal.setText(row.goalTitle().isEmpty() ? messages.get("summary.untitled") : row.goalTitle());
            goal.setTooltip(new javafx.scene.control.Tooltip(goal.getText()));
            name.setText(ind.name().isEmpty() ? messages.get("summary.untitled") : ind.name());
            name.setTooltip(new javafx.scene.control.Tooltip(name.getText()));
            owner.setText(row.owner().isEmpty() ? "—" : row.owner());
            baseline.setText(value(ind.baselineValue(), unit));
            target.setText(value(ind.targetValue(), unit));
            target.setTooltip(ind.targetDate() == null ? null
                    : new javafx.scene.control.Tooltip(messages.get("checkin.targetBy", messages.formatDate(ind.targetDate()))));
            actual.setId("actual-" + row.indicatorId());
            note.setId("note-" + row.indicatorId());
            status.setId("status-" + row.indicatorId());
            actual.textProperty().bindBidirectional(row.actual().textProperty());
            note.textProperty().bindBidirectional(row.noteProperty());
            row.actual().errorProperty().addListener(errorShown);
            actual.pseudoClassStateChanged(Styles.STATE_DANGER, row.actual().invalid());
            row.assessmentProperty().addListener(statusShown);
            error.textProperty().bind(row.actual().errorProperty());
            boolean closed = model.isClosed(row.period());
            actual.setEditable(!closed && model.editableProperty().get()); // a reader reads every period
            note.setEditable(!closed && model.editableProperty().get());
            showStatus();
        }

        void showStatus() {
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
            String why = a == null ? null : messages.get("checkin.reason." + a.reason().key());
            if (why == null) {
                status.setTooltip(null);
            } else if (status.getTooltip() == null) {
                status.setTooltip(new javafx.scene.control.Tooltip(why));
            } else {
                status.getTooltip().setText(why);
            }
        }
    }

    /**
     * The column widths of a line: negative ones are the minimum of a column that grows and shrinks
     * (goal, indicator, note) so that a line fits beside the navigation in a 1024-pixel window.
     */
    /** The list's cell padding and scroll bar, subtracted from its width for a line. */
    private static final double LINE_INSET = 36;

    private static final double[] WIDTHS = {-70, -90, 100, 80, 110, 100, -70, 84};

    private Node header() {
        String[] heads = {"goal", "indicator", "owner", "baseline", "target", "actual", "note", "status"};
        HBox h = new HBox(8);
        h.setPadding(new Insets(0, 0, 0, 16));
        h.setMinWidth(0);
        h.maxWidthProperty().bind(list.widthProperty().subtract(LINE_INSET - 10));
        for (int c = 0; c < heads.length; c++) {
            Label l = new Label(messages.get("checkin.col." + heads[c]));
            l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            h.getChildren().add(sized(l, WIDTHS[c]));
        }
        return h;
    }

    private static Node sized(javafx.scene.layout.Region n, double width) {
        if (width < 0) {
            n.setMinWidth(-width);
            n.setPrefWidth(-width * 2);
            n.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(n, Priority.ALWAYS);
        } else {
            n.setMinWidth(width);
            n.setPrefWidth(width);
            n.setMaxWidth(width);
        }
        return n;
    }

    private final java.util.List<LineCell> cells = new java.util.ArrayList<>();

    /** A list cell showing one {@link Line}, rebound as the list reuses it. */
    private final class LineCell extends ListCell<CheckinRow> {
        private final Line line = new Line();
        private final VBox box;

        LineCell() {
            HBox cells = new HBox(8, sized(line.goal, WIDTHS[0]), sized(line.name, WIDTHS[1]), sized(line.owner, WIDTHS[2]),
                    sized(line.baseline, WIDTHS[3]), sized(line.target, WIDTHS[4]), sized(line.actual, WIDTHS[5]),
                    sized(line.note, WIDTHS[6]), sized(line.status, WIDTHS[7]));
            cells.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, cells, line.error);
            box.getStyleClass().add("checkin-line");
            // as wide as the list (less its scroll bar), so the flexible columns shrink instead of scrolling sideways
            box.setMinWidth(0);
            box.prefWidthProperty().bind(list.widthProperty().subtract(LINE_INSET));
            setText(null);
            CheckinPage.this.cells.add(this);
        }

        void lock() {
            boolean closed = line.row != null && model.isClosed(line.row.period());
            line.actual.setEditable(!closed && model.editableProperty().get()); // a reader reads every period
            line.note.setEditable(!closed && model.editableProperty().get());
        }

        @Override
        protected void updateItem(CheckinRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                line.unbind();
                setGraphic(null);
            } else {
                if (line.row != row) {
                    line.bind(row);
                }
                lock();
                setGraphic(box);
            }
        }
    }

    private String value(BigDecimal v, String unit) {
        return v == null ? "—" : numbers.format(v) + unit;
    }

    /** Per perspective with indicators: the signs of the statuses with their counts, the sentence in the tooltip. */
    private void showRollUp() {
        var counts = model.rollUpProperty().get();
        rollUp.getChildren().clear();
        rollUp.setVisible(!counts.isEmpty());
        rollUp.setManaged(!counts.isEmpty());
        if (counts.isEmpty()) {
            return;
        }
        Label heading = new Label(messages.get("checkin.rollup.title"));
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        rollUp.getChildren().add(heading);
        for (var e : counts.entrySet()) {
            var n = e.getValue();
            if (n.total() == 0) {
                continue;
            }
            String stage = messages.get("stage." + e.getKey().key());
            Label name = new Label(n.rated() == 0 ? messages.get("checkin.rollup.none", stage)
                    : messages.get("checkin.rollup.stage", stage, n.onTrack(), n.rated()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox chip = new HBox(4, name);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.setId("rollUp-" + e.getKey().key());
            for (Status st : new Status[] {Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK}) {
                int k = st == Status.ON_TRACK ? n.onTrack() : st == Status.AT_RISK ? n.atRisk() : n.offTrack();
                if (k > 0) {
                    Label sign = new Label(ReviewBadge.sign(st));
                    sign.getStyleClass().addAll("review-badge", "review-compact", "review-" + st.key());
                    Label count = new Label(String.valueOf(k));
                    chip.getChildren().addAll(sign, count);
                }
            }
            Tooltip.install(chip, new Tooltip(stage + ". " + messages.get("results.md.rollup", n.onTrack(), n.rated(),
                    n.atRisk(), n.offTrack(), n.notRated())));
            rollUp.getChildren().add(chip);
        }
    }

    private void showImpact() {
        CheckinRow row = list.getSelectionModel().getSelectedItem();
        Optional<CheckinModel.Detail> d = model.detail(row);
        d.ifPresent(impact::show);
        boolean opened = d.isPresent() && !impact.isVisible();
        impact.setVisible(d.isPresent());
        if (opened) {
            // a short window: bring the panel into view once it is laid out
            javafx.application.Platform.runLater(() -> {
                scroll.applyCss();
                scroll.layout(); // the panel's height counted before scrolling to it
                scroll.setVvalue(scroll.getVmax());
            });
        }
    }

    /** The trend and impact panel, showing or not (tests). */
    ImpactPanel impactPanel() {
        return impact;
    }


    // ---- the owners' workbook

    private Node bookBar() {
        exportBook.setText(messages.get("checkinbook.gui.export"));
        exportBook.setGraphic(Icons.of(Feather.DOWNLOAD));
        exportBook.setId("checkinExportBook");
        EditLock.keep(exportBook); // the owners' workbook is a file: a reader exports it too
        exportBook.setOnAction(e -> exportBook());
        importBook.setText(messages.get("checkinbook.gui.import"));
        importBook.setGraphic(Icons.of(Feather.UPLOAD));
        importBook.setId("checkinImportBook");
        importBook.setOnAction(e -> importBook());
        exportBook.disableProperty().bind(model.checkinsProperty().map(c -> !c.scheduled()));
        importBook.disableProperty().bind(exportBook.disableProperty());
        bookMessage.setId("checkinBookMessage");
        bookMessage.setWrapText(true);
        bookMessage.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(10, exportBook, importBook, bookMessage);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bookMessage, Priority.ALWAYS);
        return bar;
    }

    private void exportBook() {
        Optional<CheckinBookChoice.Choice> choice = CheckinBookChoice.ask(owner.get(), messages, book.owners());
        if (choice.isEmpty()) {
            return;
        }
        String forWhom = choice.get().owner() == null ? "" : " - " + choice.get().owner().replaceAll("[\\\\/:*?\"<>|]", "_");
        Optional<Path> target = files.save(owner.get(), messages.get("checkinbook.gui.exportTitle"),
                messages.get("checkinbook.gui.filter"), "*.xlsx", messages.get("checkinbook.gui.fileName") + forWhom + ".xlsx");
        if (target.isEmpty()) {
            return;
        }
        say(Optional.empty());
        bookMessage.setText(messages.get("checkinbook.gui.working"));
        book.export(target.get(), choice.get().language(), choice.get().owner(), result -> {
            bookMessage.setText(result.refused().isEmpty() ? messages.get("checkinbook.gui.exported", result.rows(),
                    target.get().getFileName()) : "");
            say(result.refused());
        });
    }

    private void importBook() {
        Optional<Path> file = files.open(owner.get(), messages.get("checkinbook.gui.importTitle"),
                messages.get("checkinbook.gui.filter"), "*.xlsx");
        if (file.isEmpty()) {
            return;
        }
        say(Optional.empty());
        bookMessage.setText(messages.get("checkinbook.gui.working"));
        book.read(file.get(), this::imported);
    }

    /** A workbook read: applied when it can be; otherwise the report per cell, and the conflicts side by side to settle. */
    private void imported(OwnersBook.Reading reading) {
        bookMessage.setText("");
        if (reading.refused().isPresent()) {
            say(reading.refused());
            return;
        }
        CheckinImport.Plan plan = reading.plan();
        if (plan.acceptable()) {
            Optional<String> refused = book.apply(reading);
            say(refused);
            if (refused.isEmpty()) {
                bookMessage.setText(plan.changed() == 0 ? messages.get("checkinbook.gui.nothing")
                        : messages.get("checkinbook.gui.imported", plan.changed()));
            }
            return;
        }
        Optional<CheckinImport.Keep> keep = CheckinBookReport.show(owner.get(), messages, plan);
        if (keep.isPresent()) {
            imported(book.settle(reading, keep.get()));
        } else {
            say(Optional.of(messages.get("checkinbook.gui.notImported", plan.refusals().size())));
        }
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
