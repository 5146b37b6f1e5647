package com.scorecardstudio.domain.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status rule, table-tested: direction up and down, no target date, no actual, holding a level. */
class StatusRuleTest {
    private static final LocalDate SCHEDULE_START = LocalDate.of(2027, 1, 1);

    static Indicator indicator(String direction, String baseline, String target, String baselineDate, String targetDate) {
        return new Indicator(7L, "Repeat visits", "%", Direction.valueOf(direction), num(baseline), date(baselineDate),
                num(target), date(targetDate), "", null, "", "", null, List.of());
    }

    static BigDecimal num(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    /**
     * Baseline 2027-01-01, target 2027-12-31 unless given; the period is a month (its last day is
     * the moment judged). Half the year gone by the end of June (expected ≈ 0.50).
     */
    @ParameterizedTest(name = "{0}: {1}→{2}, actual {5} in {6} ⇒ {7} ({8})")
    @CsvSource(nullValues = "null", value = {
            // dir,  base, target, baseDate,    targetDate,  actual, period,  status,     reason
            "UP,    10,   20,     2027-01-01,  2027-12-31,  15,     2027-06, ON_TRACK,   PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  14,     2027-06, ON_TRACK,   PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  13.5,   2027-06, AT_RISK,    PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  12,     2027-06, OFF_TRACK,  PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  20,     2027-02, ON_TRACK,   TARGET_REACHED",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  25,     2028-06, ON_TRACK,   TARGET_REACHED",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  19,     2028-03, ON_TRACK,   PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  18,     2028-03, AT_RISK,    PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  17,     2028-03, OFF_TRACK,  PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  10,     2027-01, ON_TRACK,   PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  9.9,    2027-01, AT_RISK,    PACE",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  8,      2027-06, OFF_TRACK,  PACE",
            "DOWN,  30,   20,     2027-01-01,  2027-12-31,  25,     2027-06, ON_TRACK,   PACE",
            "DOWN,  30,   20,     2027-01-01,  2027-12-31,  28,     2027-06, OFF_TRACK,  PACE",
            "DOWN,  30,   20,     2027-01-01,  2027-12-31,  18,     2027-03, ON_TRACK,   TARGET_REACHED",
            "DOWN,  30,   20,     2027-01-01,  2027-12-31,  31,     2027-01, AT_RISK,    PACE",
            "UP,    10,   20,     2027-01-01,  null,        15,     2027-06, AT_RISK,    NO_TARGET_DATE",
            "UP,    10,   20,     2027-01-01,  null,        20,     2027-06, ON_TRACK,   TARGET_REACHED",
            "DOWN,  30,   20,     2027-01-01,  null,        35,     2027-06, OFF_TRACK,  NO_TARGET_DATE",
            "UP,    10,   20,     null,        2027-12-31,  15,     2027-06, ON_TRACK,   PACE",
            "UP,    10,   10,     2027-01-01,  2027-12-31,  10,     2027-06, ON_TRACK,   HOLD_LEVEL",
            "UP,    10,   10,     2027-01-01,  2027-12-31,  9,      2027-06, OFF_TRACK,  HOLD_LEVEL",
            "DOWN,  5,    5,      2027-01-01,  2027-12-31,  4,      2027-06, ON_TRACK,   HOLD_LEVEL",
            "DOWN,  5,    5,      2027-01-01,  2027-12-31,  6,      2027-06, OFF_TRACK,  HOLD_LEVEL",
            "UP,    10,   20,     2027-01-01,  2027-12-31,  null,   2027-06, NOT_RATED,  NO_ACTUAL",
            "UP,    null, 20,     2027-01-01,  2027-12-31,  15,     2027-06, NOT_RATED,  NO_BASELINE",
            "UP,    10,   null,   2027-01-01,  2027-12-31,  15,     2027-06, NOT_RATED,  NO_TARGET",
            "DOWN,  10,   20,     2027-01-01,  2027-12-31,  15,     2027-06, NOT_RATED,  TARGET_AGAINST_DIRECTION",
            "UP,    30,   20,     2027-01-01,  2027-12-31,  25,     2027-06, NOT_RATED,  TARGET_AGAINST_DIRECTION",
            "UP,    10,   20,     2027-06-01,  2027-01-01,  15,     2027-06, OFF_TRACK,  PACE",
    })
    void statusFromProgressAgainstTime(String dir, String base, String target, String baseDate, String targetDate,
                                       String actual, String period, Status status, Assessment.Reason reason) {
        Assessment a = StatusRule.DEFAULT.assess(indicator(dir, base, target, baseDate, targetDate), Period.parse(period),
                num(actual), SCHEDULE_START);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.reason()).isEqualTo(reason);
    }
}
