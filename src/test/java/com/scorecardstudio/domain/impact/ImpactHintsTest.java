package com.scorecardstudio.domain.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The method's typical mistakes that the impact statements show as hints. */
class ImpactHintsTest {
    private static Indicator named(long id, String name, String unit, String source) {
        return new Indicator(id, name, unit, Direction.UP, BigDecimal.ONE, null, BigDecimal.TEN, null, "", null, "", source, null,
                List.of());
    }

    private static Goal goal(long id, Stage stage, Indicator... inds) {
        return new Goal(id, stage, stage.areas().get(0), "G" + id, "", "", null, List.of(inds), List.of());
    }

    @ParameterizedTest(name = "\"{0}\" ⇒ {1}")
    @CsvSource(delimiter = '|', value = {
            "Launch the loyalty campaign        | true",
            "Hold monthly reviews               | true",
            "Провести обучение администраторов  | true",
            "Запустить рассылку                 | true",
            "Внедрение CRM                      | true",
            "Launch 3 campaigns a quarter       | false",
            "Провести 12 обучений               | false",
            "Repeat visits within 90 days       | false",
            "Share of calls answered            | false",
            "Holding time on the line           | false",
            "Доля повторных визитов             | false",
    })
    void anActivityWithoutAFigureIsNotAChange(String name, boolean activity) {
        assertThat(ImpactHints.phrasedAsActivity(named(1, name, "", ""))).isEqualTo(activity);
    }

    @Test
    void theSameIndicatorUnderTwoGoalsIsCountedTwiceButNotWithinOneGoalOrWithAnotherSource() {
        Goal a = goal(1, Stage.FINANCIAL, named(10, "Revenue  from corporate contracts", "mRUB", "1C"),
                named(11, "NPS", "points", "survey"), named(12, "NPS", "points", "survey"));
        Goal b = goal(2, Stage.CUSTOMER, named(20, "revenue from corporate contracts", "mrub", "1c"),
                named(21, "NPS", "points", "call centre survey"));
        assertThat(ImpactHints.doubleCounted(List.of(a, b))).containsExactlyInAnyOrder(10L, 20L);
    }

    @Test
    void theStatementsOfASessionCarryBothHints() {
        ReviewSchedule s = ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1));
        Goal a = goal(1, Stage.FINANCIAL, named(10, "Revenue", "mRUB", "1C"));
        Goal b = goal(2, Stage.CUSTOMER, named(20, "Revenue", "mRUB", "1C"), named(21, "Launch the campaign", "", ""));
        List<ImpactStatement> all = new Checkins(s, List.of(), Set.of()).statements(List.of(a, b), Period.parse("2027-01"));
        assertThat(all).extracting(st -> st.indicator().id() + " " + st.hints()).containsExactly(
                "10 [DOUBLE_COUNTED]", "20 [DOUBLE_COUNTED]", "21 [ACTIVITY_NOT_CHANGE]");
    }
}
