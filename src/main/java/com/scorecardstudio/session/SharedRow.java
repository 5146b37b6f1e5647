package com.scorecardstudio.session;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A row of the open session that other users of a team workspace may change too — a goal's own
 * fields, an indicator, an initiative: its id and stored version (read and set on the database
 * thread), the stored fields that version holds (the base of a merge), its typing tracker, and its
 * fields on the screen.
 */
abstract class SharedRow<T> {
    /** The database id: 0 until the insert commits (work queued after it reads it on the database thread). */
    final AtomicLong dbId = new AtomicLong();
    /** The stored version this row's next write is based on. Database thread. */
    final AtomicLong version = new AtomicLong();
    /** The fields as stored at {@link #version}. Database thread. */
    final AtomicReference<T> base = new AtomicReference<>();
    EditTracker tracker;

    /** The stored id: 0 until the insert commits. Read it on the database thread, in work queued after the insert. */
    public long storedId() {
        return dbId.get();
    }

    /** Its row was inserted (new, or stored again by undo): a new row at version 0. Database thread. */
    void stored(long id, T row) {
        dbId.set(id);
        version.set(0);
        base.set(row);
    }

    /** Its own fields as the screen has them now. FX thread. */
    abstract T ownFields();

    /** Takes fields another user, a merge or the journal has (the caller decides whether quietly). FX thread. */
    abstract void setOwnFields(T fields);
}
