package com.scorecardstudio.db;

import java.time.Instant;
import java.util.Optional;

/**
 * A write based on a version of a row that is no longer the stored one: someone else changed (or
 * deleted) it since this app read it (team workspaces, issue 16). Nothing was written. Carries their
 * version of the row as it stands now, so the user sees theirs beside theirs and keeps either.
 */
public final class StaleWriteException extends RuntimeException {
    private final String table;
    private final long id;
    private final transient Object theirs;
    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    StaleWriteException(String table, long id, Object theirs, String changedBy, Instant changedAt, long currentVersion) {
        super(table + " " + id + (theirs == null ? " was deleted" : " was changed by " + changedBy) + " since it was read");
        this.table = table;
        this.id = id;
        this.theirs = theirs;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String table() {
        return table;
    }

    public long id() {
        return id;
    }

    /** Whether the row is gone: deleted by someone else. */
    public boolean deleted() {
        return theirs == null;
    }

    /** Their version of the row as stored now; empty when it was deleted. */
    public <T> Optional<T> theirs(Class<T> type) {
        return Optional.ofNullable(theirs).map(type::cast);
    }

    /** Who changed it last ('' when unknown: a change from before versions were kept). */
    public String changedBy() {
        return changedBy;
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    /** The stored version: a write based on it goes through ("keep mine"). */
    public long currentVersion() {
        return currentVersion;
    }
}
