package com.scorecardstudio.session;

import com.scorecardstudio.domain.ParkingNote;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A parked topic as the list shows it; changes go through {@link ParkingLotModel}, so they are undoable. */
public final class ParkingItem {
    /** Set on the database thread when the insert commits; writes queued after it read it there. */
    final AtomicLong dbId = new AtomicLong();
    final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    final ReadOnlyObjectWrapper<Instant> createdAt = new ReadOnlyObjectWrapper<>();
    /**
     * Its text and tick as this laptop last saw them stored, or last asked to store them (FX thread):
     * what its next write expects to find (team workspaces).
     */
    ParkingNote seen;

    ParkingItem(ParkingNote note) {
        if (note.id() != null) {
            dbId.set(note.id());
        }
        text.set(note.text());
        done.set(note.done());
        createdAt.set(note.createdAt());
        seen = note;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** When it was parked (null for the moment until the database has stored it). */
    public ReadOnlyObjectProperty<Instant> createdAtProperty() {
        return createdAt.getReadOnlyProperty();
    }

    /** The note as it stands; the id is only meaningful on the database thread. */
    ParkingNote toNote() {
        return new ParkingNote(dbId.get() == 0 ? null : dbId.get(), text.get(), createdAt.get(), done.get());
    }

    @Override
    public String toString() {
        return text.get();
    }
}
