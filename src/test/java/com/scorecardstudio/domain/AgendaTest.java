package com.scorecardstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ahead / behind plan from the time spent on each part of the day. */
class AgendaTest {
    private static final Map<Stage, Integer> STAGES = Map.of(Stage.FINANCIAL, 60, Stage.INTERNAL_PROCESSES, 60,
            Stage.CUSTOMER, 90, Stage.LEARNING_GROWTH, 45);
    private final Agenda agenda = new Agenda(STAGES, Map.of(Stage.FINANCIAL, 15, Stage.INTERNAL_PROCESSES, 45));
    private final Map<Agenda.Part, Duration> spent = new HashMap<>();

    private long delayMinutes(Agenda.Part current) {
        return agenda.delay(spent, current).toMinutes();
    }

    @Test
    void theDayIsTheStagesWithTheirBreaksInOrder() {
        assertThat(agenda.parts()).containsExactly(Agenda.Part.stage(Stage.FINANCIAL), Agenda.Part.breakAfter(Stage.FINANCIAL),
                Agenda.Part.stage(Stage.INTERNAL_PROCESSES), Agenda.Part.breakAfter(Stage.INTERNAL_PROCESSES),
                Agenda.Part.stage(Stage.CUSTOMER), Agenda.Part.stage(Stage.LEARNING_GROWTH));
        assertThat(agenda.totalMinutes()).isEqualTo(60 + 15 + 60 + 45 + 90 + 45);
    }

    @Test
    void aStageWithinItsTimeIsOnPlanAndOverItIsBehind() {
        spent.put(Agenda.Part.stage(Stage.FINANCIAL), Duration.ofMinutes(40));
        assertThat(delayMinutes(Agenda.Part.stage(Stage.FINANCIAL))).isZero();
        spent.put(Agenda.Part.stage(Stage.FINANCIAL), Duration.ofMinutes(72));
        assertThat(delayMinutes(Agenda.Part.stage(Stage.FINANCIAL))).isEqualTo(12);
    }

    @Test
    void aStageFinishedEarlyPutsTheSessionAheadAndABreakTooLongTakesItBack() {
        spent.put(Agenda.Part.stage(Stage.FINANCIAL), Duration.ofMinutes(50));
        spent.put(Agenda.Part.breakAfter(Stage.FINANCIAL), Duration.ofMinutes(5));
        assertThat(delayMinutes(Agenda.Part.breakAfter(Stage.FINANCIAL))).isEqualTo(-10);
        spent.put(Agenda.Part.breakAfter(Stage.FINANCIAL), Duration.ofMinutes(22));
        assertThat(delayMinutes(Agenda.Part.breakAfter(Stage.FINANCIAL))).isEqualTo(-10 + 7);
        spent.put(Agenda.Part.stage(Stage.INTERNAL_PROCESSES), Duration.ofMinutes(1));
        assertThat(delayMinutes(Agenda.Part.stage(Stage.INTERNAL_PROCESSES))).isEqualTo(-3);
    }

    @Test
    void aSkippedBreakPutsTheSessionAheadByItsMinutes() {
        spent.put(Agenda.Part.stage(Stage.FINANCIAL), Duration.ofMinutes(60));
        spent.put(Agenda.Part.stage(Stage.INTERNAL_PROCESSES), Duration.ofMinutes(10));
        assertThat(delayMinutes(Agenda.Part.stage(Stage.INTERNAL_PROCESSES))).isEqualTo(-15);
    }

    @Test
    void anUnplannedBreakCountsAsTimeBehind() {
        spent.put(Agenda.Part.stage(Stage.CUSTOMER), Duration.ofMinutes(20));
        spent.put(Agenda.Part.breakAfter(Stage.CUSTOMER), Duration.ofMinutes(10));
        // everything before the customer stage counts as done in its time; the customer stage is done too
        long expected = (20 + 10) - (60 + 15 + 60 + 45 + 90);
        assertThat(delayMinutes(Agenda.Part.breakAfter(Stage.CUSTOMER))).isEqualTo(expected);
        assertThat(Agenda.total(spent)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void breaksAreClampedAndZeroMeansNone() {
        Agenda a = new Agenda(STAGES, Map.of(Stage.CUSTOMER, -5, Stage.LEARNING_GROWTH, 9999));
        assertThat(a.plannedMinutes(Agenda.Part.breakAfter(Stage.CUSTOMER))).isZero();
        assertThat(a.plannedMinutes(Agenda.Part.breakAfter(Stage.LEARNING_GROWTH))).isEqualTo(Agenda.MAX_BREAK_MINUTES);
        assertThat(a.parts()).doesNotContain(Agenda.Part.breakAfter(Stage.CUSTOMER));
    }
}
