package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.DotVoting;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dot-voting without a window, on both engines: dots are saved as they are given, within each stage's budget, undoably. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class DotVotingModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private long sessionId;
    private final ManualScheduler clock = new ManualScheduler();
    private final EditHistory undo = new EditHistory();
    private final List<Throwable> errors = new ArrayList<>();
    private GoalsModel vm;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("v.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        vm = newModel();
        vm.load();
    }

    private GoalsModel newModel() {
        Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        return new GoalsModel(sessionId, new GoalRepository(db.dsl()), autosave, undo, new Messages(Language.EN));
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private List<Goal> stored() {
        return new GoalRepository(db.dsl()).list(sessionId);
    }

    @Test
    void dotsAreSavedAsTheyAreGivenAndAParticipantHasThreePerStage() {
        GoalItem margin = vm.addGoal(Stage.FINANCIAL, "profit_growth", "Raise the margin");
        GoalItem costs = vm.addGoal(Stage.FINANCIAL, "cost_structure", "Cut logistics costs");
        GoalItem staff = vm.addGoal(Stage.LEARNING_GROWTH, "people", "Train the dispatchers");

        assertThat(vm.giveDot(margin, "Igor Belov")).isTrue();
        assertThat(vm.giveDot(margin, "Igor Belov")).isTrue();
        assertThat(vm.giveDot(costs, "Igor Belov")).isTrue();
        // the fourth dot on the financial stage is refused; another stage has its own three
        assertThat(vm.giveDot(costs, "Igor Belov")).isFalse();
        assertThat(vm.dotsLeft("Igor Belov", Stage.FINANCIAL)).isZero();
        assertThat(vm.giveDot(staff, "Igor Belov")).isTrue();
        assertThat(vm.giveDot(costs, "Maria Orlova")).isTrue();

        assertThat(margin.totalVotesProperty().get()).isEqualTo(2);
        assertThat(costs.totalVotesProperty().get()).isEqualTo(2);
        // saved at once: no pause needed, as a click is
        assertThat(stored()).extracting(Goal::title, Goal::votes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cut logistics costs", List.of(new Vote("Igor Belov", 1), new Vote("Maria Orlova", 1))),
                org.assertj.core.groups.Tuple.tuple("Raise the margin", List.of(new Vote("Igor Belov", 2))),
                org.assertj.core.groups.Tuple.tuple("Train the dispatchers", List.of(new Vote("Igor Belov", 1))));
        assertThat(DotVoting.ranked(stored().stream().filter(g -> g.stage() == Stage.FINANCIAL).toList()))
                .extracting(Goal::totalVotes).containsExactly(2, 2);

        // taking a dot back frees it for another goal
        assertThat(vm.takeDot(margin, "Igor Belov")).isTrue();
        assertThat(vm.takeDot(staff, "Maria Orlova")).as("she has no dot there").isFalse();
        assertThat(vm.giveDot(costs, "Igor Belov")).isTrue();
        assertThat(costs.dotsOf("Igor Belov")).isEqualTo(2);

        // a reopened session has them all
        GoalsModel again = newModel();
        again.load();
        GoalItem costsAgain = again.goals().stream().filter(g -> g.titleProperty().get().startsWith("Cut")).findFirst().orElseThrow();
        assertThat(costsAgain.votes()).containsEntry("Igor Belov", 2).containsEntry("Maria Orlova", 1);
        assertThat(again.dotsLeft("Igor Belov", Stage.FINANCIAL)).isZero();
    }

    @Test
    void undoTakesBackEachDotAndTheBudgetAndRedoGivesThemAgain() {
        GoalItem margin = vm.addGoal(Stage.FINANCIAL, "profit_growth", "Raise the margin");
        vm.giveDot(margin, "Igor Belov");
        vm.giveDot(margin, "Anna");
        assertThat(vm.setDotBudget(5)).isTrue();
        assertThat(vm.setDotBudget(0)).as("refused: at least one dot").isFalse();
        assertThat(vm.setDotBudget(21)).as("refused: at most twenty").isFalse();
        assertThat(new GoalRepository(db.dsl()).dotBudget(sessionId)).isEqualTo(5);

        undo.undo();
        assertThat(vm.dotBudgetProperty().get()).isEqualTo(DotVoting.DEFAULT_DOTS);
        assertThat(new GoalRepository(db.dsl()).dotBudget(sessionId)).isEqualTo(DotVoting.DEFAULT_DOTS);
        undo.undo();
        assertThat(margin.votes()).containsOnlyKeys("Igor Belov");
        assertThat(stored().get(0).votes()).containsExactly(new Vote("Igor Belov", 1));
        undo.redo();
        assertThat(stored().get(0).totalVotes()).isEqualTo(2);
    }

    @Test
    void aDeletedGoalComesBackWithItsDotsOnUndo() {
        GoalItem margin = vm.addGoal(Stage.FINANCIAL, "profit_growth", "Raise the margin");
        vm.giveDot(margin, "Igor Belov");
        vm.giveDot(margin, "Igor Belov");
        vm.deleteGoal(margin);
        assertThat(stored()).isEmpty();
        assertThat(vm.dotsLeft("Igor Belov", Stage.FINANCIAL)).isEqualTo(3);

        undo.undo();
        assertThat(stored()).singleElement().extracting(Goal::votes).isEqualTo(List.of(new Vote("Igor Belov", 2)));
        assertThat(vm.dotsLeft("Igor Belov", Stage.FINANCIAL)).isEqualTo(1);
        // and the dots given before the deletion are undone on the goal as it is stored now
        undo.undo();
        assertThat(stored().get(0).votes()).containsExactly(new Vote("Igor Belov", 1));
    }

    @Test
    void twoLaptopsGivingDotsOnOneGoalAtOnceBothCount() {
        GoalItem margin = vm.addGoal(Stage.FINANCIAL, "profit_growth", "Raise the margin");
        GoalsModel otherLaptop = newModel();
        otherLaptop.load();
        GoalItem marginThere = otherLaptop.goals().get(0);

        vm.giveDot(margin, "Igor Belov");
        otherLaptop.giveDot(marginThere, "Igor Belov"); // it has not seen the first dot
        otherLaptop.giveDot(marginThere, "Anna");
        assertThat(stored().get(0).votes()).containsExactly(new Vote("Anna", 1), new Vote("Igor Belov", 2));
        // taking back is counted the same way: the other laptop's dot stays
        undo.undo(); // Anna's, on the other laptop (one history per test here)
        undo.undo(); // Igor's dot given there
        assertThat(stored().get(0).votes()).containsExactly(new Vote("Igor Belov", 1));
    }

    @Test
    void aVoteSetAgainUnderTheSameNameWrittenWithSpacesReplacesIt() {
        GoalItem margin = vm.addGoal(Stage.FINANCIAL, "profit_growth", "Raise the margin");
        GoalRepository goals = new GoalRepository(db.dsl());
        long id = stored().get(0).id();
        goals.setVote(id, "Marina Orlova", 1);
        goals.setVote(id, "  Marina Orlova ", 2);
        goals.addDots(id, " Marina Orlova", 1);
        assertThat(stored().get(0).votes()).containsExactly(new Vote("Marina Orlova", 3));
        assertThat(margin.titleProperty().get()).isEqualTo("Raise the margin");
    }
}
