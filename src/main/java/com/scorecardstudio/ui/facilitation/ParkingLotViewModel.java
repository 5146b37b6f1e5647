package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.ui.common.Autosave;
import com.scorecardstudio.ui.common.UndoStack;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The parking lot: topics raised out of turn, noted in a second and come back to later. Newest
 * first, so a note just parked is right under the field it was typed in. Adding, editing, ticking
 * off and removing are each one undoable step, written at once.
 */
public final class ParkingLotViewModel {
    private final long sessionId;
    private final FacilitationRepository repository;
    private final Autosave autosave;
    private final UndoStack undo;

    private final ObservableList<ParkingItem> notes = FXCollections.observableArrayList(
            n -> new javafx.beans.Observable[] {n.done});
    private final ObservableList<ParkingItem> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public ParkingLotViewModel(long sessionId, FacilitationRepository repository, Autosave autosave, UndoStack undo) {
        this.sessionId = sessionId;
        this.repository = repository;
        this.autosave = autosave;
        this.undo = undo;
        open.bind(Bindings.createIntegerBinding(() -> (int) notes.stream().filter(n -> !n.done.get()).count(), notes));
    }

    public void load() {
        autosave.run(() -> repository.parkingLot(sessionId), stored -> {
            List<ParkingItem> items = new java.util.ArrayList<>(stored.stream().map(ParkingItem::new).toList());
            Collections.reverse(items); // the repository gives the oldest first
            notes.setAll(items);
            loaded.set(true);
        });
    }

    /** Parks a topic at the top of the list; blank text parks nothing. Returns the new note, or null. */
    public ParkingItem add(String text) {
        String clean = Notes.clip(Text.clean(text));
        if (clean.isEmpty()) {
            return null;
        }
        ParkingItem item = new ParkingItem(new ParkingNote(null, clean, null, false));
        boolean[] first = {true};
        undo.execute(new UndoStack.Edit() {
            @Override
            public void redo() {
                notes.add(0, item);
                if (first[0]) {
                    first[0] = false;
                    autosave.run(() -> {
                        ParkingNote stored = repository.park(sessionId, clean);
                        item.dbId.set(stored.id());
                        return stored;
                    }, stored -> item.createdAt.set(stored.createdAt()));
                } else {
                    restore(item);
                }
            }

            @Override
            public void undo() {
                notes.remove(item);
                delete(item);
            }
        });
        return item;
    }

    /** Ticks a topic off (or back on). */
    public void setDone(ParkingItem item, boolean done) {
        if (item.done.get() == done) {
            return;
        }
        undo.execute(new UndoStack.Edit() {
            @Override
            public void redo() {
                item.done.set(done);
                update(item);
            }

            @Override
            public void undo() {
                item.done.set(!done);
                update(item);
            }
        });
    }

    public void toggleDone(ParkingItem item) {
        setDone(item, !item.done.get());
    }

    /** Replaces a note's text (an edit in place, committed with Enter); blank text keeps the old one. */
    public void edit(ParkingItem item, String text) {
        String clean = Notes.clip(Text.clean(text));
        String before = item.text.get();
        if (clean.isEmpty() || clean.equals(before)) {
            return;
        }
        undo.execute(new UndoStack.Edit() {
            @Override
            public void redo() {
                item.text.set(clean);
                update(item);
            }

            @Override
            public void undo() {
                item.text.set(before);
                update(item);
            }
        });
    }

    /** Removes a note; undo puts it back where it was. */
    public void remove(ParkingItem item) {
        int index = notes.indexOf(item);
        if (index < 0) {
            return;
        }
        undo.execute(new UndoStack.Edit() {
            @Override
            public void redo() {
                notes.remove(item);
                delete(item);
            }

            @Override
            public void undo() {
                notes.add(Math.min(index, notes.size()), item);
                restore(item);
            }
        });
    }

    private void update(ParkingItem item) {
        ParkingNote snapshot = item.toNote();
        autosave.run(() -> {
            repository.updateNote(new ParkingNote(item.dbId.get(), snapshot.text(), snapshot.createdAt(), snapshot.done()));
            return null;
        }, ok -> { });
    }

    private void delete(ParkingItem item) {
        autosave.run(() -> {
            repository.removeNote(item.dbId.get());
            return null;
        }, ok -> { });
    }

    /** Stores a removed note again, with its original time so it keeps its place; it gets a new id. */
    private void restore(ParkingItem item) {
        ParkingNote snapshot = item.toNote();
        autosave.run(() -> {
            ParkingNote stored = snapshot.createdAt() == null ? repository.park(sessionId, snapshot.text())
                    : repository.restore(sessionId, snapshot);
            if (snapshot.done() && snapshot.createdAt() == null) {
                repository.updateNote(new ParkingNote(stored.id(), stored.text(), stored.createdAt(), true));
            }
            item.dbId.set(stored.id());
            return stored;
        }, stored -> item.createdAt.set(stored.createdAt()));
    }

    // ---- read side

    /** Newest first. */
    public ObservableList<ParkingItem> notes() {
        return notesView;
    }

    /** Notes not ticked off yet: the number on the parking lot's badge. */
    public ReadOnlyIntegerProperty openCountProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
