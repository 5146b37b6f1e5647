package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parking lot without a window, on a real H2 file. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class ParkingLotModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private long sessionId;
    private FacilitationRepository repository;
    private final EditHistory undo = new EditHistory();
    private final List<Throwable> errors = new ArrayList<>();
    private ParkingLotModel vm;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("p.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        repository = new FacilitationRepository(db.dsl(), TestDatabases.tickingClock());
        vm = newViewModel();
        vm.load();
    }

    private ParkingLotModel newViewModel() {
        Autosave autosave = new Autosave(new DirectTaskRunner(), new ManualScheduler(), Duration.ofMillis(500),
                Duration.ofSeconds(1), errors::add);
        return new ParkingLotModel(sessionId, repository, autosave, undo);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private List<String> stored() {
        return repository.parkingLot(sessionId).stream().map(n -> n.text() + (n.done() ? " ✓" : "")).toList();
    }

    private List<String> shown() {
        return vm.notes().stream().map(n -> n.textProperty().get() + (n.doneProperty().get() ? " ✓" : "")).toList();
    }

    @Test
    void notesAreAddedNewestFirstAndStoredAtOnce() {
        vm.add("  Office move  ");
        vm.add("Pricing for partners");
        assertThat(vm.add("   ")).isNull();
        assertThat(shown()).containsExactly("Pricing for partners", "Office move");
        assertThat(stored()).containsExactly("Office move", "Pricing for partners");
        assertThat(vm.openCountProperty().get()).isEqualTo(2);
        assertThat(vm.notes().get(0).createdAtProperty().get()).isNotNull();

        ParkingLotModel again = newViewModel();
        again.load();
        assertThat(again.notes()).extracting(n -> n.textProperty().get()).containsExactly("Pricing for partners", "Office move");
    }

    @Test
    void addingIsUndoneAndRedone() {
        vm.add("CRM licences");
        undo.undo();
        assertThat(vm.notes()).isEmpty();
        assertThat(stored()).isEmpty();
        undo.redo();
        assertThat(shown()).containsExactly("CRM licences");
        assertThat(stored()).containsExactly("CRM licences");
        vm.toggleDone(vm.notes().get(0)); // the note restored by redo has its new id
        assertThat(stored()).containsExactly("CRM licences ✓");
    }

    @Test
    void tickingOffIsStoredCountedAndUndone() {
        ParkingItem a = vm.add("Office move");
        vm.add("Bonus scheme");
        vm.setDone(a, true);
        assertThat(stored()).containsExactly("Office move ✓", "Bonus scheme");
        assertThat(vm.openCountProperty().get()).isEqualTo(1);
        undo.undo();
        assertThat(stored()).containsExactly("Office move", "Bonus scheme");
        assertThat(vm.openCountProperty().get()).isEqualTo(2);
    }

    @Test
    void anEditInPlaceIsOneStepAndABlankEditKeepsTheNote() {
        ParkingItem a = vm.add("Ofice move");
        vm.edit(a, "Office move to the centre");
        vm.edit(a, "  ");
        assertThat(stored()).containsExactly("Office move to the centre");
        undo.undo();
        assertThat(shown()).containsExactly("Ofice move");
        assertThat(stored()).containsExactly("Ofice move");
    }

    @Test
    void aRemovedNoteComesBackInItsPlaceWithItsTime() {
        vm.add("first");
        ParkingItem middle = vm.add("second");
        vm.add("third");
        vm.setDone(middle, true);
        ParkingNote before = repository.parkingLot(sessionId).get(1);

        vm.remove(middle);
        assertThat(shown()).containsExactly("third", "first");
        assertThat(stored()).containsExactly("first", "third");

        undo.undo();
        assertThat(shown()).containsExactly("third", "second ✓", "first");
        assertThat(stored()).containsExactly("first", "second ✓", "third");
        assertThat(repository.parkingLot(sessionId).get(1).createdAt()).isEqualTo(before.createdAt());

        vm.edit(middle, "second, reworded"); // the restored note is written under its new id
        assertThat(stored()).containsExactly("first", "second, reworded ✓", "third");
        undo.undo();
        undo.undo(); // the tick, with the note under its new id
        assertThat(stored()).containsExactly("first", "second", "third");
    }

    @Test
    void theRemovalNoticePutsTheNoteBackWhateverWasDoneSince() {
        vm.add("first");
        ParkingItem second = vm.add("second");
        vm.remove(second);
        assertThat(vm.lastRemovedProperty().get()).isSameAs(second);
        vm.add("third"); // the removal is no longer the last step
        vm.putBack();
        assertThat(shown()).containsExactly("third", "second", "first");
        assertThat(stored()).containsExactly("first", "second", "third");
        assertThat(vm.lastRemovedProperty().get()).isNull();
        undo.undo(); // taking the put-back back
        assertThat(stored()).containsExactly("first", "third");
    }

    @Test
    void aLongNoteIsKeptUpToTheLimit() {
        vm.add("y".repeat(5000));
        assertThat(repository.parkingLot(sessionId).get(0).text()).hasSize(com.scorecardstudio.domain.Limits.NOTE_TEXT);
    }
}
