package com.scorecardstudio.ui.stage;

import com.scorecardstudio.ui.common.TypingField;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.QualityHints;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.TextLimits;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One stage of the session: its focus areas top to bottom, each with guiding questions, its goals
 * and a field to add the next one (Enter adds, focus stays for the one after); the selected goal's
 * editor on the right.
 */
public final class StagePage extends BorderPane {
    private static final double CELL_HEIGHT = 58;
    /** The page width from which the empty editor panel (a hint) is worth its room. */
    private static final double WIDE_ENOUGH_FOR_HINT = 1100;

    private final Stage stage;
    private final GoalsModel vm;
    private final Messages messages;
    private final ObjectProperty<GoalItem> selected = new SimpleObjectProperty<>();
    private final java.util.List<ListView<GoalItem>> lists = new java.util.ArrayList<>();
    /** Dot-voting on this stage: the side panel shows the voting, number keys give dots. */
    private final javafx.beans.property.BooleanProperty votingOn = new javafx.beans.property.SimpleBooleanProperty();
    private final VotingPanel voting;
    private final GoalEditor editor;
    private final HBox tools = new HBox(8);
    private ScrollPane areasScroll;
    private GoalItem dragged;

    /**
     * @param tools  facilitation tools for the page header (timer, parking lot, presenter)
     * @param extras shown above the focus areas (the customer stage's checklist and assessment), or null
     */
    public StagePage(Stage stage, GoalsModel vm, Supplier<List<String>> people, List<Node> tools, Node extras) {
        this(stage, vm, people, List::of, tools, extras);
    }

    /**
     * @param voters the session's participants, in order: who votes in dot-voting (number keys 1–9)
     */
    public StagePage(Stage stage, GoalsModel vm, Supplier<List<String>> people, Supplier<List<String>> voters,
                     List<Node> tools, Node extras) {
        this.stage = stage;
        this.vm = vm;
        this.messages = vm.messages();
        this.voting = new VotingPanel(stage, vm, voters, this::selectGoal);
        setId("stage-" + stage.key());
        getStyleClass().add("stage-page");
        editor = new GoalEditor(vm, people);
        this.tools.getChildren().setAll(tools);
        setTop(header());

        VBox areas = new VBox(20);
        areas.setPadding(new Insets(8, 24, 32, 24));
        if (extras != null) {
            areas.getChildren().add(extras);
        }
        for (String area : stage.areas()) {
            areas.getChildren().add(area(area));
        }
        ScrollPane left = new ScrollPane(areas);
        areasScroll = left;
        left.setFitToWidth(true);
        left.getStyleClass().add("edge-to-edge");

        StackPane right = new StackPane();
        right.getStyleClass().add("goal-editor-pane");
        Label none = new Label(messages.get("stage.noGoalSelected"), Icons.of(Feather.MOUSE_POINTER, 18));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        none.setMaxWidth(320);
        right.getChildren().setAll(none);
        // while voting, the side panel shows the voting (who has dots left, the ranking) instead of the editor
        Runnable rightContent = () -> {
            GoalItem goal = selected.get();
            if (votingOn.get()) {
                right.getChildren().setAll(voting);
            } else if (goal == null) {
                right.getChildren().setAll(none);
            } else {
                editor.show(goal);
                right.getChildren().setAll(editor);
            }
        };
        selected.addListener((o, a, goal) -> rightContent.run());
        votingOn.addListener((o, a, b) -> rightContent.run());
        vm.goals().addListener((javafx.collections.ListChangeListener<GoalItem>) c -> {
            if (selected.get() != null && !vm.goals().contains(selected.get())) {
                selected.set(null);
            }
        });

        SplitPane split = new SplitPane(left);
        split.setOrientation(Orientation.HORIZONTAL);
        // the editor's side panel collapses while no goal is selected on a narrow screen: the focus
        // areas (and the customer stage's checklists) get the whole width instead of a hint
        Runnable side = () -> {
            boolean show = selected.get() != null || votingOn.get() || split.getWidth() >= WIDE_ENOUGH_FOR_HINT;
            if (show && !split.getItems().contains(right)) {
                split.getItems().add(right);
                // a hint needs less room than the editor
                split.setDividerPositions(selected.get() == null ? 0.62 : 0.52);
            } else if (!show && split.getItems().contains(right)) {
                split.getItems().remove(right);
            }
        };
        selected.addListener((o, a, b) -> side.run());
        votingOn.addListener((o, a, b) -> side.run());
        split.widthProperty().addListener((o, a, b) -> side.run());
        side.run();
        setCenter(split);
    }

    /**
     * Selects the next goal of this stage that has a hint (after the one selected, round to the first),
     * scrolls it into view and opens it in the editor. Returns the goal, or null when none has a hint.
     */
    public GoalItem nextGoalWithHint() {
        List<GoalItem> withHints = new java.util.ArrayList<>();
        for (ListView<GoalItem> l : lists) {
            for (GoalItem g : l.getItems()) {
                if (!vm.hintsOf(g).isEmpty()) {
                    withHints.add(g);
                }
            }
        }
        if (withHints.isEmpty()) {
            return null;
        }
        GoalItem next = withHints.get((withHints.indexOf(selected.get()) + 1) % withHints.size());
        ListView<GoalItem> list = lists.stream().filter(l -> l.getItems().contains(next)).findFirst().orElseThrow();
        select(list, next);
        list.scrollTo(next);
        list.requestFocus();
        reveal(list);
        return next;
    }

    /** Selects a goal of this stage in its list (from the voting ranking), scrolled into view and focused. */
    private void selectGoal(GoalItem goal) {
        lists.stream().filter(l -> l.getItems().contains(goal)).findFirst().ifPresent(list -> {
            select(list, goal);
            list.scrollTo(goal);
            list.requestFocus();
            reveal(list);
        });
    }

    /** Dot-voting on this stage, on or off (the side panel shows the voting while it is on). */
    public javafx.beans.property.BooleanProperty votingProperty() {
        return votingOn;
    }

    /** Scrolls the areas just enough to show {@code node}. */
    private void reveal(Node node) {
        Node content = areasScroll.getContent();
        double range = content.getBoundsInLocal().getHeight() - areasScroll.getViewportBounds().getHeight();
        if (range <= 0 || node.getScene() == null) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = areasScroll.getVvalue() * range;
        double view = areasScroll.getViewportBounds().getHeight();
        if (b.getMinY() < top || b.getMinY() > top + view - 40) {
            areasScroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / range)));
        }
    }

    /** The place for facilitation tools (timer, parking lot, presenter) in the page header. */
    public HBox tools() {
        return tools;
    }

    public ObjectProperty<GoalItem> selectedProperty() {
        return selected;
    }

    private Node header() {
        Label title = new Label(messages.get("stage." + stage.key() + ".full"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(messages.get("stage." + stage.key() + ".text"));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        Label hints = new Label();
        hints.setId("stageHints");
        hints.setGraphic(Icons.of(Feather.ALERT_CIRCLE, 14));
        hints.getStyleClass().addAll("hint-badge");
        hints.textProperty().bind(Bindings.createStringBinding(() -> messages.get("stage.hints",
                QualityHints.countFor(vm.hintsProperty().get(), stage)), vm.hintsProperty()));
        hints.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> QualityHints.countFor(vm.hintsProperty().get(), stage) > 0, vm.hintsProperty()));
        // the chip leads to the goals it counts: each click selects the next goal with a hint
        hints.getStyleClass().add("hint-link");
        hints.setTooltip(new javafx.scene.control.Tooltip(messages.get("stage.hints.tooltip")));
        hints.setOnMouseClicked(e -> nextGoalWithHint());
        title.setMinWidth(Region.USE_PREF_SIZE);
        hints.setMinWidth(Region.USE_PREF_SIZE);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        // with the facilitation tools, which fold under the title on a narrow screen
        javafx.scene.control.ToggleButton vote = new javafx.scene.control.ToggleButton(messages.get("voting.toggle"),
                Icons.of(Feather.CHECK_CIRCLE, 14));
        vote.setId("dotVoting");
        vote.getStyleClass().addAll(Styles.SMALL);
        vote.setMinWidth(Region.USE_PREF_SIZE);
        vote.setTooltip(new javafx.scene.control.Tooltip(messages.get("voting.toggle.tooltip")));
        vote.selectedProperty().bindBidirectional(votingOn);
        com.scorecardstudio.ui.common.EditLock.keep(vote); // showing the voting changes nothing; its dots are locked
        tools.getChildren().add(0, vote);
        HBox heading = new HBox(12, title, hints);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        // the timer and the other tools go under the title when the page is too narrow for both
        com.scorecardstudio.ui.common.FoldingRow titleRow = new com.scorecardstudio.ui.common.FoldingRow(heading, tools);
        text.setMinWidth(0);
        VBox bar = new VBox(6, titleRow, text);
        bar.getStyleClass().add("page-header");
        bar.setPadding(new Insets(16, 24, 12, 24));
        return bar;
    }

    private Node area(String area) {
        String key = "area." + stage.key() + "." + area;
        Label name = new Label(messages.get(key));
        name.getStyleClass().add(Styles.TITLE_4);
        name.setWrapText(true);
        FilteredList<GoalItem> goals = vm.goalsIn(stage, area);
        Label count = new Label();
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("stage.goalCount", goals.size()), goals));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, name, spacer, count);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox questions = new VBox(4);
        for (String q : messages.get(key + ".questions").split("\\|")) {
            Label l = new Label("• " + q.strip());
            l.setWrapText(true);
            l.getStyleClass().add(Styles.TEXT_MUTED);
            questions.getChildren().add(l);
        }
        TitledPane guide = new TitledPane(messages.get("stage.questions"), questions);
        guide.setExpanded(false);
        guide.setAnimated(false);
        guide.getStyleClass().addAll(Styles.DENSE, "guiding-questions");

        ListView<GoalItem> list = goalList(area, goals);
        TextField add = new TypingField();
        add.setId("addGoal-" + area);
        add.setPromptText(messages.get("stage.addGoal"));
        TextLimits.limit(add, Limits.TITLE_TEXT, messages);
        // a reader sees where goals would be added, greyed: the banner above says why
        add.disableProperty().bind(vm.editableProperty().not());
        add.setOnAction(e -> {
            String title = add.getText().strip();
            if (!title.isEmpty()) {
                GoalItem g = vm.addGoal(stage, area, title);
                add.clear();
                list.scrollTo(g);
                select(list, g);
            }
        });

        if (area.equals(stage.areas().get(0))) {
            // keyboard-first: arriving on a stage puts the cursor where its first goal is typed
            // (the field only joins the scene once the scroll pane's skin exists, hence its own listener)
            add.sceneProperty().addListener((o, a, scene) -> {
                if (scene != null && selected.get() == null) {
                    Platform.runLater(add::requestFocus);
                }
            });
        }
        VBox box = new VBox(8, head, guide, list, add);
        box.getStyleClass().add("area-section");
        box.setPadding(new Insets(14, 16, 16, 16));
        return box;
    }

    private void select(ListView<GoalItem> list, GoalItem g) {
        for (ListView<GoalItem> other : lists) {
            if (other != list) {
                other.getSelectionModel().clearSelection();
            }
        }
        list.getSelectionModel().select(g);
        selected.set(g);
    }

    private ListView<GoalItem> goalList(String area, FilteredList<GoalItem> goals) {
        ListView<GoalItem> list = new ListView<>(goals) {
            /**
             * The list's size is set (the height from its goals, the width from its area), never taken
             * from its content: what changes inside it (a title typed in the editor reaches its line)
             * is laid out within the list, not by measuring every focus area of the page again.
             */
            @Override
            public void requestLayout() {
                setNeedsLayout(true);
            }
        };
        list.setId("goals-" + area);
        list.getStyleClass().add("goal-list");
        list.setFixedCellSize(CELL_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, goals.size()) * CELL_HEIGHT + 4, goals));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setMaxHeight(Region.USE_PREF_SIZE);
        list.setMinWidth(0);
        list.setPrefWidth(0);
        list.setMaxWidth(Double.MAX_VALUE);
        // an empty area shows just its add field: no empty box on the projector
        list.managedProperty().bind(Bindings.isNotEmpty(goals));
        list.visibleProperty().bind(list.managedProperty());
        lists.add(list);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null) {
                select(list, g);
            }
        });
        list.setCellFactory(l -> new GoalCell(area));
        list.setOnKeyPressed(e -> {
            GoalItem g = list.getSelectionModel().getSelectedItem();
            if (g == null) {
                return;
            }
            if (!vm.editableProperty().get()) {
                if (e.getCode() == KeyCode.ENTER) {
                    editor.focusTitle(); // to read and copy the title; it cannot be changed
                    e.consume();
                }
            } else if (votingOn.get() && voting.handle(e, g)) {
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int i = goals.indexOf(g) + (e.getCode() == KeyCode.UP ? -1 : 1);
                if (i >= 0 && i < goals.size()) {
                    vm.moveGoal(g, stage, area, i);
                    Platform.runLater(() -> select(list, g));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.deleteGoal(g);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                editor.focusTitle();
                e.consume();
            }
        });
        // dropping on the list's empty space puts the goal at the end of the area
        list.setOnDragOver(e -> {
            if (dragged != null) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        list.setOnDragDropped(e -> {
            if (dragged != null) {
                vm.moveGoal(dragged, stage, area, goals.size() - (goals.contains(dragged) ? 1 : 0));
                e.setDropCompleted(true);
                dragged = null;
                e.consume();
            }
        });
        return list;
    }

    /** A goal in its area's list: title, owner, and small markers for indicators and hints. */
    private final class GoalCell extends ListCell<GoalItem> {
        private final String area;
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label hints = new Label();
        private final Label votes = new Label();
        private final com.scorecardstudio.ui.checkin.ReviewBadge review = new com.scorecardstudio.ui.checkin.ReviewBadge(messages);
        private final javafx.scene.control.Tooltip titleTip = new javafx.scene.control.Tooltip();
        private final VBox box;

        GoalCell(String area) {
            this.area = area;
            title.getStyleClass().add("goal-title");
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hints.getStyleClass().add("goal-hints");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            votes.getStyleClass().add("goal-votes");
            votes.setMinWidth(Region.USE_PREF_SIZE);
            votes.managedProperty().bind(votes.visibleProperty());
            HBox top = new HBox(8, title, spacer, review, votes, hints);
            top.setAlignment(Pos.CENTER_LEFT);
            // a long title ends in "…" (whole in its tooltip and in the editor) rather than widening
            // the list past its card: no sideways scroll bar, and the ⚠ count always in view
            title.setMinWidth(0);
            meta.setMinWidth(0);
            hints.setMinWidth(Region.USE_PREF_SIZE);
            title.setTooltip(titleTip);
            box = new VBox(2, top, meta);
            box.setMinWidth(0);
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() != null && vm.editableProperty().get()) {
                    dragged = getItem();
                    var db = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent c = new ClipboardContent();
                    c.putString(getItem().titleProperty().get());
                    db.setContent(c);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (dragged != null && getItem() != dragged) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                if (dragged != null) {
                    int index = getItem() == null ? getListView().getItems().size() : getListView().getItems().indexOf(getItem());
                    vm.moveGoal(dragged, stage, area, index);
                    e.setDropCompleted(true);
                    dragged = null;
                    e.consume();
                }
            });
            setOnDragDone(e -> dragged = null);
        }

        /**
         * Every cell has the list's fixed height and no width of its own: what changes inside one (a
         * title being typed in the editor) is laid out within the cell, not by measuring every focus
         * area of the page again.
         */
        @Override
        public void requestLayout() {
            setNeedsLayout(true);
        }

        @Override
        protected void updateItem(GoalItem g, boolean empty) {
            super.updateItem(g, empty);
            title.textProperty().unbind();
            titleTip.textProperty().unbind();
            meta.textProperty().unbind();
            hints.textProperty().unbind();
            votes.textProperty().unbind();
            votes.visibleProperty().unbind();
            review.follow(empty ? null : g);
            if (empty || g == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            title.textProperty().bind(g.titleProperty());
            titleTip.textProperty().bind(g.titleProperty());
            meta.textProperty().bind(Bindings.createStringBinding(() -> {
                String owner = g.ownerProperty().get().isEmpty() ? messages.get("stage.noOwner") : g.ownerProperty().get();
                return owner + "  ·  " + messages.get("stage.indicatorCount", g.indicators().size())
                        + "  ·  " + messages.get("stage.initiativeCount", g.initiatives().size());
            }, g.ownerProperty(), g.indicators(), g.initiatives()));
            hints.textProperty().bind(Bindings.createStringBinding(() -> {
                int n = vm.hintsOf(g).size();
                return n == 0 ? "" : "⚠ " + n;
            }, vm.hintsProperty()));
            votes.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("voting.dots", g.totalVotesProperty().get()), g.totalVotesProperty()));
            votes.visibleProperty().bind(g.totalVotesProperty().greaterThan(0));
            setGraphic(box);
            setContextMenu(menu(g));
        }
    }

    /** Move to any focus area of any stage, or delete. */
    private ContextMenu menu(GoalItem g) {
        Menu move = new Menu(messages.get("stage.moveTo"));
        for (Stage s : Stage.values()) {
            Menu sub = new Menu(messages.get("stage." + s.key()));
            for (String a : s.areas()) {
                MenuItem item = new MenuItem(messages.get("area." + s.key() + "." + a));
                item.setOnAction(e -> vm.moveGoal(g, s, a, Integer.MAX_VALUE));
                item.setDisable(s == g.stageProperty().get() && a.equals(g.areaProperty().get()));
                sub.getItems().add(item);
            }
            move.getItems().add(sub);
        }
        MenuItem delete = new MenuItem(messages.get("stage.deleteGoal"), Icons.of(Feather.TRASH_2));
        delete.setOnAction(e -> vm.deleteGoal(g));
        move.setDisable(!vm.editableProperty().get());
        delete.setDisable(!vm.editableProperty().get());
        return new ContextMenu(move, delete);
    }
}
