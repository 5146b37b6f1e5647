package com.scorecardstudio.db;

/** Another client of the session already has this name (names compare ignoring case and spacing). */
public final class ClientNameTakenException extends RuntimeException {
    private final String name;

    public ClientNameTakenException(String name) {
        super("client name already used in this session: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
