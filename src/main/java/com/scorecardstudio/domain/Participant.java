package com.scorecardstudio.domain;

/** Someone taking part in a session, with their role in the client company. */
public record Participant(String name, String role) {
    public Participant {
        name = Text.clean(name);
        role = Text.clean(role);
    }

    public Participant(String name) {
        this(name, "");
    }

    public boolean isBlank() {
        return name.isEmpty() && role.isEmpty();
    }

    @Override
    public String toString() {
        return role.isEmpty() ? name : name + " (" + role + ")";
    }
}
