package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check-ins on a real H2 file: the schedule, actuals, the lock of a closed period and its log. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class CheckinRepositoryTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    private static final Period JAN = Period.parse("2027-01");
    private static final Period FEB = Period.parse("2027-02");

    @TempDir
    Path dir;
    private Database db;
    private Store store;
    private long sessionId;
    private long indicatorId;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("c.mv.db"));
        store = db.store(TestDatabases.tickingClock());
        sessionId = store.sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        Goal g = store.goals().insert(sessionId, new Goal(null, Stage.FINANCIAL, Stage.FINANCIAL.areas().get(0), "Revenue", "",
                "Anna", null, List.of(new Indicator(null, "Revenue", "kRUB", Direction.UP, new BigDecimal("100"), null,
                        new BigDecimal("200"), null, "", null, "", "", null, List.of())), List.of()), 0);
        indicatorId = g.indicators().get(0).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CheckinRepository repo() {
        return store.checkins();
    }

    @Test
    void withoutAScheduleThereIsNothingAndNothingCanBeRecorded() {
        assertThat(repo().read(sessionId).scheduled()).isFalse();
        assertThatThrownBy(() -> repo().save(sessionId, new Actual(indicatorId, JAN, BigDecimal.ONE, "")))
                .isInstanceOfSatisfying(CheckinRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckinRefusedException.Reason.NO_SCHEDULE));
    }

    @Test
    void anImportIsWrittenWholeOnlyWhileWhatItReplacesIsUnchanged() {
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1)));
        Actual jan1 = new Actual(indicatorId, JAN, BigDecimal.ONE, "");
        repo().save(sessionId, jan1);
        Actual jan2 = new Actual(indicatorId, JAN, new BigDecimal("2"), "owner");
        Actual feb3 = new Actual(indicatorId, FEB, new BigDecimal("3"), "");
        repo().saveAll(sessionId, List.of(jan1, new Actual(indicatorId, FEB, null, "")), List.of(jan2, feb3));
        assertThat(repo().read(sessionId).actuals()).containsExactly(jan2, feb3);

        // planned against JAN = 1, but JAN is 2 by now: nothing of it is written
        assertThatThrownBy(() -> repo().saveAll(sessionId, List.of(feb3, jan1),
                List.of(new Actual(indicatorId, FEB, BigDecimal.TEN, ""), new Actual(indicatorId, JAN, new BigDecimal("5"), ""))))
                .isInstanceOfSatisfying(CheckinRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckinRefusedException.Reason.CHANGED_MEANWHILE));
        assertThat(repo().read(sessionId).actuals()).containsExactly(jan2, feb3);

        repo().close(sessionId, JAN);
        assertThatThrownBy(() -> repo().saveAll(sessionId, List.of(feb3, jan2),
                List.of(new Actual(indicatorId, FEB, BigDecimal.TEN, ""), new Actual(indicatorId, JAN, new BigDecimal("5"), ""))))
                .isInstanceOfSatisfying(CheckinRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckinRefusedException.Reason.PERIOD_CLOSED));
        assertThat(repo().read(sessionId).actuals()).containsExactly(jan2, feb3);

        // an empty actual removes the one it replaces (the undo of an import)
        repo().saveAll(sessionId, List.of(feb3), List.of(new Actual(indicatorId, FEB, null, "")));
        assertThat(repo().read(sessionId).actuals()).containsExactly(jan2);
    }

    @Test
    void actualsAreStoredOnePerIndicatorAndPeriodWithTheirNotes() {
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 15)));
        repo().save(sessionId, new Actual(indicatorId, JAN, new BigDecimal("120.50"), "January sale"));
        repo().save(sessionId, new Actual(indicatorId, JAN, new BigDecimal("121"), "January sale, corrected"));
        repo().save(sessionId, new Actual(indicatorId, FEB, null, "figures next week"));
        Checkins c = repo().read(sessionId);
        assertThat(c.schedule()).isEqualTo(ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 15)));
        assertThat(c.actuals()).containsExactly(new Actual(indicatorId, JAN, new BigDecimal("121"), "January sale, corrected"),
                new Actual(indicatorId, FEB, null, "figures next week"));
        repo().save(sessionId, new Actual(indicatorId, FEB, null, "")); // emptied: gone
        assertThat(repo().read(sessionId).actuals()).hasSize(1);
    }

    @Test
    void aPeriodOutsideTheScheduleOrAnIndicatorOfAnotherSessionIsRefused() {
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1)));
        assertThatThrownBy(() -> repo().save(sessionId, new Actual(indicatorId, JAN, BigDecimal.ONE, "")))
                .isInstanceOfSatisfying(CheckinRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckinRefusedException.Reason.NOT_IN_SCHEDULE));
        assertThatThrownBy(() -> repo().save(sessionId, new Actual(indicatorId, Period.parse("2026-Q4"), BigDecimal.ONE, "")))
                .isInstanceOf(CheckinRefusedException.class);
        long other = store.sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Other")).id();
        repo().saveSchedule(other, ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1)));
        assertThatThrownBy(() -> repo().save(other, new Actual(indicatorId, Period.parse("2027-Q1"), BigDecimal.ONE, "")))
                .isInstanceOfSatisfying(CheckinRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckinRefusedException.Reason.UNKNOWN_INDICATOR));
        assertThat(repo().read(sessionId).actuals()).isEmpty();
    }

    @Test
    void aClosedPeriodIsLockedUntilAnExplicitLoggedUnlock() {
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1)));
        repo().save(sessionId, new Actual(indicatorId, JAN, new BigDecimal("110"), ""));
        repo().close(sessionId, JAN);
        repo().close(sessionId, JAN); // twice: one log line
        assertThatThrownBy(() -> repo().save(sessionId, new Actual(indicatorId, JAN, new BigDecimal("999"), "")))
                .isInstanceOfSatisfying(CheckinRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CheckinRefusedException.Reason.PERIOD_CLOSED);
                    assertThat(e.period()).isEqualTo(JAN);
                });
        // an import of several: all or nothing
        assertThatThrownBy(() -> repo().saveAll(sessionId, List.of(new Actual(indicatorId, FEB, new BigDecimal("130"), ""),
                new Actual(indicatorId, JAN, new BigDecimal("999"), "")))).isInstanceOf(CheckinRefusedException.class);
        Checkins c = repo().read(sessionId);
        assertThat(c.actuals()).containsExactly(new Actual(indicatorId, JAN, new BigDecimal("110"), ""));
        assertThat(c.isClosed(JAN)).isTrue();

        repo().unlock(sessionId, JAN, "  Accounting corrected January  ");
        repo().save(sessionId, new Actual(indicatorId, JAN, new BigDecimal("112"), "corrected"));
        assertThat(repo().read(sessionId).isClosed(JAN)).isFalse();
        assertThat(repo().log(sessionId)).extracting(e -> e.period().id() + " " + e.action() + " " + e.reason())
                .containsExactly("2027-01 close ", "2027-01 unlock Accounting corrected January");
    }

    @Test
    void theCadenceStaysOnceActualsAreRecordedAndTheStartCannotMovePastThem() {
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1)));
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1))); // nothing recorded yet
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1)));
        repo().save(sessionId, new Actual(indicatorId, FEB, new BigDecimal("110"), ""));
        assertThatThrownBy(() -> repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1))))
                .isInstanceOfSatisfying(CheckinRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckinRefusedException.Reason.SCHEDULE_HAS_ACTUALS));
        assertThatThrownBy(() -> repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 3, 1))))
                .isInstanceOf(CheckinRefusedException.class);
        assertThatThrownBy(() -> repo().clearSchedule(sessionId)).isInstanceOf(CheckinRefusedException.class);
        repo().saveSchedule(sessionId, new ReviewSchedule(Cadence.MONTHLY, LocalDate.of(2027, 2, 20), 6, 2)); // windows may change
        assertThat(repo().read(sessionId).schedule().afterWindow()).isEqualTo(6);
    }

    @Test
    void deletingAnIndicatorTakesItsActualsAndRestoreBringsThemBackUnderTheNewId() {
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1)));
        repo().save(sessionId, new Actual(indicatorId, JAN, new BigDecimal("110"), "n"));
        repo().close(sessionId, JAN);
        List<Actual> kept = repo().actualsOf(sessionId, indicatorId);
        Goal g = store.goals().list(sessionId).get(0);
        store.goals().deleteIndicator(indicatorId);
        assertThat(repo().read(sessionId).actuals()).isEmpty();
        long newId = store.goals().insertIndicator(g.id(), g.indicators().get(0), 0).id();
        repo().restore(newId, kept.stream().map(a -> new Actual(newId, a.period(), a.value(), a.note())).toList());
        assertThat(repo().read(sessionId).actuals()).containsExactly(new Actual(newId, JAN, new BigDecimal("110"), "n"));
    }

    @Test
    void deletingTheSessionTakesEverythingWithIt() throws Exception {
        repo().saveSchedule(sessionId, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2027, 1, 1)));
        repo().save(sessionId, new Actual(indicatorId, JAN, new BigDecimal("110"), ""));
        repo().close(sessionId, JAN);
        try (var st = db.connection().createStatement()) {
            st.execute("DELETE FROM SESSION WHERE ID = " + sessionId);
        }
        for (String table : java.util.List.of("CHECKIN_ACTUAL", "CHECKIN_SCHEDULE", "CHECKIN_PERIOD_CLOSED", "CHECKIN_LOG")) {
            try (var st = db.connection().createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                assertThat(rs.getLong(1)).as(table).isZero();
            }
        }
    }
}
