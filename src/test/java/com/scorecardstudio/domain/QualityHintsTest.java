package com.scorecardstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.QualityHints.Hint;
import com.scorecardstudio.domain.QualityHints.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityHintsTest {
    private static Indicator indicator(String unit, Direction dir, String baseline, String target, LocalDate targetDate, String scale) {
        return new Indicator(null, "Repeat visits", unit, dir, baseline == null ? null : new BigDecimal(baseline),
                LocalDate.of(2026, 1, 1), target == null ? null : new BigDecimal(target), targetDate, scale, null, "", "",
                null, List.of());
    }

    private static Goal goal(String owner, List<Indicator> inds, List<Initiative> inits) {
        return new Goal(null, Stage.CUSTOMER, "service", "Patients come back", "", owner, Priority.HIGH, inds, inits);
    }

    private static List<Kind> kinds(List<Hint> hints) {
        return hints.stream().map(Hint::kind).toList();
    }

    private final Indicator good = indicator("visits", Direction.UP, "100", "130", LocalDate.of(2027, 12, 31), "");
    private final Initiative step = Initiative.titled("Call patients after a visit");

    @Test
    void aCompleteGoalHasNoHints() {
        assertThat(QualityHints.forGoal(goal("Elena", List.of(good), List.of(step)), 0)).isEmpty();
    }

    @Test
    void aBareGoalLacksIndicatorInitiativeAndOwner() {
        assertThat(kinds(QualityHints.forGoal(goal("", List.of(), List.of()), 0)))
                .containsExactly(Kind.GOAL_NO_INDICATOR, Kind.GOAL_NO_INITIATIVE, Kind.GOAL_NO_OWNER);
    }

    @Test
    void anIndicatorNeedsBaselineTargetAndTargetDate() {
        Indicator bare = indicator("visits", Direction.UP, null, null, null, "");
        assertThat(kinds(QualityHints.forGoal(goal("E", List.of(bare), List.of(step)), 3)))
                .containsExactly(Kind.INDICATOR_NO_BASELINE, Kind.INDICATOR_NO_TARGET, Kind.INDICATOR_NO_TARGET_DATE);
        assertThat(QualityHints.forGoal(goal("E", List.of(bare), List.of(step)), 3))
                .allSatisfy(h -> assertThat(h.goalIndex()).isEqualTo(3))
                .allSatisfy(h -> assertThat(h.indicatorIndex()).isZero());
    }

    @Test
    void aTargetMustMoveInTheStatedDirection() {
        LocalDate d = LocalDate.of(2027, 1, 1);
        assertThat(kinds(QualityHints.forIndicator(indicator("min", Direction.DOWN, "40", "55", d, ""), Stage.CUSTOMER, 0, 0)))
                .containsExactly(Kind.TARGET_WRONG_DIRECTION);
        assertThat(kinds(QualityHints.forIndicator(indicator("min", Direction.UP, "40", "40", d, ""), Stage.CUSTOMER, 0, 0)))
                .containsExactly(Kind.TARGET_WRONG_DIRECTION);
        assertThat(QualityHints.forIndicator(indicator("min", Direction.DOWN, "40", "25", d, ""), Stage.CUSTOMER, 0, 0)).isEmpty();
    }

    @Test
    void aPercentageNeedsAScale() {
        LocalDate d = LocalDate.of(2027, 1, 1);
        assertThat(kinds(QualityHints.forIndicator(indicator("%", Direction.UP, "10", "15", d, ""), Stage.CUSTOMER, 0, 0)))
                .containsExactly(Kind.PERCENT_WITHOUT_SCALE);
        assertThat(kinds(QualityHints.forIndicator(indicator("процент", Direction.UP, "10", "15", d, ""), Stage.CUSTOMER, 0, 0)))
                .containsExactly(Kind.PERCENT_WITHOUT_SCALE);
        assertThat(QualityHints.forIndicator(indicator("%", Direction.UP, "10", "15", d, "4,000 patients a month"),
                Stage.CUSTOMER, 0, 0)).isEmpty();
    }

    @Test
    void moreThanTwentyGoalsIsOneSessionHintAndHintsAreCountedPerStage() {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            goals.add(goal("E", List.of(good), List.of(step)));
        }
        assertThat(kinds(QualityHints.forSession(goals))).containsExactly(Kind.TOO_MANY_GOALS);
        goals.remove(0);
        assertThat(QualityHints.forSession(goals)).isEmpty();
        goals.add(goal("", List.of(good), List.of(step)));
        List<Hint> hints = QualityHints.forSession(goals);
        assertThat(QualityHints.countFor(hints, Stage.CUSTOMER)).isEqualTo(1);
        assertThat(QualityHints.countFor(hints, Stage.FINANCIAL)).isZero();
    }

    @Test
    void progressRunsFromBaselineToTargetInEitherDirection() {
        Indicator up = new Indicator(null, "x", "", Direction.UP, new BigDecimal("100"), null, new BigDecimal("200"), null, "",
                null, "", "", null, List.of(new Measurement(null, LocalDate.of(2026, 6, 1), new BigDecimal("150"))));
        assertThat(Progress.of(up)).contains(0.5);
        Indicator down = new Indicator(null, "x", "", Direction.DOWN, new BigDecimal("40"), null, new BigDecimal("20"), null, "",
                null, "", "", null, List.of(new Measurement(null, LocalDate.of(2026, 6, 1), new BigDecimal("45")),
                new Measurement(null, LocalDate.of(2026, 9, 1), new BigDecimal("25"))));
        assertThat(Progress.of(down)).contains(0.75);
        assertThat(Progress.of(Indicator.named("no data"))).isEmpty();
        assertThat(Progress.between(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN)).isEmpty();
    }

    @Test
    void theWeakestAssessedAreasStandOut() {
        List<AreaAssessment> a = List.of(new AreaAssessment("pricing", 4, ""), new AreaAssessment("quality", 2, ""),
                new AreaAssessment("service", null, ""), new AreaAssessment("accessibility", 2, ""),
                new AreaAssessment("completeness", 5, ""));
        assertThat(AreaAssessment.weakest(a)).containsExactly("quality", "accessibility");
        assertThat(AreaAssessment.weakest(List.of(new AreaAssessment("pricing", null, "")))).isEmpty();
    }
}
