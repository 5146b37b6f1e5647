package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.session.Autosave;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage timer driven by a hand-moved clock. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class StageTimersTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private long sessionId;
    private FacilitationRepository repository;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Throwable> errors = new ArrayList<>();
    private long nanos = 123_456_789_000L;
    private StageTimers vm;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("t.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        repository = new FacilitationRepository(db.dsl(), TestDatabases.fixedClock());
        vm = newViewModel();
        vm.load();
    }

    private StageTimers newViewModel() {
        Autosave autosave = new Autosave(new DirectTaskRunner(), scheduler, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        return new StageTimers(sessionId, repository, autosave, () -> nanos);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private void pass(Duration d) {
        nanos += d.toNanos();
        vm.tick();
    }

    private String shown() {
        return vm.displayProperty().get();
    }

    @Test
    void eachStageHasASensibleTimeboxUntilOneIsSet() {
        assertThat(Map.of(Stage.FINANCIAL, vm.minutes(Stage.FINANCIAL), Stage.INTERNAL_PROCESSES, vm.minutes(Stage.INTERNAL_PROCESSES),
                Stage.CUSTOMER, vm.minutes(Stage.CUSTOMER), Stage.LEARNING_GROWTH, vm.minutes(Stage.LEARNING_GROWTH)))
                .isEqualTo(StageTimers.DEFAULT_MINUTES);
        assertThat(shown()).isEqualTo("60:00");
        vm.stageProperty().set(Stage.CUSTOMER);
        assertThat(shown()).isEqualTo("90:00");
        assertThat(vm.minutesProperty().get()).isEqualTo(90);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void itCountsDownOnlyWhileRunning() {
        vm.start();
        assertThat(vm.runningProperty().get()).isTrue();
        pass(Duration.ofMillis(400));
        assertThat(shown()).as("a started second still shows").isEqualTo("60:00");
        pass(Duration.ofMillis(61_600));
        assertThat(shown()).isEqualTo("58:58");
        vm.pause();
        pass(Duration.ofMinutes(10));
        assertThat(shown()).isEqualTo("58:58");
        assertThat(vm.runningProperty().get()).isFalse();
        vm.toggle();
        pass(Duration.ofSeconds(58));
        assertThat(shown()).isEqualTo("58:00");
        assertThat(vm.progressProperty().get()).isCloseTo(2.0 / 60, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void theLastFiveMinutesWarnAndAnOverrunCountsUpInTheRed() {
        vm.start();
        pass(Duration.ofMinutes(54));
        assertThat(vm.warningProperty().get()).isFalse();
        pass(Duration.ofMinutes(1));
        assertThat(shown()).isEqualTo("05:00");
        assertThat(vm.warningProperty().get()).isTrue();
        pass(Duration.ofMinutes(5));
        assertThat(shown()).isEqualTo("00:00");
        assertThat(vm.overrunProperty().get()).isFalse();
        pass(Duration.ofSeconds(3 * 60 + 12));
        assertThat(shown()).isEqualTo("+03:12");
        assertThat(vm.overrunProperty().get()).isTrue();
        assertThat(vm.warningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void fiveMoreMinutesExtendTheCountdownAndResetStartsOver() {
        vm.start();
        pass(Duration.ofMinutes(62));
        assertThat(shown()).isEqualTo("+02:00");
        vm.addFiveMinutes();
        assertThat(shown()).isEqualTo("03:00");
        assertThat(vm.overrunProperty().get()).isFalse();
        assertThat(vm.extraMinutesProperty().get()).isEqualTo(5);
        assertThat(vm.minutesProperty().get()).as("the planned time-box is unchanged").isEqualTo(60);

        vm.reset();
        assertThat(shown()).isEqualTo("60:00");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.startedProperty().get()).isFalse();
        assertThat(vm.extraMinutesProperty().get()).isZero();
    }

    @Test
    void eachStageKeepsItsOwnTimeAndTheRunningClockFollowsTheStageShown() {
        vm.start();
        pass(Duration.ofMinutes(10));
        vm.stageProperty().set(Stage.INTERNAL_PROCESSES);
        assertThat(vm.runningProperty().get()).isTrue();
        pass(Duration.ofMinutes(3));
        assertThat(shown()).isEqualTo("57:00");
        vm.pause();
        vm.stageProperty().set(Stage.FINANCIAL);
        assertThat(shown()).isEqualTo("50:00");
        assertThat(vm.runningProperty().get()).isFalse();
        pass(Duration.ofMinutes(5));
        assertThat(vm.elapsed(Stage.FINANCIAL)).isEqualTo(Duration.ofMinutes(10));
        assertThat(vm.elapsed(Stage.INTERNAL_PROCESSES)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aPageThatIsNoStageLeavesTheTimerOnTheLastStage() {
        javafx.beans.property.ObjectProperty<Stage> shown = new javafx.beans.property.SimpleObjectProperty<>(Stage.CUSTOMER);
        vm.stageProperty().bind(shown);
        vm.start();
        pass(Duration.ofMinutes(4));
        shown.set(null); // the strategy map
        pass(Duration.ofMinutes(1));
        assertThat(vm.timedStage()).isEqualTo(Stage.CUSTOMER);
        assertThat(shown()).isEqualTo("85:00");
        assertThat(vm.runningProperty().get()).isTrue();
        shown.set(Stage.CUSTOMER);
        pass(Duration.ofMinutes(1));
        assertThat(shown()).isEqualTo("84:00");
    }

    @Test
    void aChangedTimeboxIsStoredAndComesBack() {
        vm.stageProperty().set(Stage.CUSTOMER);
        vm.minutesProperty().set(100);
        vm.minutesProperty().set(120);
        assertThat(repository.timeboxes(sessionId)).isEmpty();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(repository.timeboxes(sessionId)).isEqualTo(Map.of(Stage.CUSTOMER, 120));
        assertThat(shown()).isEqualTo("120:00");

        vm.minutesProperty().set(0);
        assertThat(vm.minutesProperty().get()).isEqualTo(StageTimers.MIN_MINUTES);
        vm.minutesProperty().set(5000);
        assertThat(vm.minutesProperty().get()).isEqualTo(StageTimers.MAX_MINUTES);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(repository.timeboxes(sessionId)).isEqualTo(Map.of(Stage.CUSTOMER, 600));

        vm = newViewModel();
        vm.load();
        vm.stageProperty().set(Stage.CUSTOMER);
        assertThat(vm.minutesProperty().get()).isEqualTo(600);
        vm.stageProperty().set(Stage.FINANCIAL);
        assertThat(vm.minutesProperty().get()).isEqualTo(60);
        assertThat(repository.timeboxes(sessionId)).hasSize(1);
    }

    @Test
    void reopeningTheSessionFindsEachTimerWhereItStood() {
        vm.start();
        pass(Duration.ofMinutes(12));
        vm.stageProperty().set(Stage.CUSTOMER); // the running timer follows the stage; financial keeps 12 minutes
        pass(Duration.ofMinutes(3));
        vm.addFiveMinutes();
        vm.pause();
        assertThat(shown()).isEqualTo("92:00");

        StageTimers reopened = newViewModel();
        reopened.load();
        reopened.stageProperty().set(Stage.CUSTOMER);
        assertThat(reopened.displayProperty().get()).isEqualTo("92:00");
        assertThat(reopened.extraMinutesProperty().get()).isEqualTo(5);
        assertThat(reopened.startedProperty().get()).isTrue();
        assertThat(reopened.runningProperty().get()).isFalse();
        reopened.stageProperty().set(Stage.FINANCIAL);
        assertThat(reopened.displayProperty().get()).isEqualTo("48:00");
        assertThat(reopened.elapsed(Stage.INTERNAL_PROCESSES)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aRunningTimerIsStoredNowAndThenSoACrashLosesSecondsNotTheStage() {
        vm.start();
        pass(Duration.ofMinutes(7)); // the tick after 15 s of running writes the state
        StageTimers afterCrash = newViewModel();
        afterCrash.load();
        assertThat(afterCrash.elapsed(Stage.FINANCIAL)).isEqualTo(Duration.ofMinutes(7));
    }
}
