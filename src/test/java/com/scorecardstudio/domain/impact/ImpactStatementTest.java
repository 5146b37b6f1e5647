package com.scorecardstudio.domain.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trend, roll-up, the after-window and sustainability, from the actuals of a monthly schedule from January 2027. */
class ImpactStatementTest {
    private static final ReviewSchedule MONTHLY = new ReviewSchedule(Cadence.MONTHLY, LocalDate.of(2027, 1, 10), 3, 3);

    private static Indicator ind(long id, Direction dir, String baseline, String target, String unit, String scale) {
        return new Indicator(id, "Share of repeat patients", unit, dir, n(baseline), LocalDate.of(2026, 12, 31), n(target),
                LocalDate.of(2027, 12, 31), scale, n("1200000"), "RUB per year", "CRM", null, List.of());
    }

    private static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** Actuals from January on; "-" is a month with no actual, "x:note" a value with a note. */
    private static Checkins actuals(long id, String... byMonth) {
        List<Actual> list = new ArrayList<>();
        Period p = MONTHLY.first();
        for (String v : byMonth) {
            if (!v.equals("-")) {
                String[] parts = v.split(":", 2);
                list.add(new Actual(id, p, new BigDecimal(parts[0]), parts.length > 1 ? parts[1] : ""));
            }
            p = p.next();
        }
        return new Checkins(MONTHLY, list, Set.of());
    }

    private static Goal goal(Indicator... inds) {
        return new Goal(1L, Stage.CUSTOMER, Stage.CUSTOMER.areas().get(0), "Patients come back", "Loyal patients cost less to serve",
                "Anna", null, List.of(inds), List.of());
    }

    @Test
    void theStatementHasTheSixPoints() {
        Indicator i = ind(5, Direction.UP, "20", "30", "%", "4,000 patients a year");
        Checkins c = actuals(5, "21", "24", "27:flu season", "29", "31", "32");
        ImpactStatement s = c.statement(goal(i), i, Period.parse("2027-06"));
        assertThat(s.goal().title()).isEqualTo("Patients come back");
        assertThat(s.goal().description()).isEqualTo("Loyal patients cost less to serve");
        assertThat(s.before()).isEqualByComparingTo("20");
        assertThat(s.after().from().id()).isEqualTo("2027-04");
        assertThat(s.after().to().id()).isEqualTo("2027-06");
        assertThat(s.after().mean()).isEqualByComparingTo("30.6666666667");
        assertThat(s.after().observed()).isEqualTo(3);
        assertThat(s.change().absolute()).isEqualByComparingTo("10.6666666667");
        assertThat(s.change().relative().doubleValue()).isCloseTo(0.5333, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(s.change().improved()).isTrue();
        assertThat(s.scale()).isEqualTo("4,000 patients a year");
        assertThat(s.value()).isEqualByComparingTo("1200000");
        assertThat(s.valueUnit()).isEqualTo("RUB per year");
        // reached 30 in May, June still holds but only one month since: not yet sustained
        assertThat(s.sustainability().state()).isEqualTo(Sustainability.State.NOT_YET);
        assertThat(s.sustainability().firstReached().id()).isEqualTo("2027-05");
        assertThat(s.sustainability().periodsSince()).isEqualTo(1);
        // the March note is outside the April–June window: external factors unremarked
        assertThat(s.hints()).containsExactly(ImpactStatement.Hint.NO_EXTERNAL_FACTORS);
    }

    @Test
    void aNoteInTheWindowAndAScaleSilenceTheHintsAShortWindowIsShown() {
        Indicator i = ind(5, Direction.UP, "20", "30", "%", "");
        ImpactStatement s = actuals(5, "-", "-", "-", "-", "25:new website", "-").statement(goal(i), i, Period.parse("2027-06"));
        assertThat(s.after().observed()).isEqualTo(1);
        assertThat(s.after().mean()).isEqualByComparingTo("25");
        assertThat(s.hints()).containsExactly(ImpactStatement.Hint.PERCENT_WITHOUT_SCALE, ImpactStatement.Hint.SHORT_WINDOW);
    }

    @Test
    void noActualsInTheWindowMeansNoAfterAndNoChange() {
        Indicator i = ind(5, Direction.UP, "20", "30", "visits", "");
        ImpactStatement s = actuals(5, "25", "-", "-", "-", "-").statement(goal(i), i, Period.parse("2027-05"));
        assertThat(s.after()).isNull();
        assertThat(s.change()).isNull();
        assertThat(s.complete()).isFalse();
        assertThat(s.hints()).isEmpty();
    }

    @Test
    void aDownIndicatorImprovesWhenItFallsAndAZeroBaselineHasNoRelativeChange() {
        Indicator wait = ind(5, Direction.DOWN, "30", "20", "minutes", "all 12 clinics");
        ImpactStatement s = actuals(5, "28", "26", "24").statement(goal(wait), wait, Period.parse("2027-03"));
        assertThat(s.change().absolute()).isEqualByComparingTo("-4");
        assertThat(s.change().improved()).isTrue();
        Indicator complaints = ind(6, Direction.DOWN, "0", "0", "complaints", "");
        ImpactStatement z = actuals(6, "2").statement(goal(complaints), complaints, Period.parse("2027-01"));
        assertThat(z.change().relative()).isNull();
        assertThat(z.change().improved()).isFalse();
    }

    /** Sustainability over monthly actuals, three periods required. */
    @ParameterizedTest(name = "{0} {1} ⇒ {2}")
    @CsvSource(delimiter = '|', value = {
            // direction | actuals from January            | state       | first   | decided | since | gaps
            "UP   | 22 30 31 32 33                         | HELD        | 2027-02 | 2027-05 | 3 | 0",
            "UP   | 22 30 31 29 33                         | NOT_HELD    | 2027-02 | 2027-04 | 2 | 0",
            "UP   | 22 30 31                               | NOT_YET     | 2027-02 | -       | 1 | 0",
            "UP   | 22 30 - - 31                           | HELD        | 2027-02 | 2027-05 | 3 | 2",
            "UP   | 22 30 - -                              | NOT_YET     | 2027-02 | -       | 2 | 2",
            "UP   | 22 25 28                               | NOT_REACHED | -       | -       | 0 | 0",
            "UP   | - - -                                  | NO_DATA     | -       | -       | 0 | 0",
            "DOWN | 25 19 20 18 17                         | HELD        | 2027-02 | 2027-05 | 3 | 0",
            "DOWN | 25 19 21                               | NOT_HELD    | 2027-02 | 2027-03 | 1 | 0",
    })
    void sustainability(String direction, String months, Sustainability.State state, String first, String decided,
                        int since, int gaps) {
        Direction dir = Direction.valueOf(direction);
        Indicator i = dir == Direction.UP ? ind(5, dir, "20", "30", "%", "x") : ind(5, dir, "30", "20", "min", "x");
        String[] values = months.strip().split("\\s+");
        Checkins c = actuals(5, values);
        Sustainability s = c.statement(goal(i), i, MONTHLY.through(Period.parse("2027-12")).get(values.length - 1)).sustainability();
        assertThat(s.state()).isEqualTo(state);
        assertThat(s.firstReached() == null ? "-" : s.firstReached().id()).isEqualTo(first);
        Period decidedIn = s.checkedIn() != null ? s.checkedIn() : s.fellBack();
        assertThat(decidedIn == null ? "-" : decidedIn.id()).isEqualTo(decided);
        assertThat(s.periodsSince()).isEqualTo(since);
        assertThat(s.gaps()).isEqualTo(gaps);
        assertThat(s.required()).isEqualTo(3);
    }

    @Test
    void withoutATargetTheEffectIsAnyImprovementOnTheBaseline() {
        Indicator i = ind(5, Direction.UP, "20", null, "visits", "");
        Sustainability s = actuals(5, "20", "21", "22", "23", "21").statement(goal(i), i, Period.parse("2027-05")).sustainability();
        assertThat(s.state()).isEqualTo(Sustainability.State.HELD);
        assertThat(s.firstReached().id()).isEqualTo("2027-02");
        Indicator none = ind(6, Direction.UP, null, null, "visits", "");
        assertThat(actuals(6, "20").statement(goal(none), none, Period.parse("2027-01")).sustainability().state())
                .isEqualTo(Sustainability.State.NO_DATA);
    }

    @Test
    void actualsAfterThePeriodAskedForAreNotSeen() {
        Indicator i = ind(5, Direction.UP, "20", "30", "%", "x");
        Checkins c = actuals(5, "22", "30", "31", "32", "33");
        assertThat(c.statement(goal(i), i, Period.parse("2027-02")).sustainability().state()).isEqualTo(Sustainability.State.NOT_YET);
        assertThat(c.statement(goal(i), i, Period.parse("2027-02")).after().mean()).isEqualByComparingTo("26");
    }

    @Test
    void theTrendKeepsGapsAndReadsTheSlopeInTheIndicatorsDirection() {
        Indicator up = ind(5, Direction.UP, "20", "30", "%", "x");
        Trend t = actuals(5, "20", "-", "24", "26").trend(up, Period.parse("2027-04"));
        assertThat(t.points()).extracting(p -> p.value() == null ? "-" : p.value().toPlainString())
                .containsExactly("20", "-", "24", "26");
        assertThat(t.slopePerPeriod()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.movement()).isEqualTo(Trend.Movement.IMPROVING);
        Indicator down = ind(5, Direction.DOWN, "30", "20", "min", "x");
        assertThat(actuals(5, "20", "24").trend(down, Period.parse("2027-02")).movement()).isEqualTo(Trend.Movement.WORSENING);
        assertThat(actuals(5, "20", "20").trend(down, Period.parse("2027-02")).movement()).isEqualTo(Trend.Movement.FLAT);
        assertThat(actuals(5, "20").trend(down, Period.parse("2027-03")).movement()).isEqualTo(Trend.Movement.UNKNOWN);
    }

    @Test
    void goalsShowTheirWorstRatedIndicatorAndStagesCountTheirIndicators() {
        Indicator a = ind(1, Direction.UP, "20", "30", "%", "x");
        Indicator b = ind(2, Direction.UP, "20", "30", "%", "x");
        Indicator unrated = ind(3, Direction.UP, null, "30", "%", "x");
        Goal customer = goal(a, b, unrated);
        Goal finance = new Goal(2L, Stage.FINANCIAL, Stage.FINANCIAL.areas().get(0), "Revenue", "", "", null,
                List.of(ind(4, Direction.UP, "100", "200", "kRUB", "x")), List.of());
        Period june = Period.parse("2027-06");
        Checkins c = new Checkins(MONTHLY, List.of(new Actual(1, june, n("25"), ""), new Actual(2, june, n("21"), ""),
                new Actual(3, june, n("25"), ""), new Actual(4, june, n("200"), "")), Set.of());
        Map<Long, Assessment> all = c.assessAll(List.of(customer, finance), june, StatusRule.DEFAULT);
        assertThat(all.get(1L).status()).isEqualTo(Status.ON_TRACK);
        assertThat(all.get(2L).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(RollUp.goal(customer, all)).isEqualTo(Status.OFF_TRACK);
        assertThat(RollUp.goal(finance, all)).isEqualTo(Status.ON_TRACK);
        assertThat(RollUp.worst(List.of(Status.NOT_RATED))).isEqualTo(Status.NOT_RATED);
        Map<Stage, RollUp.Counts> byStage = RollUp.byStage(List.of(customer, finance), all);
        assertThat(byStage.get(Stage.CUSTOMER)).isEqualTo(new RollUp.Counts(1, 0, 1, 1));
        assertThat(byStage.get(Stage.CUSTOMER).onTrackShare()).contains(0.5);
        assertThat(byStage.get(Stage.FINANCIAL)).isEqualTo(new RollUp.Counts(1, 0, 0, 0));
        assertThat(byStage.get(Stage.LEARNING_GROWTH).onTrackShare()).isEmpty();
    }
}
