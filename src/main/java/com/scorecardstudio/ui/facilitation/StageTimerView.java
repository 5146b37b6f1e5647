package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.session.StageTimers;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The stage timer for the stage page's header: the time left in large digits (amber in the last
 * minutes, red and counting up once over), start/pause, reset, five more minutes, and the stage's
 * time-box in minutes.
 */
public final class StageTimerView extends HBox {
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERRUN = PseudoClass.getPseudoClass("overrun");

    private final StageTimers vm;
    private final Timeline ticker;
    /** Held here: a bidirectional binding to {@code asObject()} must keep its end alive. */
    private final ObjectProperty<Integer> minutes;
    private final VBox face;

    public StageTimerView(StageTimers vm, Messages messages) {
        super(10);
        this.vm = vm;
        setId("stageTimer");
        getStyleClass().add("stage-timer");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(Region.USE_PREF_SIZE);

        Label icon = new Label(null, Icons.of(Feather.CLOCK, 18));
        icon.getStyleClass().add("timer-icon");

        Label display = new Label();
        display.setId("timerDisplay");
        display.getStyleClass().add("timer-display");
        display.textProperty().bind(vm.displayProperty());
        display.setMinWidth(Region.USE_PREF_SIZE);
        Label caption = new Label();
        caption.setId("timerCaption");
        caption.getStyleClass().addAll("timer-caption", Styles.TEXT_SMALL);
        caption.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.overrunProperty().get()) {
                return messages.get("timer.overrun");
            }
            String of = messages.get("timer.of", vm.minutesProperty().get());
            return vm.extraMinutesProperty().get() > 0 ? of + " " + messages.get("timer.extra", vm.extraMinutesProperty().get()) : of;
        }, vm.overrunProperty(), vm.minutesProperty(), vm.extraMinutesProperty()));
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().addAll("timer-progress", Styles.SMALL);
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(110);
        face = new VBox(2, display, caption, bar);
        face.setAlignment(Pos.CENTER_LEFT);
        face.setMinWidth(Region.USE_PREF_SIZE);

        Button toggle = new Button();
        toggle.setId("timerToggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_CIRCLE, Styles.ACCENT, "timer-toggle");
        toggle.graphicProperty().bind(Bindings.createObjectBinding(
                () -> Icons.of(vm.runningProperty().get() ? Feather.PAUSE : Feather.PLAY, 18), vm.runningProperty()));
        Tooltip toggleTip = new Tooltip();
        toggleTip.textProperty().bind(Bindings.when(vm.runningProperty())
                .then(messages.get("timer.pause")).otherwise(messages.get("timer.start")));
        toggle.setTooltip(toggleTip);
        toggle.setOnAction(e -> vm.toggle());

        Button reset = new Button(null, Icons.of(Feather.ROTATE_CCW, 16));
        reset.setId("timerReset");
        reset.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reset.setTooltip(new Tooltip(messages.get("timer.reset")));
        reset.disableProperty().bind(vm.startedProperty().not().and(vm.extraMinutesProperty().isEqualTo(0)));
        reset.setOnAction(e -> vm.reset());

        Button plus = new Button(messages.get("timer.plusFive"));
        plus.setId("timerPlusFive");
        plus.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "timer-plus");
        plus.setTooltip(new Tooltip(messages.get("timer.plusFive.tooltip")));
        plus.setOnAction(e -> vm.addFiveMinutes());
        plus.setMinWidth(Region.USE_PREF_SIZE);

        Spinner<Integer> box = new Spinner<>();
        box.setId("timerMinutes");
        box.setEditable(true);
        box.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                StageTimers.MIN_MINUTES, StageTimers.MAX_MINUTES, vm.minutesProperty().get(), 5);
        values.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : String.valueOf(v);
            }

            @Override
            public Integer fromString(String text) {
                // a typo keeps the time-box as it was instead of failing
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return values.getValue();
                }
            }
        });
        box.setValueFactory(values);
        box.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        minutes = vm.minutesProperty().asObject();
        values.valueProperty().bindBidirectional(minutes);
        box.setPrefWidth(116);
        box.setTooltip(new Tooltip(messages.get("timer.timebox")));
        box.getEditor().setPrefColumnCount(3);
        Label unit = new Label(messages.get("timer.minutes"));
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        HBox timebox = new HBox(6, box, unit);
        timebox.setAlignment(Pos.CENTER_LEFT);
        timebox.getStyleClass().add("timer-timebox");
        timebox.setMinWidth(Region.USE_PREF_SIZE);

        Region gap = new Region();
        gap.setMinWidth(4);
        getChildren().addAll(icon, face, toggle, reset, plus, gap, timebox);

        vm.runningProperty().addListener((o, a, b) -> pseudoClassStateChanged(RUNNING, b));
        vm.warningProperty().addListener((o, a, b) -> pseudoClassStateChanged(WARNING, b));
        vm.overrunProperty().addListener((o, a, b) -> pseudoClassStateChanged(OVERRUN, b));
        pseudoClassStateChanged(RUNNING, vm.runningProperty().get());
        pseudoClassStateChanged(WARNING, vm.warningProperty().get());
        pseudoClassStateChanged(OVERRUN, vm.overrunProperty().get());

        // the display follows the time source a few times a second while shown and running
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        Runnable ticking = () -> {
            if (getScene() != null && vm.runningProperty().get()) {
                ticker.play();
            } else {
                ticker.stop();
            }
            vm.tick();
        };
        sceneProperty().addListener((o, a, b) -> ticking.run());
        vm.runningProperty().addListener((o, a, b) -> ticking.run());
        ticking.run();
    }

    /** Puts the agenda's standing (ahead / behind plan) under the timer's bar. */
    public StageTimerView withAgenda(javafx.scene.Node standing) {
        face.getChildren().add(standing);
        return this;
    }

    public StageTimers viewModel() {
        return vm;
    }
}
