package com.scorecardstudio.ui.facilitation;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Agenda;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.AgendaModel;
import com.scorecardstudio.session.StageTimers;
import com.scorecardstudio.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.feather.Feather;

/**
 * The agenda in the page header: "ahead / behind plan" on a small button under the stage timer (the
 * whole-session clock in its tooltip), which opens the agenda: planned minutes per stage and for the break after it, the time spent on
 * each, the whole day's plan, and a break to start or end.
 */
public final class AgendaView {
    private AgendaView() {
    }

    /** The header button; its pop-over edits the agenda. */
    public static Button button(AgendaModel agenda, Messages messages) {
        return button(agenda, messages, new javafx.beans.property.SimpleBooleanProperty(true));
    }

    /**
     * The header button; its pop-over edits the agenda when {@code editable}, and otherwise shows it
     * (a read-only role: the plan and the time spent, to read).
     */
    public static Button button(AgendaModel agenda, Messages messages, javafx.beans.value.ObservableBooleanValue editable) {
        Button chip = new Button(null, Icons.of(Feather.CALENDAR, 12));
        chip.setId("agendaChip");
        chip.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "agenda-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        // short, under the timer: the header keeps its width; the session clock is in the tooltip and the agenda
        chip.textProperty().bind(Bindings.createStringBinding(() -> AgendaText.shortStanding(messages, agenda), agenda.revisionProperty()));
        javafx.beans.InvalidationListener restyle = o -> {
            int sign = AgendaText.sign(agenda);
            chip.getStyleClass().removeAll("behind", "ahead");
            if (sign != 0) {
                chip.getStyleClass().add(sign > 0 ? "behind" : "ahead");
            }
        };
        chip.getProperties().put("restyle", restyle); // held by the chip: a page built again lets go of the old one
        agenda.revisionProperty().addListener(new javafx.beans.WeakInvalidationListener(restyle));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> messages.get("agenda.title") + " · " + messages.get("agenda.sessionClock",
                AgendaModel.clock(agenda.sessionSecondsProperty().get())) + " · " + AgendaText.standing(messages, agenda),
                agenda.revisionProperty()));
        chip.setTooltip(tip);
        chip.setAccessibleText(messages.get("agenda.title"));
        PopOver[] pop = new PopOver[1]; // built on first use, then shown again: its listeners are made once
        chip.setOnAction(e -> {
            if (pop[0] == null) {
                pop[0] = new PopOver(com.scorecardstudio.ui.common.EditLock.lock(editor(agenda, messages), editable));
                pop[0].setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
                pop[0].setDetachable(false);
            }
            pop[0].show(chip);
        });
        return com.scorecardstudio.ui.common.EditLock.keep(chip); // opening the agenda changes nothing
    }

    /** The agenda's editor: one row per stage and per break after it. */
    public static VBox editor(AgendaModel agenda, Messages messages) {
        Label title = new Label(messages.get("agenda.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label(messages.get("agenda.explain"));
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        explain.setWrapText(true);
        explain.setMaxWidth(460);

        // spacing in code: the pop-over is a window of its own, without the app's style sheets
        GridPane grid = new GridPane();
        grid.getStyleClass().add("agenda-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        grid.addRow(0, header(messages.get("agenda.part")), header(messages.get("agenda.planned")), header(messages.get("agenda.spent")));
        int row = 1;
        for (Stage s : Stage.values()) {
            Label name = new Label(messages.get("stage." + s.key()));
            Spinner<Integer> minutes = spinner(StageTimers.MIN_MINUTES, StageTimers.MAX_MINUTES, agenda.timers().minutes(s),
                    v -> agenda.setStageMinutes(s, v));
            minutes.setId("agendaStage-" + s.key());
            // an undo (or the time-box set in the header) shows here; the same value leaves typing alone
            agenda.timers().changesProperty().addListener(o -> minutes.getValueFactory().setValue(agenda.timers().minutes(s)));
            Label spent = spentLabel(agenda, Agenda.Part.stage(s));
            grid.addRow(row++, name, minutes, spent);

            Label breakName = new Label(messages.get("agenda.breakAfter"), Icons.of(Feather.COFFEE, 14));
            breakName.getStyleClass().add(Styles.TEXT_MUTED);
            Spinner<Integer> pause = spinner(0, Agenda.MAX_BREAK_MINUTES, agenda.breakMinutesProperty(s).get(),
                    v -> agenda.setBreakMinutes(s, v));
            pause.setId("agendaBreak-" + s.key());
            agenda.breakMinutesProperty(s).addListener((o, a, b) -> pause.getValueFactory().setValue(b.intValue()));
            grid.addRow(row++, breakName, pause, spentLabel(agenda, Agenda.Part.breakAfter(s)));
        }
        Label total = new Label();
        total.setId("agendaTotal");
        total.getStyleClass().add("agenda-total");
        total.setStyle("-fx-font-weight: bold;");
        total.textProperty().bind(Bindings.createStringBinding(() -> messages.get("agenda.total",
                hoursMinutes(agenda.plannedMinutesProperty().get())), agenda.plannedMinutesProperty()));
        Label standing = new Label();
        standing.setId("agendaStanding");
        standing.textProperty().bind(Bindings.createStringBinding(() -> messages.get("agenda.sessionClock",
                AgendaModel.clock(agenda.sessionSecondsProperty().get())) + "  ·  " + AgendaText.standing(messages, agenda),
                agenda.revisionProperty()));
        Button pauseButton = new Button();
        pauseButton.setId("agendaBreakToggle");
        pauseButton.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(
                agenda.onBreakProperty().get() == null ? Feather.COFFEE : Feather.PLAY), agenda.onBreakProperty()));
        pauseButton.textProperty().bind(Bindings.createStringBinding(() -> agenda.onBreakProperty().get() == null
                ? messages.get("agenda.startBreak") : messages.get("agenda.endBreak"), agenda.onBreakProperty()));
        pauseButton.setOnAction(e -> agenda.toggleBreak());
        VBox box = new VBox(10, title, explain, grid, total, standing, pauseButton);
        box.getStyleClass().add("agenda-editor");
        box.setPadding(new javafx.geometry.Insets(14));
        box.setId("agendaEditor");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    private static Label spentLabel(AgendaModel agenda, Agenda.Part part) {
        Label l = new Label();
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            java.time.Duration d = agenda.spent().getOrDefault(part, java.time.Duration.ZERO);
            return StageTimers.format(d.toSeconds());
        }, agenda.revisionProperty()));
        return l;
    }

    private static Spinner<Integer> spinner(int min, int max, int value, java.util.function.IntConsumer set) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, 5);
        values.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : String.valueOf(v);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return values.getValue(); // a typo keeps the value as it was
                }
            }
        });
        spinner.setValueFactory(values);
        spinner.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        spinner.setPrefWidth(110);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                set.accept(b);
            }
        });
        return spinner;
    }

    static String hoursMinutes(int minutes) {
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

}
