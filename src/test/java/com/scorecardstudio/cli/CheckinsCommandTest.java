package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.testing.CliRunner;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code checkins --session ID [--period P]} and the summary's {@code ## Results}, on the demo session. */
class CheckinsCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void cli() {
        cli = new CliRunner(dir);
    }

    /** The demo's first indicator with a baseline and a target, and how many indicators it has. */
    private record Demo(long session, Indicator indicator, Goal goal, int indicators) {
    }

    private Demo demoWithActual(String lang) throws Exception {
        long id = Long.parseLong(cli.demo(lang));
        try (Database db = TestDatabases.open(Path.of(cli.db()))) {
            Store store = db.store(TestDatabases.fixedClock());
            List<Goal> goals = store.goals().list(id);
            Goal goal = goals.stream().filter(g -> g.indicators().stream()
                    .anyMatch(i -> i.baselineValue() != null && i.targetValue() != null)).findFirst().orElseThrow();
            Indicator ind = goal.indicators().stream().filter(i -> i.baselineValue() != null && i.targetValue() != null)
                    .findFirst().orElseThrow();
            store.checkins().saveSchedule(id, ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1)));
            store.checkins().save(id, new Actual(ind.id(), Period.parse("2027-Q1"), ind.targetValue(), "after the new price list"));
            int count = goals.stream().mapToInt(g -> g.indicators().size()).sum();
            return new Demo(id, ind, goal, count);
        }
    }

    @Test
    void oneLinePerIndicatorWithItsStatusInTheCurrentPeriod() throws Exception {
        Demo demo = demoWithActual("en");
        assertThat(cli.run("--db", cli.db(), "checkins", "--session", String.valueOf(demo.session()))).isZero();
        assertThat(cli.err()).isEmpty();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(demo.indicators());
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(9);
            assertThat(f[0]).as("before the schedule starts: its first period").isEqualTo("2027-Q1");
            assertThat(f[1]).matches("\\d+");
            assertThat(f[5]).matches("|-?\\d+(\\.\\d+)?");
            assertThat(f[8]).matches("on_track|at_risk|off_track|not_rated");
        }
        String mine = lines.stream().filter(l -> l.split("\t")[1].equals(String.valueOf(demo.indicator().id()))).findFirst()
                .orElseThrow();
        assertThat(mine.split("\t", -1)[7]).isEqualTo(demo.indicator().targetValue().toPlainString());
        assertThat(mine).endsWith("\ton_track");
        assertThat(mine.split("\t", -1)[2]).isEqualTo(demo.goal().title());

        assertThat(cli.run("--db", cli.db(), "checkins", "--session", String.valueOf(demo.session()), "--period", "2027-Q2")).isZero();
        assertThat(cli.out().lines()).allMatch(l -> l.startsWith("2027-Q2\t")).allMatch(l -> l.endsWith("\tnot_rated"));
    }

    @Test
    void aBadPeriodAnotherCadenceNoScheduleOrNoSessionAreOneLineAndExitOne() throws Exception {
        Demo demo = demoWithActual("en");
        String id = String.valueOf(demo.session());
        assertThat(cli.run("--db", cli.db(), "checkins", "--session", id, "--period", "2027-13")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("Not a review period: 2027-13. Write YYYY-MM (2027-03) or YYYY-Qn (2027-Q1).");
        assertThat(cli.out()).isEmpty();
        assertThat(cli.run("--db", cli.db(), "checkins", "--session", id, "--period", "2027-03")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("2027-03 is not one of this session's review periods: they are quarterly, from 2027-Q1.");
        assertThat(cli.run("--db", cli.db(), "checkins", "--session", id, "--period", "2026-Q4")).isEqualTo(1);
        assertThat(cli.run("--db", cli.db(), "checkins", "--session", "999")).isEqualTo(1);
        assertThat(cli.err().lines()).hasSize(1);
        String other = cli.demo("ru");
        assertThat(cli.run("--db", cli.db(), "checkins", "--session", other)).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("Session " + other + " has no review periods yet.");
    }

    @Test
    void theSummaryGainsAResultsSectionAndIsOtherwiseUnchanged() throws Exception {
        String plain = cli.demo("ru");
        assertThat(cli.run("--db", cli.db(), "summary", "--session", plain, "--lang", "ru")).isZero();
        String before = cli.out();
        assertThat(before).doesNotContain("## Результаты");

        Demo demo = demoWithActual("ru");
        assertThat(cli.run("--db", cli.db(), "summary", "--session", String.valueOf(demo.session()), "--lang", "ru")).isZero();
        String after = cli.out();
        int start = after.indexOf("\n\n## Результаты\n");
        assertThat(start).isPositive();
        int end = after.indexOf("\n## ", start + 3);
        assertThat(end).as("the parking lot still comes last").isPositive();
        String results = after.substring(start, end - 1); // "\n\n## Результаты …" up to the blank line before the next section
        assertThat(results).contains("Период замера 2027-Q1 (ежеквартально с ")
                .contains("- До: ").contains("- После: ").contains("- Изменение: ").contains("- Масштаб: ")
                .contains("- Устойчивость: пока рано судить: достигнут в 2027-Q1, с тех пор прошло 0 из 3 периодов")
                .contains("**в графике**").contains("В графике: 1 из 1 оценённых");
        // the rest of the summary is what it was for the same demo content, section for section
        assertThat(after.replace(results, "")).isEqualTo(before);
    }
}
