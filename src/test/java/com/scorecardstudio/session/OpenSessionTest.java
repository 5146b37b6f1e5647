package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
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

/** The open session as a whole: one history over all its models, and what a failed write does. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class OpenSessionTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private Store store;
    private Session session;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Throwable> failures = new ArrayList<>();
    private long nanos;
    private OpenSession open;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("s.mv.db"));
        store = db.store(TestDatabases.fixedClock());
        session = store.sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Board retreat"));
        open = new OpenSession(session, store, new DirectTaskRunner(), scheduler, () -> nanos,
                new Messages(Language.EN), failures::add);
        open.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> storedTitles() {
        return store.goals().list(session.id()).stream().map(Goal::title).toList();
    }

    @Test
    void goalsParkingLotAndTimersShareOneHistory() {
        GoalItem goal = open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "Cut the cost of a visit");
        open.parking().add("Ask finance about the 2025 figures");
        open.undo(); // the note, then the goal: one history, newest first
        assertThat(open.parking().notes()).isEmpty();
        open.undo();
        assertThat(open.goals().goals()).doesNotContain(goal);
        open.redo();
        assertThat(open.goals().goals()).extracting(g -> g.titleProperty().get()).containsExactly("Cut the cost of a visit");
        assertThat(storedTitles()).containsExactly("Cut the cost of a visit");
    }

    @Test
    void typingNotYetSavedIsUndoneAsItsOwnStepAndNeverLost() {
        GoalItem goal = open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "Cut costs");
        goal.titleProperty().set("Cut the cost of a visit");
        assertThat(open.autosave().dirtyProperty().get()).isTrue(); // still within the pause
        open.undo(); // closes the burst first: it is the typing that is undone, not the goal
        assertThat(goal.titleProperty().get()).isEqualTo("Cut costs");
        assertThat(storedTitles()).containsExactly("Cut costs");
        open.redo();
        assertThat(storedTitles()).containsExactly("Cut the cost of a visit");
    }

    @Test
    void aFailedWriteReadsTheSessionAgainAndSaysSo() {
        GoalItem goal = open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "Cut costs");
        open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "Lower supply costs");
        long id = store.goals().list(session.id()).get(0).id();
        store.goals().delete(id); // removed behind the app's back (another window, a restored backup)

        goal.titleProperty().set("Cut the cost of a visit");
        scheduler.advance(Duration.ofSeconds(2)); // the save after the pause fails: the row is gone

        assertThat(failures).hasSize(1);
        assertThat(open.goals().goals()).extracting(g -> g.titleProperty().get()).containsExactly("Lower supply costs");
        assertThat(open.history().canUndoProperty().get()).isFalse(); // old steps no longer fit what is stored
        assertThat(open.autosave().dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewLanguageKeepsTheHistoryAndTheRunningTimer() {
        open.timers().start();
        nanos += Duration.ofMinutes(3).toNanos();
        open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "Cut costs");
        open.setMessages(new Messages(Language.RU));
        assertThat(open.timers().runningProperty().get()).isTrue();
        assertThat(open.timers().elapsed(Stage.FINANCIAL)).isEqualTo(Duration.ofMinutes(3));
        open.undo();
        assertThat(storedTitles()).isEmpty();
    }

    @Test
    void aCheckInRefusedByTheDatabaseReloadsTheSessionAndSaysSo() {
        GoalItem goal = open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "Cut the cost of a visit");
        open.goals().addIndicator(goal, "Cost of a visit");
        open.checkins().setSchedule(com.scorecardstudio.domain.impact.Cadence.MONTHLY, LocalDate.of(2026, 11, 1), 3, 3);
        var period = open.checkins().periodProperty().get();
        // another window (or an import) closed the period behind this model's back
        store.checkins().close(session.id(), period);
        assertThat(open.checkins().setActual(open.checkins().rows().get(0), "2450")).isEmpty(); // the model did not know
        assertThat(failures).singleElement().isInstanceOf(com.scorecardstudio.db.CheckinRefusedException.class);
        assertThat(store.checkins().read(session.id()).actuals()).isEmpty();
        assertThat(open.checkins().isClosed(period)).as("read again: the lock is shown").isTrue();
        assertThat(open.checkins().rows().get(0).actual().textProperty().get()).as("the row read again").isEmpty();
        // (the history is cleared too; with this same-thread runner the failing step itself is recorded
        // after the clear, because EditHistory.execute records a job once it has run; see the report)
    }

    @Test
    void aSessionLockedForReadingRefusesChangesItselfWritesNothingAndShowsWhatIsStored() {
        GoalItem goal = open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "Cut costs");
        open.lockForReading();
        assertThat(open.editableProperty().get()).isFalse();
        assertThat(open.goals().editableProperty().get()).as("the pages read the flag from their models").isFalse();
        assertThat(open.map().editableProperty().get()).isFalse();

        // a job is refused before it touches the screen or the store
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open.goals().addGoal(Stage.FINANCIAL, "cost_structure", "More"))
                .isInstanceOf(com.scorecardstudio.db.ReadOnlyWorkspaceException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open.goals().deleteGoal(goal))
                .isInstanceOf(com.scorecardstudio.db.ReadOnlyWorkspaceException.class);
        assertThat(open.goals().goals()).containsExactly(goal);

        // typing that only code could do (the fields are locked) never reaches the store: told, and read again
        goal.titleProperty().set("Changed anyway");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(failures).singleElement().isInstanceOf(com.scorecardstudio.db.ReadOnlyWorkspaceException.class);
        assertThat(storedTitles()).containsExactly("Cut costs");
        assertThat(open.goals().goals()).extracting(g -> g.titleProperty().get()).containsExactly("Cut costs");
        open.undo(); // nothing to take back, and no write
        assertThat(storedTitles()).containsExactly("Cut costs");
    }
}
