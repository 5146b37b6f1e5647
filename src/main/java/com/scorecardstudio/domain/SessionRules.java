package com.scorecardstudio.domain;

import java.util.ArrayList;
import java.util.List;

/** What makes a session valid. Problems are keys so every front end can say them in its language. */
public final class SessionRules {
    private SessionRules() {
    }

    public static List<Problem> check(Session s) {
        List<Problem> problems = new ArrayList<>();
        if (s.title().isEmpty()) {
            problems.add(Problem.required(Field.TITLE));
        }
        tooLong(problems, Field.TITLE, s.title(), Limits.SHORT_TEXT);
        tooLong(problems, Field.ORGANIZATION, s.organization(), Limits.SHORT_TEXT);
        tooLong(problems, Field.INDUSTRY, s.industry(), Limits.SHORT_TEXT);
        tooLong(problems, Field.FACILITATOR, s.facilitator(), Limits.SHORT_TEXT);
        tooLong(problems, Field.NOTES, s.notes(), Limits.LONG_TEXT);
        Integer year = s.horizonYear();
        if (year != null && (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR)) {
            problems.add(new Problem(Field.HORIZON_YEAR, Problem.Kind.OUT_OF_RANGE, Limits.MIN_YEAR, Limits.MAX_YEAR));
        }
        if (s.participants().size() > Limits.MAX_PARTICIPANTS) {
            problems.add(new Problem(Field.PARTICIPANTS, Problem.Kind.TOO_MANY, Limits.MAX_PARTICIPANTS, 0));
        }
        for (Participant p : s.participants()) {
            if (p.name().isEmpty()) {
                problems.add(Problem.required(Field.PARTICIPANT_NAME));
                break;
            }
        }
        for (Participant p : s.participants()) {
            int before = problems.size();
            tooLong(problems, Field.PARTICIPANT_NAME, p.name(), Limits.SHORT_TEXT);
            tooLong(problems, Field.PARTICIPANT_ROLE, p.role(), Limits.SHORT_TEXT);
            if (problems.size() > before) {
                break;
            }
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, Field field, String value, int limit) {
        if (Text.length(value) > limit) {
            problems.add(new Problem(field, Problem.Kind.TOO_LONG, limit, Text.length(value)));
        }
    }

    /** The fields of a session, named once for messages and UI. */
    public enum Field {
        TITLE, ORGANIZATION, INDUSTRY, DATE, FACILITATOR, HORIZON_YEAR, NOTES, PARTICIPANTS,
        PARTICIPANT_NAME, PARTICIPANT_ROLE
    }

    /** One thing wrong with one field; {@code a} and {@code b} are the numbers the message needs. */
    public record Problem(Field field, Kind kind, int a, int b) {
        public enum Kind { REQUIRED, TOO_LONG, OUT_OF_RANGE, TOO_MANY }

        static Problem required(Field f) {
            return new Problem(f, Kind.REQUIRED, 0, 0);
        }
    }
}
