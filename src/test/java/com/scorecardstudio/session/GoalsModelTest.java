package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.QualityHints;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing goals without a window: what is typed reaches the database after the pause, and undo walks it back. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class GoalsModelTest {
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
        db = engine.open(dir.resolve("g.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        vm = newViewModel(Language.RU);
        vm.load();
    }

    private GoalsModel newViewModel(Language language) {
        Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        return new GoalsModel(sessionId, new GoalRepository(db.dsl()), autosave, undo, new Messages(language));
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
    void typingIsSavedAfterAPauseAndNeverLaterThanASecond() {
        GoalItem g = vm.addGoal(Stage.FINANCIAL, "profit_growth", "Enter");
        assertThat(stored()).extracting(Goal::title).containsExactly("Enter");
        g.titleProperty().set("Enter the");
        clock.advance(Duration.ofMillis(300));
        g.titleProperty().set("Enter the corporate");
        clock.advance(Duration.ofMillis(300));
        assertThat(stored().get(0).title()).isEqualTo("Enter");
        g.titleProperty().set("Enter the corporate market");
        clock.advance(Duration.ofMillis(400)); // one second since the first keystroke of the burst
        assertThat(stored().get(0).title()).isEqualTo("Enter the corporate market");
    }

    @Test
    void undoTakesBackABurstOfTypingThenTheGoalItself() {
        GoalItem g = vm.addGoal(Stage.CUSTOMER, "service", "Patients");
        g.titleProperty().set("Patients come back");
        g.ownerProperty().set("Elena");
        clock.advance(Duration.ofSeconds(2));
        assertThat(stored().get(0).owner()).isEqualTo("Elena");

        undo.undo();
        assertThat(g.titleProperty().get()).isEqualTo("Patients");
        assertThat(g.ownerProperty().get()).isEmpty();
        assertThat(stored().get(0).title()).isEqualTo("Patients");
        undo.redo();
        assertThat(stored().get(0).owner()).isEqualTo("Elena");

        undo.undo();
        undo.undo();
        assertThat(vm.goals()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aDeletedGoalComesBackWithItsIndicatorsAndInitiatives() {
        GoalItem g = vm.addGoal(Stage.CUSTOMER, "quality", "Fewer repeat tests");
        IndicatorItem ind = vm.addIndicator(g, "Repeat lab tests");
        ind.baseline().textProperty().set("12,5");
        ind.unitProperty().set("%");
        vm.addMeasurement(ind, new Measurement(null, LocalDate.of(2027, 3, 1), new BigDecimal("10")));
        vm.addInitiative(g, "Checklist at sampling");
        clock.advance(Duration.ofSeconds(2));

        vm.deleteGoal(g);
        assertThat(stored()).isEmpty();
        undo.undo();
        Goal back = stored().get(0);
        assertThat(back.indicators().get(0).baselineValue()).isEqualByComparingTo("12.5");
        assertThat(back.indicators().get(0).measurements()).hasSize(1);
        assertThat(back.initiatives()).hasSize(1);
        // the restored goal keeps being edited under its new id
        g.titleProperty().set("Fewer repeated lab tests");
        clock.advance(Duration.ofSeconds(2));
        assertThat(stored().get(0).title()).isEqualTo("Fewer repeated lab tests");
    }

    @Test
    void aNumberInTheWrongFormatIsExplainedAndTheLastGoodValueIsKept() {
        GoalItem g = vm.addGoal(Stage.FINANCIAL, "resource_use", "Beds");
        IndicatorItem ind = vm.addIndicator(g, "Occupancy");
        ind.target().textProperty().set("1,5");
        clock.advance(Duration.ofSeconds(2));
        assertThat(stored().get(0).indicators().get(0).targetValue()).isEqualByComparingTo("1.5");
        ind.target().textProperty().set("1.5");
        assertThat(ind.target().errorProperty().get())
                .isEqualTo("Напишите 1,5: дробную часть отделяет запятая, разряды — пробел.");
        clock.advance(Duration.ofSeconds(2));
        assertThat(ind.target().textProperty().get()).isEqualTo("1.5");
        assertThat(stored().get(0).indicators().get(0).targetValue()).isEqualByComparingTo("1.5");
        ind.target().textProperty().set("12abc");
        assertThat(ind.target().errorProperty().get()).isEqualTo("Введите число в виде 1\u00A0234,5.");
        assertThat(ind.target().value()).isEqualByComparingTo("1.5");
        // what is not saved is named, so nothing claims "all changes saved" meanwhile
        assertThat(vm.unsavedFields()).containsExactly("Occupancy: Цель");
        ind.target().textProperty().set("2");
        assertThat(vm.unsavedFields()).isEmpty();
    }

    @Test
    void aLanguageChangeRewritesNumbersNotValuesAndAddsNoUndoStep() {
        GoalItem g = vm.addGoal(Stage.FINANCIAL, "resource_use", "Beds");
        IndicatorItem ind = vm.addIndicator(g, "Occupancy");
        ind.baseline().textProperty().set("1 234,5");
        ind.target().textProperty().set("12abc");
        clock.advance(Duration.ofSeconds(2));
        vm.setMessages(new Messages(Language.EN));
        assertThat(ind.baseline().textProperty().get()).isEqualTo("1,234.5");
        assertThat(ind.baseline().value()).isEqualByComparingTo("1234.5");
        assertThat(ind.target().textProperty().get()).isEqualTo("12abc"); // kept as typed, explained in English
        assertThat(ind.target().errorProperty().get()).isEqualTo("Enter a number like 1,234.5.");
        assertThat(vm.unsavedFields()).containsExactly("Occupancy: Target");
        undo.undo(); // the last step is the typing, not the language change
        assertThat(ind.baseline().value()).isNull();
    }

    @Test
    void goalsMoveBetweenAreasAndStagesAndStayInOrderAfterReload() {
        GoalItem a = vm.addGoal(Stage.FINANCIAL, "resource_use", "A");
        GoalItem b = vm.addGoal(Stage.FINANCIAL, "resource_use", "B");
        vm.addGoal(Stage.FINANCIAL, "resource_use", "C");
        vm.moveGoal(b, Stage.FINANCIAL, "resource_use", 0);
        vm.moveGoal(a, Stage.LEARNING_GROWTH, "people", 0);
        assertThat(vm.goalsIn(Stage.FINANCIAL, "resource_use")).extracting(GoalItem::toString).containsExactly("B", "C");

        GoalsModel reloaded = newViewModel(Language.EN);
        reloaded.load();
        assertThat(reloaded.goalsIn(Stage.FINANCIAL, "resource_use")).extracting(GoalItem::toString).containsExactly("B", "C");
        assertThat(reloaded.goalsIn(Stage.LEARNING_GROWTH, "people")).extracting(GoalItem::toString).containsExactly("A");

        undo.undo();
        assertThat(vm.goalsIn(Stage.FINANCIAL, "resource_use")).extracting(GoalItem::toString).containsExactly("B", "A", "C");
    }

    @Test
    void aClearedTitleIsNeverStoredTheLastOneStays() {
        GoalItem g = vm.addGoal(Stage.FINANCIAL, "profit_growth", "New markets");
        g.titleProperty().set("");
        clock.advance(Duration.ofSeconds(2));
        assertThat(stored().get(0).title()).isEqualTo("New markets");
        g.titleProperty().set("New markets: corporate clients");
        clock.advance(Duration.ofSeconds(2));
        assertThat(stored().get(0).title()).isEqualTo("New markets: corporate clients");
    }

    @Test
    void hintsFollowTheEditsLive() {
        GoalItem g = vm.addGoal(Stage.CUSTOMER, "pricing", "Transparent prices");
        assertThat(vm.hintsOf(g)).extracting(QualityHints.Hint::kind).contains(QualityHints.Kind.GOAL_NO_OWNER);
        g.ownerProperty().set("Marina");
        assertThat(vm.hintsOf(g)).extracting(QualityHints.Hint::kind).doesNotContain(QualityHints.Kind.GOAL_NO_OWNER);
        IndicatorItem ind = vm.addIndicator(g, "Complaints about price");
        ind.directionProperty().set(Direction.DOWN);
        ind.baseline().textProperty().set("30");
        ind.target().textProperty().set("40");
        assertThat(vm.hintsOf(g)).extracting(QualityHints.Hint::kind).contains(QualityHints.Kind.TARGET_WRONG_DIRECTION);
    }

    @Test
    void typingATitleChecksOnlyItsGoalAndLeavesTheHintsAlone() {
        GoalItem a = vm.addGoal(Stage.CUSTOMER, "pricing", "Transparent prices");
        GoalItem b = vm.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        IndicatorItem ind = vm.addIndicator(b, "Revenue");
        List<QualityHints.Hint> before = vm.hintsProperty().get();
        int[] replaced = {0};
        vm.hintsProperty().addListener((o, was, now) -> replaced[0]++);
        a.titleProperty().set("Transparent prices for every service");
        b.titleProperty().set("Grow revenue");
        assertThat(replaced[0]).isZero();
        assertThat(vm.hintsProperty().get()).isSameAs(before);
        // a change a hint depends on replaces them, the same as checking the whole session
        ind.target().textProperty().set("40");
        b.ownerProperty().set("CFO");
        assertThat(replaced[0]).isEqualTo(2);
        assertThat(vm.hintsProperty().get()).isEqualTo(QualityHints.forSession(vm.goals().stream().map(GoalItem::toGoal).toList()));
    }
}
