package com.scorecardstudio.db;

import java.nio.file.Path;

/** A database that could not be opened, with why, so the user is told in words and offered a way out. */
public final class DatabaseOpenException extends Exception {
    /** Why a database could not be opened. Each has a message key {@code db.open.<reason>}. */
    public enum Reason {
        /** Another program (usually a second copy of the app) has it open. */
        LOCKED,
        /** Written by a newer version of the app or of H2. */
        NEWER_VERSION,
        /** The file is damaged. */
        CORRUPT,
        /** The file or its folder cannot be read or written. */
        UNREADABLE,
        /** The database is encrypted and no password was given (the app asks for one). */
        PASSWORD_REQUIRED,
        /** The database is encrypted and the password is not its password. */
        WRONG_PASSWORD,
        /** The disk (or the file-size limit) has no room for what had to be written; the file is not damaged. */
        DISK_FULL,
        /** The file or its folder is read-only: it can be read, but nothing can be written. */
        READ_ONLY,
        /** The file is encrypted but its {@code .salt} is not beside it: without it there is no key. */
        MISSING_SALT,
        /**
         * Another process is creating this database at the same moment (its salt is there, the file not
         * yet), or such a creation was interrupted; nothing was changed.
         */
        ALREADY_EXISTS,
        /** A new encrypted database was asked for with an empty password. */
        EMPTY_PASSWORD,
        /** A team workspace's server does not answer (down, wrong host or port, a firewall, TLS refused). */
        SERVER_UNREACHABLE,
        /** The server has no database of that name. */
        NO_SUCH_DATABASE,
        /** The address asks for TLS (sslmode require or stricter) and the server offers none. */
        TLS_REFUSED,
        /** {@code verify-full}: the server's certificate is made out to another name than the address's host. */
        TLS_WRONG_HOST,
        /** {@code verify-ca} or {@code verify-full}: the server's certificate is not signed by the root certificate given. */
        TLS_UNTRUSTED,
        /** {@code verify-ca} or {@code verify-full}: the root certificate's file ({@code sslrootcert}) is not there. */
        TLS_NO_ROOT_CERT,
        /** The server asks for a client certificate and the address gives none ({@code sslcert}/{@code sslkey}). */
        TLS_CLIENT_CERT_REQUIRED,
        /** The client certificate's or key's file ({@link #detail()}) is not there or cannot be read as one. */
        TLS_CLIENT_FILE_UNREADABLE,
        /** The server refused the client certificate: not signed by its CA, or made out to another user. */
        TLS_CLIENT_CERT_REFUSED,
        /** The server runs a PostgreSQL older than 15. */
        SERVER_TOO_OLD,
        /** The server answered with an error the app does not expect; the log has it. */
        SERVER_FAILED
    }

    private final Reason reason;
    private final Path file;
    private final String server;
    private final String detail;

    public DatabaseOpenException(Reason reason, Path file, Throwable cause) {
        super(com.scorecardstudio.util.Secrets.mask(reason + ": " + file + (cause == null ? "" : " (" + cause.getMessage() + ")")),
                cause);
        this.reason = reason;
        this.file = file;
        this.server = null;
        this.detail = "";
    }

    /** A team workspace on a server that could not be opened; {@code server} is its address (no password). */
    public DatabaseOpenException(Reason reason, String server, Throwable cause) {
        this(reason, server, "", cause);
    }

    /** As above, with what the message names besides the server (a certificate's file). */
    public DatabaseOpenException(Reason reason, String server, String detail, Throwable cause) {
        super(com.scorecardstudio.util.Secrets.mask(reason + ": " + server + (detail.isEmpty() ? "" : " [" + detail + "]")
                + (cause == null ? "" : " (" + cause.getMessage() + ")")), cause);
        this.reason = reason;
        this.file = null;
        this.server = server;
        this.detail = detail;
    }

    /** What the message names besides the server ({@code {1}}), such as a certificate's file; empty if nothing. */
    public String detail() {
        return detail;
    }

    /** The arguments of {@link #messageKey()}'s message: where the database is, then {@link #detail()}. */
    public Object[] messageArgs() {
        return new Object[] {where(), detail};
    }

    /** Where the database is, for the message: the file's path or the server's address. */
    public String where() {
        return server != null ? server : String.valueOf(file);
    }

    /** Whether a team workspace on a server (rather than a file) could not be opened. */
    public boolean isServer() {
        return server != null;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** The message key for the user: {@code db.open.<reason>}, the password cases under {@code safety.password.}. */
    public String messageKey() {
        if (server != null) {
            return "team.open." + reason.name().toLowerCase(java.util.Locale.ROOT);
        }
        return switch (reason) {
            case PASSWORD_REQUIRED -> "safety.password.required";
            case WRONG_PASSWORD -> "safety.password.wrong";
            case EMPTY_PASSWORD -> "safety.password.empty";
            default -> "db.open." + reason.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Whether restoring a backup could help (not for a file that is merely in use). */
    public boolean backupCanHelp() {
        return server == null && (reason == Reason.CORRUPT || reason == Reason.NEWER_VERSION);
    }
}
