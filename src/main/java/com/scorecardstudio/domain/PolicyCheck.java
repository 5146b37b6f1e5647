package com.scorecardstudio.domain;

/** Where one customer policy stands in the client company, with the room's note. Status null: not discussed yet. */
public record PolicyCheck(CustomerPolicy policy, CustomerPolicy.Status status, String note) {
    public PolicyCheck {
        java.util.Objects.requireNonNull(policy, "policy");
        note = Text.cleanMultiline(note);
    }
}
