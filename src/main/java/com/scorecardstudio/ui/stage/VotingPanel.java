package com.scorecardstudio.ui.stage;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.DotVoting;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.ui.common.Icons;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Dot-voting on one stage, beside its goals: how many dots each participant has, each participant's
 * number key and dots left, and the stage's goals ranked by their dots. The facilitator selects a goal
 * and presses a participant's number to give their dot (Shift with it takes one back).
 */
final class VotingPanel extends ScrollPane {
    private final Stage stage;
    private final GoalsModel vm;
    private final Messages messages;
    private final Supplier<List<String>> voters;
    private final Consumer<GoalItem> select;
    private final VBox people = new VBox(4);
    private final VBox ranking = new VBox(2);
    private final Label message = new Label();
    private final Spinner<Integer> budget;
    private final InvalidationListener refresh = o -> refresh();

    VotingPanel(Stage stage, GoalsModel vm, Supplier<List<String>> voters, Consumer<GoalItem> select) {
        this.stage = stage;
        this.vm = vm;
        this.messages = vm.messages();
        this.voters = voters;
        this.select = select;
        setId("votingPanel");
        getStyleClass().addAll("edge-to-edge", "voting-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label(messages.get("voting.title"), Icons.of(Feather.CHECK_CIRCLE, 18));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label how = new Label(messages.get("voting.how"));
        how.getStyleClass().add(Styles.TEXT_MUTED);
        how.setWrapText(true);

        budget = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                DotVoting.MIN_DOTS, DotVoting.MAX_DOTS, vm.dotBudgetProperty().get()));
        budget.setId("dotBudget");
        budget.setEditable(true);
        budget.setPrefWidth(90);
        budget.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<>(c ->
                c.getControlNewText().matches("\\d{0,2}") ? c : null));
        budget.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.dotBudgetProperty().get()) {
                vm.setDotBudget(b);
            }
        });
        // a typed number counts when the field is left, as a click on the arrows does
        budget.getEditor().focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitBudget();
            }
        });
        budget.getEditor().setOnAction(e -> commitBudget());
        vm.dotBudgetProperty().addListener((o, a, b) -> budget.getValueFactory().setValue(b.intValue()));
        Label budgetLabel = new Label(messages.get("voting.budget"));
        budgetLabel.setLabelFor(budget);
        budgetLabel.setWrapText(true);
        HBox budgetRow = new HBox(8, budgetLabel, budget);
        budgetRow.setAlignment(Pos.CENTER_LEFT);

        message.setId("votingMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.WARNING);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);

        Label rankingTitle = new Label(messages.get("voting.ranking"));
        rankingTitle.getStyleClass().add(Styles.TITLE_4);
        ranking.setId("votingRanking");

        // what the facilitator looks at while the room votes first (who has dots left, the ranking);
        // the number of dots, set once, at the end
        javafx.scene.control.Separator line = new javafx.scene.control.Separator();
        VBox box = new VBox(12, title, how, people, message, rankingTitle, ranking, line, budgetRow);
        box.setPadding(new Insets(16));
        box.setFillWidth(true);
        setContent(box);

        vm.revisionProperty().addListener(new javafx.beans.WeakInvalidationListener(refresh));
        vm.dotBudgetProperty().addListener(new javafx.beans.WeakInvalidationListener(refresh));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && stale) {
                refresh();
            }
        });
        refresh();
    }

    /** Changes while the panel is not shown (typing in the editor) are drawn when it is shown again. */
    private boolean stale;

    private void commitBudget() {
        String text = budget.getEditor().getText().strip();
        int typed;
        try {
            typed = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            typed = -1;
        }
        if (DotVoting.isBudget(typed)) {
            budget.getValueFactory().setValue(typed);
            message.setVisible(false);
        } else {
            budget.getEditor().setText(String.valueOf(vm.dotBudgetProperty().get()));
            say(messages.get("voting.budget.invalid", DotVoting.MIN_DOTS, DotVoting.MAX_DOTS));
        }
    }

    /**
     * The voting keys on a selected goal: 1–9 give the numbered participant's dot, with Shift take it
     * back. Returns whether the key was one of them (then it is consumed).
     */
    boolean handle(KeyEvent e, GoalItem goal) {
        int n = digit(e.getCode());
        if (n < 1 || goal == null || e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        List<String> names = voters.get();
        if (n > names.size()) {
            say(names.isEmpty() ? messages.get("voting.noParticipants") : messages.get("voting.noSuchNumber", n, names.size()));
            return true;
        }
        String who = names.get(n - 1);
        if (e.isShiftDown()) {
            if (!vm.takeDot(goal, who)) {
                say(messages.get("voting.noDotHere", who));
                return true;
            }
        } else if (!vm.giveDot(goal, who)) {
            say(messages.get("voting.noDotsLeft", who, vm.dotBudgetProperty().get()));
            return true;
        }
        message.setVisible(false);
        return true;
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return -1;
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void refresh() {
        if (getScene() == null) {
            stale = true;
            return;
        }
        stale = false;
        List<String> names = voters.get();
        people.getChildren().clear();
        if (names.isEmpty()) {
            Label none = new Label(messages.get("voting.noParticipants"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            people.getChildren().add(none);
        }
        int budgetNow = vm.dotBudgetProperty().get();
        for (int i = 0; i < names.size(); i++) {
            String who = names.get(i);
            int left = vm.dotsLeft(who, stage);
            Label key = new Label(i < 9 ? String.valueOf(i + 1) : "");
            key.getStyleClass().add("voter-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(who);
            name.setWrapText(true);
            name.setMinWidth(0);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            Label dots = new Label(dotsText(left, budgetNow));
            dots.getStyleClass().add("voter-dots");
            dots.setMinWidth(Region.USE_PREF_SIZE);
            dots.setAccessibleText(messages.get("voting.left", left));
            javafx.scene.control.Tooltip.install(dots, new javafx.scene.control.Tooltip(messages.get("voting.left", left)));
            HBox row = new HBox(8, key, name, dots);
            row.setId("voter-" + (i + 1));
            row.getStyleClass().add("voter-row");
            row.setAlignment(Pos.CENTER_LEFT);
            people.getChildren().add(row);
        }

        List<GoalItem> goals = vm.goals().stream().filter(g -> g.stageProperty().get() == stage).toList();
        List<GoalItem> ranked = goals.stream()
                .sorted(Comparator.comparingInt((GoalItem g) -> g.totalVotesProperty().get()).reversed())
                .toList();
        ranking.getChildren().clear();
        if (ranked.stream().noneMatch(g -> g.totalVotesProperty().get() > 0)) {
            Label none = new Label(messages.get("voting.noVotes"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            ranking.getChildren().add(none);
            return;
        }
        int[] ranks = DotVoting.ranksOf(ranked.stream().mapToInt(g -> g.totalVotesProperty().get()).toArray());
        for (int i = 0; i < ranked.size(); i++) {
            GoalItem g = ranked.get(i);
            int votes = g.totalVotesProperty().get();
            // goals without a dot follow, unranked and quiet
            Label place = new Label(votes > 0 ? messages.get("voting.rank", ranks[i]) : "");
            place.setMinWidth(Region.USE_PREF_SIZE);
            place.getStyleClass().add("voting-rank");
            Label title = new Label(g.titleProperty().get());
            title.setWrapText(true);
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label count = new Label(messages.get("voting.dots", votes));
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add(votes > 0 ? "voting-count" : Styles.TEXT_MUTED);
            if (votes == 0) {
                title.getStyleClass().add(Styles.TEXT_MUTED);
            }
            HBox row = new HBox(8, place, title, count);
            row.setId("ranked-" + (i + 1));
            row.getStyleClass().add("voting-ranked");
            row.setAlignment(Pos.TOP_LEFT);
            row.setOnMouseClicked(e -> select.accept(g));
            ranking.getChildren().add(row);
        }
    }

    /** Dots left as filled and empty circles (up to the budget), e.g. "●●○" for 2 of 3. */
    static String dotsText(int left, int budget) {
        int shown = Math.min(budget, 10);
        int filled = Math.min(left, shown);
        return "●".repeat(filled) + "○".repeat(shown - filled) + (budget > 10 ? " " + left : "");
    }
}
