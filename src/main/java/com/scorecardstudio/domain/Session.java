package com.scorecardstudio.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A strategy session run with a client's leadership. {@code id} is null until it is stored;
 * {@code uid} identifies the session across machines (portable session files).
 */
public record Session(
        Long id,
        UUID uid,
        String title,
        String organization,
        String industry,
        LocalDate date,
        String facilitator,
        List<Participant> participants,
        Integer horizonYear,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public Session {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        title = Text.clean(title);
        organization = Text.clean(organization);
        industry = Text.clean(industry);
        facilitator = Text.clean(facilitator);
        notes = Text.cleanMultiline(notes);
        participants = participants == null ? List.of()
                : participants.stream().filter(p -> !p.isBlank()).toList();
    }

    /** A new, unsaved session dated today with next year as its planning horizon. */
    public static Session draft(LocalDate today) {
        return new Session(null, UUID.randomUUID(), "", "", "", today, "", List.of(),
                today.getYear() + 1, "", null, null);
    }

    public Session withId(long newId, Instant created, Instant updated) {
        return new Session(newId, uid, title, organization, industry, date, facilitator, participants,
                horizonYear, notes, created, updated);
    }

    public Session withTitle(String newTitle) {
        return new Session(id, uid, newTitle, organization, industry, date, facilitator, participants,
                horizonYear, notes, createdAt, updatedAt);
    }

    /** A copy to be stored as a new session: new identity, same content. */
    public Session asNewCopy(String newTitle) {
        return new Session(null, UUID.randomUUID(), newTitle, organization, industry, date, facilitator,
                participants, horizonYear, notes, null, null);
    }

    public boolean isStored() {
        return id != null;
    }
}
