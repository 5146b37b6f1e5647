package com.scorecardstudio.db;

/** The thing asked for is not (or no longer) in the database. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
