package com.scorecardstudio.domain;

import java.time.Instant;

/** A topic raised out of turn, parked to come back to later. */
public record ParkingNote(Long id, String text, Instant createdAt, boolean done) {
    public ParkingNote {
        text = Text.cleanMultiline(text);
    }
}
