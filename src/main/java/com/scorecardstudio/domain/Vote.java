package com.scorecardstudio.domain;

/**
 * The dots one participant put on one goal in dot-voting. The participant is named as the session
 * lists them (a name, not a row: the list is rewritten when the session details are saved).
 */
public record Vote(String participant, int dots) {
    public Vote {
        participant = Text.clean(participant);
        if (participant.isEmpty()) {
            throw new IllegalArgumentException("a vote needs the participant's name");
        }
        if (dots < DotVoting.MIN_DOTS || dots > DotVoting.MAX_DOTS) {
            throw new IllegalArgumentException("a vote has " + DotVoting.MIN_DOTS + " to " + DotVoting.MAX_DOTS
                    + " dots, not " + dots);
        }
    }
}
