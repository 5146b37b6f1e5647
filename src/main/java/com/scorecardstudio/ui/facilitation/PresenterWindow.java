package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.session.IndicatorItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The room view: a full-screen window for the projector showing the current stage's goals in large
 * type (or, on the map page, the map fitted to the screen), read-only, updating live as the
 * facilitator types; with the stage timer in large digits that warns at five and at one minute left,
 * the agenda's ahead / behind plan and the parking lot's count. Full screen on the second display
 * when there is one, otherwise full screen here. Esc returns; B blanks the room screen and brings it
 * back; F11 toggles full screen; Ctrl+plus and Ctrl+minus change the text size for the room.
 */
public final class PresenterWindow {
    private static final String APP_CSS = PresenterWindow.class.getResource("/ui/app.css").toExternalForm();
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String ROOM_CSS = PresenterWindow.class.getResource("/ui/room.css").toExternalForm();
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass LAST_MINUTE = PseudoClass.getPseudoClass("last-minute");
    private static final PseudoClass OVERRUN = PseudoClass.getPseudoClass("overrun");
    private static final PseudoClass ON_BREAK = PseudoClass.getPseudoClass("on-break");
    public static final double DEFAULT_FONT = 20;
    public static final double MIN_FONT = 12;
    public static final double MAX_FONT = 44;

    private final Window owner;
    private final GoalsModel goals;
    private final ObservableValue<Stage> stage;
    private final Messages messages;
    private final javafx.stage.Stage window = new javafx.stage.Stage();
    private final BorderPane root = new BorderPane();
    /** Black over everything while the room screen is blanked (B). */
    private final Region blank = new Region();
    private final javafx.beans.property.BooleanProperty blanked = new javafx.beans.property.SimpleBooleanProperty();
    private final HBox roomFacts = new HBox(24);
    private final VBox timerBox = new VBox(2);
    private final List<Runnable> unbindFacts = new ArrayList<>();
    private javafx.animation.Timeline ticking;
    /** What Esc, B and Ctrl+plus do, shown for a few seconds each time the room view opens. */
    private final Label exitHint = new Label();
    private final javafx.animation.FadeTransition hintFades =
            new javafx.animation.FadeTransition(javafx.util.Duration.millis(600), exitHint);
    private final Label stageName = new Label();
    /** Shown while no stage is (an empty page). */
    private final VBox body = new VBox();
    /**
     * The scroll's content: the empty page and each stage's goals, one shown at a time. Kept in the
     * scene and switched by visibility, so going back to a stage needs neither CSS nor a new layout.
     */
    private final javafx.scene.layout.StackPane pages = new javafx.scene.layout.StackPane(body);
    private final ScrollPane scroll = new ScrollPane(pages);
    /** The center: the stage's goals, or the view shown instead (the map), switched the same way. */
    private final javafx.scene.layout.StackPane center = new javafx.scene.layout.StackPane(scroll);
    /**
     * Each stage's goals as built, kept while the room view lives: going to another stage, to the map
     * and back, or opening the view again shows them without building them again; a stage whose goals
     * changed shape (added, removed, moved) is built again when shown.
     */
    private final java.util.Map<Stage, Built> built = new java.util.EnumMap<>(Stage.class);

    private static final class Built {
        final VBox box = new VBox();
        final List<Runnable> unbind = new ArrayList<>();
        List<Object> shape;

        void dispose() {
            unbind.forEach(Runnable::run);
            unbind.clear();
            box.getChildren().clear();
        }
    }

    private int goalNumber;
    /** The stage's colour is set here and on each stage's page, not on the root: a stage change restyles only them. */
    private HBox head;
    private javafx.scene.Node instead;
    private ObservableValue<javafx.scene.Node> insteadSource;
    private final DoubleProperty fontSize = new SimpleDoubleProperty(DEFAULT_FONT);
    /** Undoes the bindings of the goals being built, so labels of a rebuilt view do not stay attached to the model. */
    private List<Runnable> unbind = new ArrayList<>();
    private final InvalidationListener onRevision = o -> refresh(false);
    private final InvalidationListener onStage = o -> refresh(false);
    /** Not an owned window (it would stay on top of the main window on one screen), but it closes with it. */
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> ownerClosed = e -> close();

    public PresenterWindow(Window owner, GoalsModel goals, ObservableValue<Stage> stage, String sessionTitle,
                           Messages messages) {
        this.owner = owner;
        this.goals = goals;
        this.stage = stage;
        this.messages = messages;

        root.getStyleClass().add("presenter");
        root.setId("presenter");
        root.styleProperty().bind(Bindings.format(Locale.ROOT, "-fx-font-size: %.0fpx;", fontSize));
        stageName.setId("presenterStage");
        stageName.getStyleClass().add("presenter-stage");
        stageName.setWrapText(true);
        Label session = new Label(sessionTitle);
        session.setId("presenterSession");
        session.getStyleClass().add("presenter-session");
        Label brand = new Label(messages.get("app.name"), Icons.of(Feather.TARGET, 16));
        brand.getStyleClass().add("presenter-brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox meta = new HBox(16, session, spacer, brand);
        meta.setAlignment(Pos.CENTER_LEFT);
        roomFacts.setAlignment(Pos.CENTER_LEFT);
        roomFacts.getStyleClass().add("room-facts");
        VBox titles = new VBox(4, meta, stageName, roomFacts);
        HBox.setHgrow(titles, javafx.scene.layout.Priority.ALWAYS);
        timerBox.setAlignment(Pos.CENTER_RIGHT);
        timerBox.getStyleClass().add("room-timer");
        timerBox.setId("roomTimer");
        timerBox.setMinWidth(Region.USE_PREF_SIZE);
        timerBox.setVisible(false);
        timerBox.managedProperty().bind(timerBox.visibleProperty());
        head = new HBox(24, titles, timerBox);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("presenter-head");
        root.setTop(head);

        body.getStyleClass().add("presenter-body");
        body.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "presenter-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pages.setAlignment(Pos.TOP_LEFT);
        root.setCenter(center);

        blank.setId("roomBlank");
        blank.getStyleClass().add("room-blank");
        blank.visibleProperty().bind(blanked);
        exitHint.setId("roomExitHint");
        exitHint.getStyleClass().add("room-exit-hint");
        exitHint.setWrapText(true);
        exitHint.setMouseTransparent(true);
        exitHint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        exitHint.setVisible(false);
        // at the foot of the screen: the stage's name at the top stays readable meanwhile
        javafx.scene.layout.StackPane.setAlignment(exitHint, Pos.BOTTOM_CENTER);
        javafx.scene.layout.StackPane.setMargin(exitHint, new javafx.geometry.Insets(32));
        hintFades.setFromValue(1);
        hintFades.setToValue(0);
        hintFades.setDelay(javafx.util.Duration.seconds(4));
        hintFades.setOnFinished(e -> exitHint.setVisible(false));
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(root, blank, exitHint);
        // as wide as its text, up to four fifths of the screen (then it wraps)
        exitHint.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(exitHint.prefWidth(-1), stack.getWidth() * 0.8), stack.widthProperty(), exitHint.textProperty()));
        stack.getStyleClass().add("room-stack");
        Scene scene = new Scene(stack);
        scene.getStylesheets().addAll(APP_CSS, ROOM_CSS);
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            root.pseudoClassStateChanged(DARK, owner.getScene().getRoot().getPseudoClassStates().contains(DARK));
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        window.setScene(scene);
        window.setTitle(messages.get("presenter.windowTitle", sessionTitle));
        // our own hint (below), not JavaFX's: its overlay throws when the window closes while it fades
        window.setFullScreenExitHint("");
        if (owner instanceof javafx.stage.Stage ownerStage) {
            window.getIcons().setAll(ownerStage.getIcons());
        }
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.setOnHidden(e -> detach());
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.F5 && !e.isShortcutDown())) {
            close();
        } else if (e.getCode() == KeyCode.B && !e.isShortcutDown() && !e.isAltDown()) {
            blanked.set(!blanked.get());
        } else if (e.getCode() == KeyCode.F11) {
            window.setFullScreen(!window.isFullScreen());
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            fontSize.set(Math.min(MAX_FONT, fontSize.get() + 2));
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            fontSize.set(Math.max(MIN_FONT, fontSize.get() - 2));
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0)) {
            fontSize.set(DEFAULT_FONT);
        } else {
            return;
        }
        e.consume();
    }

    /** Opens the window (or brings it to the front), on the second display when there is one. */
    public void show() {
        if (window.isShowing()) {
            window.toFront();
            return;
        }
        goals.revisionProperty().addListener(onRevision);
        stage.addListener(onStage);
        if (owner != null) {
            owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, ownerClosed);
        }
        refresh(false);
        List<Screen> screens = Screen.getScreens();
        Screen primary = Screen.getPrimary();
        Screen projector = screens.stream().filter(s -> !s.equals(primary)).findFirst().orElse(null);
        boolean onProjector = screens.size() > 1 && projector != null;
        Rectangle2D b = onProjector ? projector.getBounds() : primary.getVisualBounds();
        window.setX(b.getMinX());
        window.setY(b.getMinY());
        window.setWidth(b.getWidth());
        window.setHeight(b.getHeight());
        blanked.set(false);
        if (ticking != null) {
            ticking.play();
        }
        exitHint.setText(messages.get("presenter.exitHint"));
        exitHint.setOpacity(1);
        exitHint.setVisible(true);
        hintFades.playFromStart();
        window.show();
        // Full screen once shown and focused: Monocle (embedded screens) makes the focused window full
        // screen, whichever asks
        window.requestFocus();
        window.setFullScreen(true);
        if (onProjector && owner != null) {
            // the room sees the projector; the facilitator's keys stay with the laptop's window
            owner.requestFocus();
        }
    }

    /** The screen the room view opens on: the first that is not the primary one, else the primary. */
    public static Screen roomScreen() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream().filter(s -> !s.equals(primary)).findFirst().orElse(primary);
    }

    public void close() {
        window.close();
    }

    /** Closes the window and lets go of the models it follows: this room view is not shown again. */
    public void dispose() {
        close();
        unbindFacts.forEach(Runnable::run);
        unbindFacts.clear();
        fontSize.unbind();
        built.values().forEach(b -> {
            b.dispose();
            pages.getChildren().remove(b.box);
        });
        built.clear();
    }

    /**
     * Shows another view instead of the stage's goals while {@code view} holds one (the strategy map
     * while the facilitator is on the map page), under {@code title}.
     */
    public void showInstead(ObservableValue<javafx.scene.Node> view, String title) {
        insteadSource = view; // held here: a binding only weakly held by what it observes would be collected
        view.addListener((o, before, now) -> place(now, title));
        place(view.getValue(), title);
    }

    private void place(javafx.scene.Node view, String title) {
        instead = view;
        // the view shown instead (the map) leaves the scene when it is not shown: it would follow every
        // edit (the map redraws on each change) while the room sees the stage
        center.getChildren().retainAll(scroll);
        if (view != null) {
            center.getChildren().add(view);
        }
        showOnly(scroll, view == null);
        if (view == null) {
            refresh(false);
        } else {
            head.getStyleClass().removeIf(c -> c.startsWith("presenter-stage-"));
            stageName.setText(title);
        }
    }

    /** True while the room screen is blanked (B). */
    public javafx.beans.property.BooleanProperty blankedProperty() {
        return blanked;
    }

    /** The text size of the room view in pixels; bind it to a remembered setting. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /**
     * Shows the stage timer in large digits (amber at five minutes left, red at one and when over) and,
     * with an agenda, the whole-session clock, ahead / behind plan and a break's countdown.
     */
    public void showTimer(com.scorecardstudio.session.StageTimers timers, com.scorecardstudio.session.AgendaModel agenda) {
        Label digits = new Label();
        digits.setId("roomTimerDisplay");
        digits.getStyleClass().add("room-timer-display");
        digits.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label();
        note.setId("roomTimerNote");
        note.getStyleClass().add("room-timer-note");
        note.setMinWidth(Region.USE_PREF_SIZE);
        javafx.beans.Observable[] deps = agenda == null
                ? new javafx.beans.Observable[] {timers.displayProperty(), timers.warningProperty(), timers.lastMinuteProperty(),
                        timers.overrunProperty()}
                : new javafx.beans.Observable[] {timers.displayProperty(), timers.warningProperty(), timers.lastMinuteProperty(),
                        timers.overrunProperty(), agenda.breakDisplayProperty(), agenda.onBreakProperty()};
        digits.textProperty().bind(Bindings.createStringBinding(() -> agenda != null && agenda.onBreakProperty().get() != null
                ? agenda.breakDisplayProperty().get() : timers.displayProperty().get(), deps));
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            if (agenda != null && agenda.onBreakProperty().get() != null) {
                return messages.get("presenter.break");
            }
            if (timers.overrunProperty().get()) {
                return messages.get("presenter.timeUp");
            }
            if (timers.lastMinuteProperty().get()) {
                return messages.get("presenter.lastMinute");
            }
            if (timers.warningProperty().get()) {
                return messages.get("presenter.fiveMinutes");
            }
            return "";
        }, deps));
        InvalidationListener style = o -> {
            boolean onBreak = agenda != null && agenda.onBreakProperty().get() != null;
            timerBox.pseudoClassStateChanged(ON_BREAK, onBreak);
            timerBox.pseudoClassStateChanged(WARNING, !onBreak && timers.warningProperty().get() && !timers.lastMinuteProperty().get());
            timerBox.pseudoClassStateChanged(LAST_MINUTE, !onBreak && timers.lastMinuteProperty().get());
            timerBox.pseudoClassStateChanged(OVERRUN, !onBreak && timers.overrunProperty().get());
        };
        for (javafx.beans.Observable d : deps) {
            d.addListener(style);
            unbindFacts.add(() -> d.removeListener(style));
        }
        style.invalidated(null);
        timerBox.getChildren().setAll(digits, note);
        timerBox.setVisible(true);
        if (agenda != null) {
            Label plan = new Label();
            plan.setId("roomPlan");
            plan.getStyleClass().add("room-plan");
            plan.textProperty().bind(Bindings.createStringBinding(() -> AgendaText.standing(messages, agenda),
                    agenda.revisionProperty()));
            Label clock = new Label(null, Icons.of(Feather.CLOCK, 18));
            clock.setId("roomSessionClock");
            clock.getStyleClass().add("room-fact");
            clock.textProperty().bind(Bindings.createStringBinding(() -> messages.get("agenda.sessionClock",
                    com.scorecardstudio.session.AgendaModel.clock(agenda.sessionSecondsProperty().get())), agenda.sessionSecondsProperty()));
            roomFacts.getChildren().addAll(clock, plan);
            unbindFacts.add(() -> {
                plan.textProperty().unbind();
                clock.textProperty().unbind();
            });
        }
        // the clocks follow the time source while the room view is open
        ticking = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.millis(250), e -> {
            timers.tick();
            if (agenda != null) {
                agenda.tick();
            }
        }));
        ticking.setCycleCount(javafx.animation.Animation.INDEFINITE);
    }

    /** Shows how many parking-lot topics are still open. */
    public void showParking(com.scorecardstudio.session.ParkingLotModel parking) {
        Label count = new Label(null, Icons.of(Feather.BOOKMARK, 18));
        count.setId("roomParking");
        count.getStyleClass().add("room-fact");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("presenter.parking",
                parking.openCountProperty().get()), parking.openCountProperty()));
        roomFacts.getChildren().add(0, count);
        unbindFacts.add(() -> count.textProperty().unbind());
    }

    public boolean isShowing() {
        return window.isShowing();
    }

    /** True while the window is open: for a toggle button in the stage header. */
    public javafx.beans.property.ReadOnlyBooleanProperty showingProperty() {
        return window.showingProperty();
    }

    /** The window itself, for tests and placement. */
    public javafx.stage.Stage window() {
        return window;
    }

    private void detach() {
        if (ticking != null) {
            ticking.stop();
        }
        hintFades.stop();
        exitHint.setVisible(false);
        goals.revisionProperty().removeListener(onRevision);
        stage.removeListener(onStage);
        if (owner != null) {
            owner.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, ownerClosed);
        }
        // what was built stays (bound to the goals it shows) for the next opening; dispose() lets go of it
    }

    // ---- content

    /**
     * Shows the current stage's goals: as built before when their shape (goals added, removed, moved;
     * indicators added or removed) is unchanged, else built again. Typing only updates bound labels.
     */
    private void refresh(boolean force) {
        if (instead != null) {
            return; // another view (the map) is shown
        }
        Stage current = stage.getValue();
        if (current == null) {
            stageName.setText("");
            showPage(body);
            return;
        }
        stageName.setText(messages.get("stage." + current.key() + ".full"));
        head.getStyleClass().removeIf(c -> c.startsWith("presenter-stage-"));
        head.getStyleClass().add("presenter-stage-" + current.key());
        List<Object> shape = shapeOf(current);
        Built b = built.get(current);
        if (force || b == null || !shape.equals(b.shape)) {
            if (b != null) {
                b.dispose();
            } else {
                b = new Built();
                b.box.getStyleClass().addAll("presenter-body", "room-page", "presenter-stage-" + current.key());
                b.box.setFillWidth(true);
                built.put(current, b);
                showOnly(b.box, false);
            }
            b.shape = shape;
            build(current, b);
        }
        if (!pages.getChildren().contains(b.box) || !b.box.isVisible()) {
            showPage(b.box);
            scroll.setVvalue(0);
        }
    }

    /**
     * Shows one page; the others leave the scene (kept built): a window shown again styles its whole
     * scene, and lookups by id find the goals shown, not a hidden stage's.
     */
    private void showPage(Node page) {
        pages.getChildren().removeIf(n -> n != page && n != body);
        if (!pages.getChildren().contains(page)) {
            pages.getChildren().add(page);
        }
        for (Node n : pages.getChildren()) {
            showOnly(n, n == page);
        }
    }

    /** Shown and laid out, or neither: a page not shown costs no layout. */
    private static void showOnly(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private void build(Stage current, Built b) {
        unbind = b.unbind;
        goalNumber = 0;
        boolean any = false;
        for (String area : current.areas()) {
            List<GoalItem> inArea = goalsIn(current, area);
            any |= !inArea.isEmpty();
            b.box.getChildren().add(area(current, area, inArea));
        }
        Node ranking = ranking(current);
        if (ranking != null) {
            b.box.getChildren().add(0, ranking);
        }
        if (!any) {
            Label empty = new Label(messages.get("presenter.empty"));
            empty.setId("presenterEmpty");
            empty.getStyleClass().add("presenter-empty");
            empty.setWrapText(true);
            b.box.getChildren().add(0, empty);
        }
    }

    private List<Object> shapeOf(Stage current) {
        List<Object> shape = new ArrayList<>();
        shape.add(current);
        if (current == null) {
            return shape;
        }
        for (String area : current.areas()) {
            shape.add(area);
            for (GoalItem g : goalsIn(current, area)) {
                shape.add(g);
                shape.add(g.totalVotesProperty().get()); // a dot given reorders the ranking
                shape.addAll(g.indicators());
                shape.add(g.indicators().size());
            }
        }
        return shape;
    }

    /**
     * The stage's goals ranked by their dots (dot-voting), for the room to see the tally as it grows;
     * null while no goal of the stage has a dot.
     */
    private Node ranking(Stage current) {
        List<GoalItem> voted = goals.goals().stream()
                .filter(g -> g.stageProperty().get() == current && g.totalVotesProperty().get() > 0)
                .sorted(java.util.Comparator.comparingInt((GoalItem g) -> g.totalVotesProperty().get()).reversed())
                .toList();
        if (voted.isEmpty()) {
            return null;
        }
        Label name = new Label(messages.get("presenter.ranking"));
        name.getStyleClass().add("presenter-area");
        VBox box = new VBox(name);
        box.setId("roomRanking");
        box.getStyleClass().addAll("presenter-area-box", "room-ranking");
        int[] ranks = com.scorecardstudio.domain.DotVoting.ranksOf(
                voted.stream().mapToInt(g -> g.totalVotesProperty().get()).toArray());
        for (int i = 0; i < voted.size(); i++) {
            GoalItem g = voted.get(i);
            int dots = g.totalVotesProperty().get();
            Label place = new Label(messages.get("voting.rank", ranks[i]));
            place.getStyleClass().add("room-rank");
            place.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label();
            title.setWrapText(true);
            title.getStyleClass().add("room-ranked-title");
            bind(title, g.titleProperty());
            HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            Label count = new Label(messages.get("voting.dots", dots));
            count.getStyleClass().add("room-dots");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(16, place, title, count);
            line.setAlignment(Pos.BASELINE_LEFT);
            line.setId("roomRanked-" + (i + 1));
            box.getChildren().add(line);
        }
        return box;
    }

    /** A plain filter (no FilteredList attached to the model on every keystroke). */
    private List<GoalItem> goalsIn(Stage current, String area) {
        return goals.goals().stream()
                .filter(g -> g.stageProperty().get() == current && area.equals(g.areaProperty().get())).toList();
    }

    private Node area(Stage current, String area, List<GoalItem> items) {
        Label name = new Label(messages.get("area." + current.key() + "." + area));
        name.getStyleClass().add("presenter-area");
        name.setWrapText(true);
        VBox box = new VBox(name);
        box.getStyleClass().add("presenter-area-box");
        if (items.isEmpty()) {
            Label none = new Label(messages.get("presenter.noGoals"));
            none.getStyleClass().add("presenter-none");
            box.getChildren().add(none);
        }
        for (GoalItem g : items) {
            box.getChildren().add(goal(g));
        }
        return box;
    }

    private Node goal(GoalItem g) {
        Label title = new Label();
        title.getStyleClass().add("presenter-goal-title");
        title.setWrapText(true);
        title.setId("presenterGoal-" + goalNumber++); // numbered within the stage
        bind(title, Bindings.createStringBinding(() -> g.titleProperty().get().isBlank() ? "…" : g.titleProperty().get(),
                g.titleProperty()));

        Label owner = new Label(null, Icons.of(Feather.USER));
        owner.getStyleClass().add("presenter-owner");
        StringBinding ownerText = Bindings.createStringBinding(() -> g.ownerProperty().get().isBlank() ? ""
                : messages.get("presenter.owner", g.ownerProperty().get().strip()), g.ownerProperty());
        bind(owner, ownerText);
        owner.visibleProperty().bind(g.ownerProperty().isNotEmpty());
        owner.managedProperty().bind(owner.visibleProperty());
        unbind.add(() -> {
            owner.visibleProperty().unbind();
            owner.managedProperty().unbind();
        });

        VBox card = new VBox(title, owner);
        if (g.totalVotesProperty().get() > 0) { // a dot given rebuilds the stage's page (its shape changed)
            Label dots = new Label(messages.get("voting.dots", g.totalVotesProperty().get()));
            dots.getStyleClass().add("room-dots");
            card.getChildren().add(dots);
        }
        card.getStyleClass().add("presenter-goal");
        for (IndicatorItem i : g.indicators()) {
            card.getChildren().add(indicator(i));
        }
        // the goal being typed stays in view for the room
        follow(card, g.titleProperty(), g.ownerProperty());
        for (IndicatorItem i : g.indicators()) {
            follow(card, i.nameProperty(), i.unitProperty(), i.baseline().valueProperty(), i.target().valueProperty());
        }
        return card;
    }

    private Node indicator(IndicatorItem i) {
        Label icon = new Label();
        icon.getStyleClass().add("presenter-direction");
        icon.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(
                i.directionProperty().get() == Direction.DOWN ? Feather.TRENDING_DOWN : Feather.TRENDING_UP), i.directionProperty()));
        unbind.add(() -> icon.graphicProperty().unbind());
        Label name = new Label();
        name.getStyleClass().add("presenter-indicator-name");
        name.setWrapText(true);
        bind(name, i.nameProperty());
        Label values = new Label();
        values.getStyleClass().add("presenter-indicator-values");
        values.setMinWidth(Region.USE_PREF_SIZE);
        bind(values, Bindings.createStringBinding(() -> valuesOf(i), i.baseline().valueProperty(), i.target().valueProperty(),
                i.unitProperty()));
        Label by = new Label();
        by.getStyleClass().add("presenter-indicator-date");
        by.setMinWidth(Region.USE_PREF_SIZE);
        bind(by, Bindings.createStringBinding(() -> i.targetDateProperty().get() == null ? ""
                : messages.get("presenter.by", messages.formatDate(i.targetDateProperty().get())), i.targetDateProperty()));
        HBox line = new HBox(10, icon, name, values, by);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.getStyleClass().add("presenter-indicator");
        return line;
    }

    /**
     * "baseline → target unit"; "?" for a missing side; empty when neither is there. The numbers are
     * the values stored, never text being typed that is not a number (the room sees no "12abc").
     */
    String valuesOf(IndicatorItem i) {
        com.scorecardstudio.domain.LocalNumbers numbers = com.scorecardstudio.domain.LocalNumbers.of(messages.locale());
        String base = i.baseline().value() == null ? "" : numbers.format(i.baseline().value());
        String target = i.target().value() == null ? "" : numbers.format(i.target().value());
        String unit = i.unitProperty().get().strip();
        if (base.isEmpty() && target.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append(base.isEmpty() ? "?" : base).append(" → ").append(target.isEmpty() ? "?" : target);
        if (!unit.isEmpty()) {
            s.append(unit.equals("%") ? "" : "\u00a0").append(unit);
        }
        return s.toString();
    }

    private void follow(Node card, javafx.beans.Observable... fields) {
        InvalidationListener show = o -> javafx.application.Platform.runLater(() -> scrollTo(card));
        for (javafx.beans.Observable f : fields) {
            f.addListener(show);
            unbind.add(() -> f.removeListener(show));
        }
    }

    /** Scrolls just enough to show the whole card (or its top, when it is taller than the view). */
    private void scrollTo(Node card) {
        if (card.getScene() == null || !window.isShowing()) {
            return;
        }
        Node body = pages;
        double content = body.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        javafx.geometry.Bounds b = body.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double top = scroll.getVvalue() * (content - view);
        double newTop = top;
        if (b.getMinY() < top) {
            newTop = b.getMinY();
        } else if (b.getMaxY() > top + view) {
            newTop = Math.min(b.getMinY(), b.getMaxY() - view);
        }
        if (newTop != top) {
            scroll.setVvalue(newTop / (content - view));
        }
    }

    private void bind(Label label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        unbind.add(() -> label.textProperty().unbind());
    }
}
