package com.scorecardstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.SessionRules.Field;
import com.scorecardstudio.domain.SessionRules.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRulesTest {
    private static Session session(String title, Integer year, List<Participant> people) {
        return new Session(null, java.util.UUID.randomUUID(), title, "Org", "", LocalDate.of(2026, 11, 22), "", people,
                year, "", null, null);
    }

    @Test
    void aTitledSessionIsValid() {
        assertThat(SessionRules.check(session("Strategy 2027", 2027, List.of(new Participant("Ann", "CEO"))))).isEmpty();
    }

    @Test
    void titleIsRequiredAndBlankCountsAsMissing() {
        assertThat(SessionRules.check(session("   ", 2027, List.of())))
                .extracting(Problem::field, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Field.TITLE, Problem.Kind.REQUIRED));
    }

    @Test
    void textOverTheLimitIsReportedWithItsLength() {
        String tooLong = "x".repeat(Limits.SHORT_TEXT + 1);
        List<Problem> problems = SessionRules.check(session(tooLong, 2027, List.of()));
        assertThat(problems).containsExactly(new Problem(Field.TITLE, Problem.Kind.TOO_LONG, Limits.SHORT_TEXT, Limits.SHORT_TEXT + 1));
    }

    @Test
    void lengthCountsCharactersAsTheUserSeesThemSoEmojiFitTheLimit() {
        String emoji = "🎯".repeat(Limits.SHORT_TEXT); // 400 UTF-16 units, 200 characters
        assertThat(SessionRules.check(session(emoji, 2027, List.of()))).isEmpty();
    }

    @Test
    void horizonYearMustBePlausible() {
        assertThat(SessionRules.check(session("S", 1800, List.of()))).extracting(Problem::field).containsExactly(Field.HORIZON_YEAR);
        assertThat(SessionRules.check(session("S", null, List.of()))).isEmpty();
    }

    @Test
    void aParticipantNeedsANameButBlankRowsAreDropped() {
        assertThat(SessionRules.check(session("S", 2027, List.of(new Participant("", "CFO")))))
                .extracting(Problem::field).containsExactly(Field.PARTICIPANT_NAME);
        assertThat(session("S", 2027, List.of(new Participant(" ", " "))).participants()).isEmpty();
    }

    @Test
    void fieldsAreTrimmedButNotesKeepTheirLines() {
        Session s = new Session(null, java.util.UUID.randomUUID(), "  Title  ", null, null, LocalDate.of(2026, 1, 1),
                null, null, null, "line 1\nline 2\n\n", null, null);
        assertThat(s.title()).isEqualTo("Title");
        assertThat(s.organization()).isEmpty();
        assertThat(s.notes()).isEqualTo("line 1\nline 2");
    }
}
