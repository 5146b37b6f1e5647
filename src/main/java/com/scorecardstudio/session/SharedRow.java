package com.scorecardstudio.session;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A row of the open session that other users of a team workspace may change too — a goal's own
 * fields, an indicator, an initiative: its id and stored version (read and set on the database
 * thread), the stored fields that version holds (the base of a merge), and its fields on the screen.
 */
interface SharedRow<T> {
    /** The database id: 0 until the insert commits. */
    AtomicLong rowId();

    /** The stored version this row's next write is based on. Database thread. */
    AtomicLong rowVersion();

    /** The fields as stored at {@link #rowVersion}. Database thread. */
    AtomicReference<T> rowBase();

    EditTracker rowTracker();

    /** Its own fields as the screen has them now. FX thread. */
    T ownFields();

    /** Takes fields another user, a merge or the journal has (the caller decides whether quietly). FX thread. */
    void setOwnFields(T fields);
}
