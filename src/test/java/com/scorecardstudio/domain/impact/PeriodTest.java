package com.scorecardstudio.domain.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
    @Test
    void monthsAndQuartersAreCalendarAlignedAndNamedTheSameInEveryLanguage() {
        Period march = Period.containing(Cadence.MONTHLY, LocalDate.of(2027, 3, 17));
        assertThat(march.id()).isEqualTo("2027-03");
        assertThat(march.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        Period q = Period.containing(Cadence.QUARTERLY, LocalDate.of(2027, 6, 30));
        assertThat(q.id()).isEqualTo("2027-Q2");
        assertThat(q.start()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(q.endExclusive()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(q.contains(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(Period.parse("2027-Q4").next().id()).isEqualTo("2028-Q1");
        assertThat(Period.parse("2027-01").previous().id()).isEqualTo("2026-12");
        assertThat(Period.parse(" 2027-q3 ")).isEqualTo(Period.containing(Cadence.QUARTERLY, LocalDate.of(2027, 8, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2027", "2027-13", "2027-00", "2027-Q5", "2027-Q0", "27-03", "2027/03", "2027-3"})
    void anythingElseIsNotAPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodMustStartWhereItsCadenceStarts() {
        assertThatThrownBy(() -> new Period(Cadence.QUARTERLY, LocalDate.of(2027, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Cadence.MONTHLY, LocalDate.of(2027, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScheduleStartsWithThePeriodHoldingItsStartDate() {
        ReviewSchedule s = ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 2, 15));
        assertThat(s.first().id()).isEqualTo("2027-Q1");
        assertThat(s.periodAt(LocalDate.of(2026, 5, 1)).id()).as("before the start").isEqualTo("2027-Q1");
        assertThat(s.periodAt(LocalDate.of(2027, 11, 5)).id()).isEqualTo("2027-Q4");
        assertThat(s.through(Period.parse("2027-Q4"))).extracting(Period::id)
                .containsExactly("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4");
        assertThat(s.indexOf(Period.parse("2028-Q1"))).isEqualTo(4);
        assertThat(s.indexOf(Period.parse("2026-Q4"))).as("before the start").isEqualTo(-1);
        assertThat(s.indexOf(Period.parse("2027-03"))).as("another cadence").isEqualTo(-1);
        assertThat(s.through(Period.parse("2026-Q4"))).isEmpty();
    }

    @Test
    void aScheduleListsAtMostTenYearsOfMonths() {
        ReviewSchedule s = ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2000, 1, 1));
        assertThat(s.through(Period.parse("2030-06"))).hasSize(ReviewSchedule.MAX_PERIODS)
                .last().extracting(Period::id).isEqualTo("2030-06");
    }

    @Test
    void windowsAreBounded() {
        assertThatThrownBy(() -> new ReviewSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), 3, 25))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anActualKeepsItsNoteWithinTheLimitAndHowTheNumberWasMeant() {
        Actual a = new Actual(1, Period.parse("2027-01"), new java.math.BigDecimal("12.500"), "x".repeat(3000) + "  ");
        assertThat(a.note()).hasSize(com.scorecardstudio.domain.Limits.NOTE_TEXT);
        assertThat(a.value()).isEqualByComparingTo("12.5").hasToString("12.5");
        assertThat(new Actual(1, Period.parse("2027-01"), null, "  ").isEmpty()).isTrue();
        assertThat(new Actual(1, Period.parse("2027-01"), null, "figures next week").hasValue()).isFalse();
    }
}
