package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.testing.CliRunner;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code next-year --session ID}: next year's session from the demo after a year of check-ins, on a real H2 file. */
class NextYearCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void cli() {
        cli = new CliRunner(dir);
    }

    /** The demo with quarterly check-ins through 2027-Q3 on its first indicator; returns that indicator. */
    private Indicator checkedIn(long session) throws Exception {
        try (Database db = TestDatabases.open(Path.of(cli.db()))) {
            Store store = db.store(TestDatabases.fixedClock());
            Indicator ind = store.goals().list(session).stream().flatMap(g -> g.indicators().stream())
                    .filter(i -> i.baselineValue() != null).findFirst().orElseThrow();
            store.checkins().saveSchedule(session, ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1)));
            store.checkins().saveAll(session, List.of(
                    new Actual(ind.id(), Period.parse("2027-Q1"), new BigDecimal("101.5"), ""),
                    new Actual(ind.id(), Period.parse("2027-Q3"), new BigDecimal("123.25"), "after the price change")));
            return ind;
        }
    }

    @Test
    void startsNextYearFromTheLatestActualsAndLeavesLastYearAsItWas() throws Exception {
        long old = Long.parseLong(cli.demo("en"));
        Indicator ind = checkedIn(old);
        assertThat(cli.run("--db", cli.db(), "summary", "--session", String.valueOf(old))).isZero();
        String lastYearBefore = cli.out();

        assertThat(cli.run("--db", cli.db(), "next-year", "--session", String.valueOf(old))).isZero();
        assertThat(cli.err()).isEmpty();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        long next = Long.parseLong(lines.get(1));
        assertThat(next).isNotEqualTo(old);
        assertThat(lines.get(0)).startsWith("Started the session “").contains("with their latest measured value as the new baseline");

        assertThat(cli.run("--db", cli.db(), "summary", "--session", String.valueOf(old))).isZero();
        assertThat(cli.out()).as("last year's session is only read").isEqualTo(lastYearBefore);

        try (Database db = TestDatabases.open(Path.of(cli.db()))) {
            Store store = db.store(TestDatabases.fixedClock());
            List<Goal> oldGoals = store.goals().list(old);
            List<Goal> newGoals = store.goals().list(next);
            assertThat(newGoals).extracting(Goal::title).containsExactlyElementsOf(oldGoals.stream().map(Goal::title).toList());
            assertThat(newGoals).allMatch(g -> g.votes().isEmpty());
            assertThat(oldGoals).as("the demo's dots stay with last year").anyMatch(g -> !g.votes().isEmpty());
            Indicator carried = newGoals.stream().flatMap(g -> g.indicators().stream())
                    .filter(i -> i.name().equals(ind.name())).findFirst().orElseThrow();
            assertThat(carried.baselineValue()).isEqualByComparingTo("123.25");
            assertThat(carried.baselineDate()).isEqualTo(LocalDate.of(2027, 9, 30));
            assertThat(store.map().read(next).links()).hasSameSizeAs(store.map().read(old).links());

            Checkins nextCheckins = store.checkins().read(next);
            assertThat(nextCheckins.actuals()).isEmpty();
            assertThat(nextCheckins.schedule().first()).isEqualTo(Period.parse("2027-Q4"));
            assertThat(store.checkins().read(old).actuals()).hasSize(2);
            assertThat(store.sessions().find(next).orElseThrow().horizonYear())
                    .isEqualTo(store.sessions().find(old).orElseThrow().horizonYear() + 1);
        }
        assertThat(cli.run("--db", cli.db(), "sessions")).isZero();
        assertThat(cli.out().lines()).hasSize(2);
    }

    @Test
    void anUnknownSessionIsOneLineExitOneAndAddsNothing() throws Exception {
        cli.demo("ru");
        assertThat(cli.run("--db", cli.db(), "next-year", "--session", "999")).isEqualTo(1);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.run("--db", cli.db(), "sessions")).isZero();
        assertThat(cli.out().lines()).hasSize(1);
    }

    @Test
    void speaksRussianInARussianApp() throws Exception {
        long old = Long.parseLong(cli.demo("ru"));
        java.io.StringWriter out = new java.io.StringWriter();
        CommandLineApp russian = new CommandLineApp(new com.scorecardstudio.config.AppPaths(dir.resolve("home")),
                new com.scorecardstudio.i18n.Messages(com.scorecardstudio.config.Language.RU), TestDatabases.fixedClock(),
                new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(russian.run("--db", cli.db(), "next-year", "--session", String.valueOf(old))).isZero();
        assertThat(out.toString().lines().findFirst().orElseThrow()).startsWith("Начата сессия «")
                .contains("целей — ").contains("показателей — ");
    }
}
