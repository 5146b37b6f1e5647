package com.scorecardstudio.domain.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.SessionSnapshot;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of starting next year's session from this one (the old "after" becomes the new "before"). */
class NextYearTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 12, 3);

    private static Indicator indicator(long id, String name, String baseline, List<Measurement> measurements) {
        return new Indicator(id, name, "days", Direction.DOWN, baseline == null ? null : new BigDecimal(baseline),
                LocalDate.of(2026, 11, 1), new BigDecimal("20"), LocalDate.of(2027, 12, 31), "", null, "", "ERP", null,
                measurements);
    }

    private static final Indicator WITH_ACTUALS = indicator(11, "Days to close the month", "30", List.of());
    private static final Indicator WITH_MEASUREMENT = indicator(12, "Days to pay a supplier", "45",
            List.of(new Measurement(1L, LocalDate.of(2027, 3, 15), new BigDecimal("40")),
                    new Measurement(2L, LocalDate.of(2027, 9, 30), new BigDecimal("35"))));
    private static final Indicator UNMEASURED = indicator(13, "Days to onboard", "12", List.of());

    private static SessionSnapshot lastYear(String title, Integer horizon) {
        Session s = new Session(7L, java.util.UUID.randomUUID(), title, "Acme", "Retail", LocalDate.of(2026, 11, 20),
                "Anna", List.of(), horizon, "", Instant.EPOCH, Instant.EPOCH);
        Goal finance = new Goal(1L, Stage.FINANCIAL, Stage.FINANCIAL.areas().get(0), "Close the books faster", "", "CFO",
                Priority.HIGH, List.of(WITH_ACTUALS, WITH_MEASUREMENT, UNMEASURED),
                List.of(new Initiative(21L, "New ERP close module", "IT", null, null, null, InitiativeStatus.DONE),
                        new Initiative(22L, "Supplier portal", "Procurement", null, null, null, InitiativeStatus.IN_PROGRESS),
                        new Initiative(23L, "Shared service centre", "COO", null, null, null, InitiativeStatus.DROPPED),
                        Initiative.titled("Training for accountants")),
                List.of(new Vote("Boris", 3), new Vote("Vera", 1)));
        List<ParkingNote> notes = List.of(new ParkingNote(31L, "Ask about the audit", Instant.EPOCH, false),
                new ParkingNote(32L, "Price list sent", Instant.EPOCH, true));
        return new SessionSnapshot(new SessionContent(s, List.of(finance), List.of(), List.of(), notes),
                Map.of(Stage.FINANCIAL, 45), new ScoringSheet(0, List.of(), List.of(), Map.of(), com.scorecardstudio.domain.scoring.ScoringSettings.DEFAULT), false, Map.of(), null);
    }

    private static Checkins quarterly(List<Actual> actuals) {
        return new Checkins(ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1)).withWindows(2, 4), actuals, Set.of());
    }

    @Test
    void theLatestActualBecomesTheBaselineDatedAtTheEndOfItsPeriod() {
        // Q3 has only a note, Q4 nothing: the latest value is Q2's, after a gap in Q1
        Checkins checkins = quarterly(List.of(
                new Actual(11, Period.parse("2027-Q2"), new BigDecimal("24"), "after the new close calendar"),
                new Actual(11, Period.parse("2027-Q3"), null, "auditors on site, not measured")));
        NextYear next = NextYear.plan(lastYear("Strategy 2027", 2027), checkins, TODAY);

        Indicator carried = next.snapshot().content().goals().get(0).indicators().get(0);
        assertThat(carried.baselineValue()).isEqualByComparingTo("24");
        assertThat(carried.baselineDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(carried.targetValue()).as("the target stays for the team to restate").isEqualByComparingTo("20");
        assertThat(carried.direction()).isEqualTo(Direction.DOWN);
        assertThat(carried.measurements()).isEmpty();
    }

    @Test
    void withoutCheckInsTheLatestMeasurementIsTheBaselineAndAnUnmeasuredIndicatorKeepsItsOwn() {
        NextYear next = NextYear.plan(lastYear("Strategy", 2027), Checkins.none(), TODAY);

        List<Indicator> carried = next.snapshot().content().goals().get(0).indicators();
        assertThat(carried.get(1).baselineValue()).isEqualByComparingTo("35");
        assertThat(carried.get(1).baselineDate()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(carried.get(1).measurements()).as("last year's measurements stay with last year").isEmpty();
        assertThat(carried.get(2).baselineValue()).isEqualByComparingTo("12");
        assertThat(carried.get(2).baselineDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(next.rebased()).isEqualTo(1);
        assertThat(next.indicators()).isEqualTo(3);
        assertThat(next.schedule()).as("no review periods before, none now").isEmpty();
    }

    @Test
    void openInitiativesAndNotesAreCarriedDoneOnesAndTheDotsStayBehind() {
        NextYear next = NextYear.plan(lastYear("Strategy", 2027), Checkins.none(), TODAY);

        Goal goal = next.snapshot().content().goals().get(0);
        assertThat(goal.initiatives()).extracting(Initiative::title)
                .containsExactly("Supplier portal", "Training for accountants");
        assertThat(next.initiatives()).isEqualTo(2);
        assertThat(next.initiativesLeft()).isEqualTo(2);
        assertThat(goal.votes()).as("dots belong to last year's room").isEmpty();
        assertThat(goal.owner()).isEqualTo("CFO");
        assertThat(next.snapshot().content().parkingNotes()).extracting(ParkingNote::text).containsExactly("Ask about the audit");
        assertThat(next.snapshot().timeboxes()).containsEntry(Stage.FINANCIAL, 45);
    }

    @Test
    void theNewSessionIsDatedTodayForTheNextHorizonWithANewIdentity() {
        SessionSnapshot old = lastYear("Strategy 2027", 2027);
        Session next = NextYear.plan(old, Checkins.none(), TODAY).snapshot().session();

        assertThat(next.id()).isNull();
        assertThat(next.uid()).isNotEqualTo(old.session().uid());
        assertThat(next.title()).isEqualTo("Strategy 2028");
        assertThat(next.horizonYear()).isEqualTo(2028);
        assertThat(next.date()).isEqualTo(TODAY);
        assertThat(next.organization()).isEqualTo("Acme");
        assertThat(NextYear.plan(lastYear("Strategy", null), Checkins.none(), TODAY).snapshot().session())
                .extracting(Session::title, Session::horizonYear).containsExactly("Strategy — 2028", 2028);
    }

    @Test
    void titlesGetTheNextYearAndStayWithinTheLimit() {
        assertThat(NextYear.titleFor("Стратегическая сессия 2026", 2027)).isEqualTo("Стратегическая сессия 2027");
        assertThat(NextYear.titleFor("Strategy session", 2027)).isEqualTo("Strategy session — 2027");
        assertThat(NextYear.titleFor("Plan for 2026 ", 2027)).isEqualTo("Plan for 2027");
        assertThat(NextYear.titleFor("Room 1234", 2027)).as("not a year").isEqualTo("Room 1234 — 2027");
        String longTitle = "x".repeat(200);
        assertThat(NextYear.titleFor(longTitle, 2027)).hasSize(200).endsWith(" — 2027");
    }

    @Test
    void reviewPeriodsContinueAfterTheLastOneWithAnActual() {
        Checkins checkins = quarterly(List.of(new Actual(11, Period.parse("2027-Q3"), new BigDecimal("22"), "")));
        ReviewSchedule next = NextYear.plan(lastYear("Strategy", 2027), checkins, TODAY).schedule().orElseThrow();

        assertThat(next.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(next.first()).isEqualTo(Period.parse("2027-Q4"));
        assertThat(next.afterWindow()).isEqualTo(2);
        assertThat(next.sustainPeriods()).isEqualTo(4);
        assertThat(NextYear.plan(lastYear("Strategy", 2027), quarterly(List.of()), TODAY).schedule().orElseThrow().first())
                .as("no actuals yet: from today's period").isEqualTo(Period.parse("2027-Q4"));
    }
}
