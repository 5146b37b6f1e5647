package com.scorecardstudio.session;

import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The parking lot: topics raised out of turn, noted in a second and come back to later. Newest
 * first, so a note just parked is right under the field it was typed in. Adding, editing, ticking
 * off and removing are each one undoable step, written at once.
 */
public final class ParkingLotModel {
    private final long sessionId;
    private final FacilitationRepository repository;
    private final Autosave autosave;
    private final EditHistory undo;

    private final ObservableList<ParkingItem> notes = FXCollections.observableArrayList(
            n -> new javafx.beans.Observable[] {n.done});
    private final ObservableList<ParkingItem> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ParkingItem> lastRemoved = new ReadOnlyObjectWrapper<>();
    private int removedAt;
    /** Raised by every write of this laptop's own: a live read sent before one is read again. */
    private int localEdits;
    private final LiveRead<List<ParkingNote>> live;

    public ParkingLotModel(long sessionId, FacilitationRepository repository, Autosave autosave, EditHistory undo) {
        this.sessionId = sessionId;
        this.repository = repository;
        this.autosave = autosave;
        this.undo = undo;
        open.bind(Bindings.createIntegerBinding(() -> (int) notes.stream().filter(n -> !n.done.get()).count(), notes));
        this.live = new LiveRead<>(autosave.tasks(), () -> repository.parkingLot(sessionId), this::merge, () -> localEdits);
    }

    public void load() {
        autosave.run(() -> repository.parkingLot(sessionId), stored -> {
            List<ParkingItem> items = new java.util.ArrayList<>(stored.stream().map(ParkingItem::new).toList());
            Collections.reverse(items); // the repository gives the oldest first
            notes.setAll(items);
            loaded.set(true);
        });
    }

    /**
     * Another laptop parked, edited, ticked off or removed a note (a team workspace): the lot is read
     * again and merged by id, so the notes this laptop shows (and its undo steps hold) stay the same
     * objects, and a note of its own not yet stored stays as it is. FX thread.
     */
    public void changedElsewhere() {
        live.request();
    }

    private void merge(List<ParkingNote> stored) {
        java.util.Map<Long, ParkingNote> byId = new java.util.HashMap<>();
        stored.forEach(n -> byId.put(n.id(), n));
        // gone elsewhere; a note with no id yet is this laptop's own, still being stored
        notes.removeIf(item -> item.dbId.get() != 0 && !byId.containsKey(item.dbId.get()));
        java.util.Set<Long> shown = new java.util.HashSet<>();
        for (ParkingItem item : notes) {
            ParkingNote n = byId.get(item.dbId.get());
            if (n != null) {
                shown.add(n.id());
                item.text.set(n.text());
                item.done.set(n.done());
                item.createdAt.set(n.createdAt());
                item.seen = n;
            }
        }
        for (ParkingNote n : stored) {
            if (!shown.contains(n.id())) {
                ParkingItem item = new ParkingItem(n);
                notes.add(placeOf(item, 0), item);
            }
        }
    }

    /** Parks a topic at the top of the list; blank text parks nothing. Returns the new note, or null. */
    public ParkingItem add(String text) {
        String clean = Notes.clip(Text.clean(text));
        if (clean.isEmpty()) {
            return null;
        }
        ParkingItem item = new ParkingItem(new ParkingNote(null, clean, null, false));
        boolean[] first = {true};
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                notes.add(0, item);
                if (first[0]) {
                    first[0] = false;
                    localEdits++;
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
        undo.execute(new EditHistory.Job() {
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
        undo.execute(new EditHistory.Job() {
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
        undo.execute(EditHistory.named("history.delete.note", item.text.get(), new EditHistory.Job() {
            @Override
            public void redo() {
                notes.remove(item);
                delete(item);
                removedAt = index;
                lastRemoved.set(item);
            }

            @Override
            public void undo() {
                putBackNow(item, index);
            }
        }));
    }

    /**
     * Puts the note removed last back in its place, as an undoable step of its own (the "Undo" of
     * the removal notice, which works whatever was done since).
     */
    public void putBack() {
        ParkingItem item = lastRemoved.get();
        if (item == null || notes.contains(item)) {
            return;
        }
        int index = removedAt;
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                putBackNow(item, index);
            }

            @Override
            public void undo() {
                notes.remove(item);
                delete(item);
            }
        });
    }

    private void putBackNow(ParkingItem item, int index) {
        notes.add(placeOf(item, index), item);
        restore(item);
        if (lastRemoved.get() == item) {
            lastRemoved.set(null);
        }
    }

    /** Where a note goes back: by its time among the others (newest first), or where it was if it has none yet. */
    private int placeOf(ParkingItem item, int index) {
        java.time.Instant at = item.createdAt.get();
        if (at == null) {
            return Math.max(0, Math.min(index, notes.size()));
        }
        return (int) notes.stream().filter(n -> n.createdAt.get() == null || !n.createdAt.get().isBefore(at)).count();
    }

    private void update(ParkingItem item) {
        ParkingNote base = item.seen;
        ParkingNote snapshot = item.toNote();
        item.seen = snapshot;
        write(item, base, snapshot);
    }

    /**
     * Writes a note's text and tick, expecting {@code base} stored (team workspaces): another user's
     * change to the other field is kept; the same field changed differently is a conflict.
     */
    private void write(ParkingItem item, ParkingNote base, ParkingNote mine) {
        localEdits++;
        // the id is read on the database thread, after the note's insert
        autosave.runChecked(() -> repository.updateNote(new ParkingNote(item.dbId.get(), base.text(), base.createdAt(), base.done()),
                new ParkingNote(item.dbId.get(), mine.text(), mine.createdAt(), mine.done())), stale -> {
            ParkingNote theirs = stale.theirs(ParkingNote.class).orElseThrow();
            java.util.Optional<ParkingNote> merged = com.scorecardstudio.domain.RowMerge.merge(base, mine, theirs);
            if (merged.isPresent()) {
                show(item, merged.get());
                write(item, theirs, merged.get());
                return;
            }
            conflicts.add("parking_note", null, item, mine, theirs, stale,
                    () -> write(item, theirs, mine),
                    () -> show(item, theirs));
        });
    }

    /** The note as stored now (merged, or theirs kept), shown; its next write expects it. */
    private void show(ParkingItem item, ParkingNote stored) {
        item.text.set(stored.text());
        item.done.set(stored.done());
        item.seen = stored;
    }

    private final Conflicts conflicts = new Conflicts();

    /** Notes another user changed in the same way differently, waiting for the user's choice. */
    public ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    private void delete(ParkingItem item) {
        localEdits++;
        autosave.run(() -> {
            repository.removeNote(item.dbId.get());
            return null;
        }, ok -> { });
    }

    /** Stores a removed note again, with its original time so it keeps its place; it gets a new id. */
    private void restore(ParkingItem item) {
        localEdits++;
        ParkingNote snapshot = item.toNote();
        autosave.run(() -> {
            ParkingNote stored = snapshot.createdAt() == null ? repository.park(sessionId, snapshot.text())
                    : repository.restore(sessionId, snapshot);
            if (snapshot.done() && snapshot.createdAt() == null) {
                repository.updateNote(stored, new ParkingNote(stored.id(), stored.text(), stored.createdAt(), true));
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

    /** The note removed last, while it can be put back (null once it is back). */
    public ReadOnlyObjectProperty<ParkingItem> lastRemovedProperty() {
        return lastRemoved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** False when the session may only be read (a read-only role on a team workspace): the page locks its editing. */
    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return undo.editableProperty();
    }
}
