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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda over a real H2 file, driven by a hand-moved clock: planned minutes, breaks, ahead / behind plan. */
class AgendaModelTest {
    @TempDir
    Path dir;
    private Database db;
    private long sessionId;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Throwable> errors = new ArrayList<>();
    private long nanos = 987_654_321_000L;
    private EditHistory history;
    private Autosave autosave;
    private StageTimers timers;
    private AgendaModel agenda;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(dir.resolve("agenda.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        reopen();
    }

    /** The session's models built again over the same file, as when the session is opened again. */
    private void reopen() {
        FacilitationRepository repository = new FacilitationRepository(db.dsl(), TestDatabases.fixedClock());
        history = new EditHistory();
        autosave = new Autosave(new DirectTaskRunner(), scheduler, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        history.closeTypingWith(autosave::flush);
        timers = new StageTimers(sessionId, repository, autosave, () -> nanos);
        agenda = new AgendaModel(sessionId, repository, autosave, history, timers, () -> nanos);
        timers.load();
        agenda.load();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private void pass(Duration d) {
        nanos += d.toNanos();
        timers.tick();
        agenda.tick();
    }

    @Test
    void plannedMinutesOfStagesAndBreaksPersistAcrossReopeningAndAreUndoable() {
        agenda.setStageMinutes(Stage.CUSTOMER, 75);
        agenda.setBreakMinutes(Stage.FINANCIAL, 15);
        agenda.setBreakMinutes(Stage.INTERNAL_PROCESSES, 45);
        assertThat(agenda.plannedMinutesProperty().get()).isEqualTo(60 + 15 + 60 + 45 + 75 + 45);
        history.undo();
        assertThat(agenda.breakMinutesProperty(Stage.INTERNAL_PROCESSES).get()).isZero();
        history.redo();
        autosave.flush();

        reopen();
        assertThat(agenda.loadedProperty().get()).isTrue();
        assertThat(timers.minutes(Stage.CUSTOMER)).isEqualTo(75);
        assertThat(agenda.breakMinutesProperty(Stage.FINANCIAL).get()).isEqualTo(15);
        assertThat(agenda.breakMinutesProperty(Stage.INTERNAL_PROCESSES).get()).isEqualTo(45);
        assertThat(agenda.plannedMinutesProperty().get()).isEqualTo(60 + 15 + 60 + 45 + 75 + 45);
    }

    @Test
    void theSessionClockCountsStagesAndBreaksAndTellsAheadOrBehindPlan() {
        agenda.setBreakMinutes(Stage.FINANCIAL, 15);
        timers.start();
        pass(Duration.ofMinutes(70));
        assertThat(agenda.delaySecondsProperty().get()).isEqualTo(Duration.ofMinutes(10).toSeconds());
        assertThat(AgendaModel.clock(agenda.sessionSecondsProperty().get())).isEqualTo("1:10:00");

        agenda.startBreak();
        assertThat(timers.runningProperty().get()).as("the stage timer pauses for the break").isFalse();
        assertThat(agenda.onBreakProperty().get()).isEqualTo(Stage.FINANCIAL);
        pass(Duration.ofMinutes(5));
        assertThat(agenda.breakDisplayProperty().get()).isEqualTo("10:00");
        assertThat(agenda.delaySecondsProperty().get()).as("the break is still within its plan").isEqualTo(Duration.ofMinutes(10).toSeconds());

        // looking at a later stage does not move the session on: only its clock does
        timers.stageProperty().set(Stage.CUSTOMER);
        assertThat(agenda.delaySecondsProperty().get()).isEqualTo(Duration.ofMinutes(10).toSeconds());
        // starting the next stage ends the break: five of its fifteen minutes are saved
        timers.stageProperty().set(Stage.INTERNAL_PROCESSES);
        timers.start();
        assertThat(agenda.onBreakProperty().get()).isNull();
        pass(Duration.ofMinutes(20));
        assertThat(agenda.delaySecondsProperty().get()).isEqualTo(Duration.ofMinutes(0).toSeconds());
        assertThat(AgendaModel.clock(agenda.sessionSecondsProperty().get())).isEqualTo("1:35:00");

        timers.pause();
        autosave.flush();
        reopen();
        assertThat(agenda.spent().get(com.scorecardstudio.domain.Agenda.Part.breakAfter(Stage.FINANCIAL)))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(AgendaModel.clock(agenda.sessionSecondsProperty().get())).isEqualTo("1:35:00");
    }
}
