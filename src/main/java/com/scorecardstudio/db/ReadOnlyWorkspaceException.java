package com.scorecardstudio.db;

/** A change refused by a team workspace's server because the user's role may only read. */
public final class ReadOnlyWorkspaceException extends RuntimeException {
    public ReadOnlyWorkspaceException(Throwable cause) {
        super("The team workspace refused a change: this role may only read", cause);
    }

    /** A change the app refused itself, before asking the server: the session was opened read-only. */
    public ReadOnlyWorkspaceException() {
        super("The team workspace is open read-only: this role may only read");
    }

    /** {@code e} as this exception when it is the server's "permission denied", else {@code e} itself. */
    public static Throwable classify(Throwable e) {
        return Database.isPermissionDenied(e) ? new ReadOnlyWorkspaceException(e) : e;
    }
}
