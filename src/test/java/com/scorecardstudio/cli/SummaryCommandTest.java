package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.Markdown;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.CliRunner;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary --session ID [--lang en|ru]}: the Markdown a facilitator pastes into an e-mail. */
class SummaryCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @org.junit.jupiter.api.BeforeEach
    void cli() {
        cli = new CliRunner(dir);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String db() {
        return cli.db();
    }

    private String demo(String lang) {
        return cli.demo(lang);
    }

    private List<Goal> goals(String sessionId) throws Exception {
        try (Database db = TestDatabases.open(Path.of(db()))) {
            return new GoalRepository(db.dsl()).list(Long.parseLong(sessionId));
        }
    }

    @Test
    void theDemoSummaryHasEveryStageInOrderEveryAreaAndEveryGoal() throws Exception {
        for (Language language : Language.values()) {
            String id = demo(language.code());
            assertThat(run("--db", db(), "summary", "--session", id, "--lang", language.code())).isZero();
            assertThat(cli.err()).isEmpty();
            String md = cli.out();
            Messages m = new Messages(language);
            List<String> lines = md.lines().toList();
            assertThat(lines.get(0)).startsWith("# ").contains("2027");

            List<String> expectedHeadings = new java.util.ArrayList<>();
            for (Stage stage : Stage.values()) {
                expectedHeadings.add("## " + Markdown.inline(m.get("stage." + stage.key() + ".full")));
                stage.areas().forEach(a -> expectedHeadings.add("### " + Markdown.inline(m.get("area." + stage.key() + "." + a))));
            }
            List<String> headings = lines.stream().filter(l -> l.startsWith("## ") || l.startsWith("### "))
                    .takeWhile(l -> !l.equals("## " + m.get("map.md.title"))).toList();
            assertThat(headings).as(language.code()).containsExactlyElementsOf(expectedHeadings);
            // after the stages, the map's links, the client matrix (a 3x3 table of the demo's clients), the parking lot
            int links = lines.indexOf("## " + m.get("map.md.title"));
            int matrix = lines.indexOf("## " + m.get("scoring.md.title"));
            assertThat(links).as(language.code()).isGreaterThan(0).isLessThan(matrix);
            assertThat(matrix).as(language.code()).isLessThan(lines.indexOf("## " + m.get("summary.parking.title")));
            assertThat(lines.subList(links, matrix)).filteredOn(l -> l.startsWith("- **") && l.contains("** → **")).hasSize(16);
            assertThat(lines.subList(matrix, lines.size())).filteredOn(l -> l.startsWith("| **")).hasSize(3);

            List<Goal> goals = goals(id);
            assertThat(goals).hasSizeGreaterThanOrEqualTo(14);
            for (Goal g : goals) {
                assertThat(lines).as(g.title()).anyMatch(l -> l.startsWith("- **" + Markdown.inline(g.title()) + "** — "));
                g.indicators().forEach(i -> assertThat(lines).anyMatch(l -> l.startsWith("  - ") && l.contains("**" + Markdown.inline(i.name()) + "**")));
                g.initiatives().forEach(i -> assertThat(lines).anyMatch(l -> l.startsWith("  - ") && l.contains("**" + Markdown.inline(i.title()) + "**")));
            }
            // every area of the demo has goals, so none says it is empty
            assertThat(md).doesNotContain(m.get("summary.area.empty"));
            assertThat(md).contains("## " + m.get("summary.parking.title")).endsWith("\n").doesNotEndWith("\n\n");
        }
    }

    @Test
    void pipedOutputIsUtf8AndNoJavaFxIsLoaded() throws Exception {
        ChildJvm.Result demo = ChildJvm.run(dir.resolve("home"), "--db", db(), "demo", "--lang", "ru");
        assertThat(demo.exitCode()).isZero();
        String id = demo.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
        ChildJvm.Result r = ChildJvm.run(dir.resolve("home"), List.of("-verbose:class"), "--db", db(), "summary", "--session", id,
                "--lang", "ru");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).contains("# Стратегическая сессия 2027").contains("## Этап роста и обучения сотрудников и IT-стека")
                .contains("### Комплексность предложения");
        assertThat(r.stdout().lines().filter(l -> l.contains("[class,load] javafx.") || l.contains("[class,load] com.sun.javafx")))
                .isEmpty();
    }

    @Test
    void anUnknownSessionFailsWithOneLocalizedLine() {
        demo("en");
        assertThat(run("--db", db(), "summary", "--session", "987654")).isEqualTo(1);
        assertThat(cli.err().strip().lines()).containsExactly("There is no session with id 987654.");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aMissingOrMalformedSessionIsAUsageError() {
        assertThat(run("--db", db(), "summary")).isEqualTo(2);
        assertThat(cli.err()).contains("--session").contains("Usage:");
        assertThat(run("--db", db(), "summary", "--session", "abc")).isEqualTo(2);
        assertThat(run("--db", db(), "summary", "--session", "1", "--lang", "de")).isEqualTo(2);
    }

    @Test
    void theUsageListsTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(cli.out()).contains("summary").contains("Prints a session as Markdown");
    }
}
