package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.CheckinRepository;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.Status;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Check-in page's model without a window, on a real H2 file, through the session's one history. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class CheckinModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    Path dir;
    private Database db;
    private Store store;
    private long sessionId;
    private final EditHistory history = new EditHistory();
    private final List<Throwable> errors = new ArrayList<>();
    private GoalsModel goals;
    private CheckinModel vm;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("m.mv.db"));
        store = db.store(TestDatabases.tickingClock());
        sessionId = store.sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        store.goals().insert(sessionId, new Goal(null, Stage.CUSTOMER, Stage.CUSTOMER.areas().get(0), "Patients come back", "",
                "Anna", null, List.of(
                        new Indicator(null, "Repeat visits", "%", Direction.UP, new BigDecimal("20"), LocalDate.of(2027, 1, 1),
                                new BigDecimal("30"), LocalDate.of(2027, 12, 31), "4,000 patients", null, "", "", null, List.of()),
                        new Indicator(null, "Waiting time", "min", Direction.DOWN, new BigDecimal("30"), LocalDate.of(2027, 1, 1),
                                new BigDecimal("20"), LocalDate.of(2027, 12, 31), "", null, "", "", null, List.of())),
                List.of()), 0);
        open(Language.RU);
    }

    private void open(Language language) {
        Autosave autosave = new Autosave(new DirectTaskRunner(), new ManualScheduler(), Duration.ofMillis(500),
                Duration.ofSeconds(1), errors::add);
        goals = new GoalsModel(sessionId, store.goals(), autosave, history, new Messages(language));
        vm = new CheckinModel(sessionId, goals, store.checkins(), autosave, history, new Messages(language), () -> TODAY);
        goals.load();
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private CheckinRepository repo() {
        return store.checkins();
    }

    private List<String> stored() {
        return repo().read(sessionId).actuals().stream()
                .map(a -> a.period().id() + " " + (a.value() == null ? "-" : a.value().toPlainString()) + " " + a.note()).toList();
    }

    private CheckinRow row(String indicator) {
        return vm.rows().stream().filter(r -> r.indicator().name().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void withoutAScheduleThereAreNoRowsThenTheCurrentPeriodIsChosen() {
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.periods()).isEmpty();
        assertThat(vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 15), 3, 3)).isEmpty();
        assertThat(vm.periodProperty().get().id()).isEqualTo("2027-03");
        assertThat(vm.periods()).extracting(Period::id).containsExactly("2027-01", "2027-02", "2027-03");
        assertThat(vm.rows()).extracting(r -> r.indicator().name() + "/" + r.owner() + "/" + r.goalTitle())
                .containsExactly("Repeat visits/Anna/Patients come back", "Waiting time/Anna/Patients come back");
        assertThat(repo().schedule(sessionId)).isPresent();
        history.undo(); // the first schedule, taken back: no periods again
        assertThat(repo().schedule(sessionId)).isEmpty();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.periodProperty().get()).isNull();
        history.redo();
        assertThat(repo().schedule(sessionId)).isPresent();
        assertThat(vm.rows()).hasSize(2);
    }

    @Test
    void anActualIsTypedTheLanguagesWayStoredAssessedAndUndone() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        CheckinRow visits = row("Repeat visits");
        assertThat(visits.assessmentProperty().get().status()).isEqualTo(Status.NOT_RATED);

        // Russian: a point is refused with what to type instead, and the text stays as typed
        Optional<String> refused = vm.setActual(visits, "22.5");
        assertThat(refused).hasValueSatisfying(m -> assertThat(m).contains("22,5"));
        assertThat(visits.actual().textProperty().get()).isEqualTo("22.5");
        assertThat(stored()).isEmpty();

        assertThat(vm.setActual(visits, "22,5")).isEmpty();
        assertThat(stored()).containsExactly("2027-03 22.5 ");
        // a quarter of the way by the end of March, a quarter of the year gone
        assertThat(row("Repeat visits").assessmentProperty().get().status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aTargetTypedOnTheStagePageAssessesTheCheckinAgainATitleLeavesItsRowsAlone() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        vm.setActual(row("Repeat visits"), "22,5");
        assertThat(row("Repeat visits").assessmentProperty().get().status()).isEqualTo(Status.ON_TRACK);
        List<CheckinRow> rows = List.copyOf(vm.rows());

        GoalItem goal = goals.goals().get(0);
        goal.titleProperty().set(goal.titleProperty().get() + " for everyone");
        assertThat(vm.rows()).containsExactlyElementsOf(rows);
        assertThat(row("Repeat visits").assessmentProperty().get().status()).isEqualTo(Status.ON_TRACK);

        // 60 by the year's end: a quarter of the way is 30 by March, and 22.5 is behind
        goal.indicators().get(0).target().textProperty().set("60");
        assertThat(row("Repeat visits").assessmentProperty().get().status()).isNotEqualTo(Status.ON_TRACK);
        assertThat(goal.reviewProperty().get().status()).isNotEqualTo(Status.ON_TRACK);
    }

    @Test
    void theGoalShowsItsWorstRatedIndicatorsStatusInTheChosenPeriod() {
        GoalItem goal = goals.goals().get(0);
        assertThat(goal.reviewProperty().get()).as("no review periods, no status").isNull();

        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        assertThat(goal.reviewProperty().get().status()).as("nothing rated yet").isEqualTo(Status.NOT_RATED);
        assertThat(goal.reviewProperty().get().period().id()).isEqualTo("2027-03");

        vm.setActual(row("Repeat visits"), "22,5"); // a quarter of the way, a quarter of the year: on track
        assertThat(goal.reviewProperty().get().status()).isEqualTo(Status.ON_TRACK);
        assertThat(goal.reviewProperty().get().counts().onTrack()).isEqualTo(1);
        assertThat(goal.reviewProperty().get().counts().notRated()).isEqualTo(1);

        vm.setActual(row("Waiting time"), "35"); // worse than the baseline: off track, and so is the goal
        assertThat(goal.reviewProperty().get().status()).isEqualTo(Status.OFF_TRACK);

        history.undo();
        assertThat(goal.reviewProperty().get().status()).isEqualTo(Status.ON_TRACK);
        vm.periodProperty().set(Period.parse("2027-02")); // an earlier period without actuals
        assertThat(goal.reviewProperty().get().status()).isEqualTo(Status.NOT_RATED);
        assertThat(goal.reviewProperty().get().period().id()).isEqualTo("2027-02");
    }

    @Test
    void theRollUpCountsEachPerspectivesIndicatorsAndTheDetailTellsTheTrendAndImpact() {
        assertThat(vm.rollUpProperty().get()).isEmpty();
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 2, 3);
        assertThat(vm.rollUpProperty().get()).containsOnlyKeys(Stage.CUSTOMER);
        assertThat(vm.rollUpProperty().get().get(Stage.CUSTOMER).notRated()).isEqualTo(2);

        vm.periodProperty().set(Period.parse("2027-01"));
        vm.setActual(row("Repeat visits"), "21");
        vm.periodProperty().set(Period.parse("2027-03"));
        vm.setActual(row("Repeat visits"), "23");
        var counts = vm.rollUpProperty().get().get(Stage.CUSTOMER);
        assertThat(counts.onTrack()).isEqualTo(1);
        assertThat(counts.notRated()).isEqualTo(1);

        var detail = vm.detail(row("Repeat visits")).orElseThrow();
        assertThat(detail.trend().points()).extracting(p -> p.period().id()).containsExactly("2027-01", "2027-02", "2027-03");
        assertThat(detail.trend().points()).extracting(p -> p.value() == null ? "-" : p.value().toPlainString())
                .containsExactly("21", "-", "23");
        assertThat(detail.trend().movement()).isEqualTo(com.scorecardstudio.domain.impact.Trend.Movement.IMPROVING);
        assertThat(detail.statement().before()).isEqualByComparingTo("20");
        assertThat(detail.statement().after().mean()).as("the after-window of two periods holds one actual")
                .isEqualByComparingTo("23");
    }

    @Test
    void notesAndValuesAreStepsOfTheOneHistory() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        CheckinRow wait = row("Waiting time");
        vm.setActual(wait, "27");
        vm.setNote(wait, "flu season");
        assertThat(stored()).containsExactly("2027-03 27 flu season");
        assertThat(row("Waiting time").assessmentProperty().get().status()).isEqualTo(Status.ON_TRACK);
        history.undo();
        assertThat(stored()).containsExactly("2027-03 27 ");
        assertThat(wait.noteProperty().get()).isEmpty();
        history.undo();
        assertThat(stored()).isEmpty();
        assertThat(wait.actual().textProperty().get()).isEmpty();
        history.redo();
        history.redo();
        assertThat(stored()).containsExactly("2027-03 27 flu season");
        assertThat(wait.actual().textProperty().get()).isEqualTo("27");
    }

    @Test
    void aClosedPeriodRefusesChangesInWordsUntilUnlockedWithAReason() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        CheckinRow visits = row("Repeat visits");
        vm.setActual(visits, "21");
        vm.closePeriod();
        assertThat(vm.isClosed(Period.parse("2027-03"))).isTrue();
        assertThat(vm.setActual(visits, "25")).hasValueSatisfying(m -> assertThat(m).contains("2027-03").contains("закрыт"));
        assertThat(visits.actual().textProperty().get()).as("what was typed is kept").isEqualTo("25");
        assertThat(stored()).containsExactly("2027-03 21 ");

        assertThat(vm.unlockPeriod("   ")).as("a reason is required").isPresent();
        assertThat(vm.isClosed(Period.parse("2027-03"))).isTrue();
        assertThat(vm.unlockPeriod("Бухгалтерия уточнила март")).isEmpty();
        assertThat(vm.commitActual(visits)).isEmpty();
        assertThat(stored()).containsExactly("2027-03 25 ");
        assertThat(repo().log(sessionId)).extracting(e -> e.action() + " " + e.reason())
                .containsExactly("close ", "unlock Бухгалтерия уточнила март");

        // undo walks back through the edit, the unlock (closing again, logged) and the close
        history.undo();
        history.undo();
        assertThat(repo().read(sessionId).isClosed(Period.parse("2027-03"))).isTrue();
        history.undo();
        assertThat(repo().read(sessionId).isClosed(Period.parse("2027-03"))).isFalse();
        assertThat(repo().log(sessionId)).extracting(e -> e.action()).containsExactly("close", "unlock", "close", "unlock");
        assertThat(stored()).containsExactly("2027-03 21 ");
    }

    @Test
    void theCadenceCannotChangeOnceActualsAreRecorded() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        vm.setActual(row("Repeat visits"), "21");
        assertThat(vm.setSchedule(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1), 3, 3)).isPresent();
        assertThat(vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 0, 3)).isPresent();
        assertThat(repo().schedule(sessionId).orElseThrow().cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 6, 2)).isEmpty();
        assertThat(repo().schedule(sessionId).orElseThrow().afterWindow()).isEqualTo(6);
    }

    @Test
    void anEarlierPeriodShowsItsOwnActualsAndTypingInOneRowSurvivesAnotherRowsChange() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        vm.periodProperty().set(Period.parse("2027-01"));
        vm.setActual(row("Repeat visits"), "20,5");
        row("Waiting time").actual().textProperty().set("abc"); // not committed, not a number
        vm.setActual(row("Repeat visits"), "21");
        assertThat(row("Waiting time").actual().textProperty().get()).isEqualTo("abc");
        vm.periodProperty().set(Period.parse("2027-03"));
        assertThat(row("Repeat visits").actual().textProperty().get()).isEmpty();
        vm.periodProperty().set(Period.parse("2027-01"));
        assertThat(row("Repeat visits").actual().textProperty().get()).isEqualTo("21");
        assertThat(stored()).containsExactly("2027-01 21 ");
    }

    @Test
    void deletingAnIndicatorAndUndoingItKeepsItsActuals() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        vm.setActual(row("Waiting time"), "27");
        vm.setNote(row("Waiting time"), "new triage desk");
        vm.closePeriod();
        GoalItem goal = goals.goals().get(0);
        IndicatorItem wait = goal.indicators().get(1);
        goals.deleteIndicator(goal, wait);
        assertThat(stored()).isEmpty();
        assertThat(vm.rows()).hasSize(1);
        history.undo();
        assertThat(stored()).containsExactly("2027-03 27 new triage desk");
        assertThat(row("Waiting time").actual().textProperty().get()).isEqualTo("27");

        goals.deleteGoal(goal);
        assertThat(stored()).isEmpty();
        history.undo();
        assertThat(stored()).containsExactly("2027-03 27 new triage desk");
        assertThat(repo().read(sessionId).actuals()).extracting(Actual::indicatorId)
                .containsExactly(goals.goals().get(0).indicators().get(1).toIndicator().id());
    }

    @Test
    void anotherLanguageShowsTheSameValueItsWay() {
        vm.setSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 3);
        vm.setActual(row("Repeat visits"), "1 234,5");
        vm.setMessages(new Messages(Language.EN));
        assertThat(row("Repeat visits").actual().textProperty().get()).isEqualTo("1,234.5");
        assertThat(stored()).containsExactly("2027-03 1234.5 ");
    }
}
