package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clients} and {@code import-clients} as scripts use them: formats, stderr lines and exit codes. */
class ClientCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Language language, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLineApp cli = new CommandLineApp(new AppPaths(dir.resolve("home")), new Messages(language),
                TestDatabases.fixedClock(), new PrintWriter(out), new PrintWriter(err));
        return cli.run(args);
    }

    private int run(String... args) {
        return run(Language.EN, args);
    }

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    private static String fixture(String name) {
        try {
            return Path.of(ClientCommandsTest.class.getResource("/import/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String demo(String lang) {
        assertThat(run("--db", db(), "demo", "--lang", lang)).isZero();
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void clientsListsTheDemoWithScoresCellsAndZones() {
        String id = demo("en");
        assertThat(run("--db", db(), "clients", "--session", id)).isZero();
        assertThat(err.toString()).isEmpty();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(25);
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(5);
            assertThat(f[1]).matches("[1-5]\\.\\d\\d");
            assertThat(f[2]).matches("|[1-5]\\.\\d\\d");
            assertThat(f[3]).matches("-|(low|medium|high)/(weak|medium|strong)");
            assertThat(f[4]).matches("-|protect_revenue|invest_selectively|build_loyalty|deepen_relationship");
        }
        assertThat(lines).contains("Northern Shield Insurance\t4.80\t4.60\thigh/strong\tdeepen_relationship");
        assertThat(lines).contains("Meridian Shipping\t3.60\t\t-\t-");
        assertThat(lines.stream().map(l -> l.split("\t", -1)[3]).filter(c -> !c.equals("-")).distinct()).hasSize(9);

        // the same numbers with a point in Russian
        String ru = demo("ru");
        assertThat(run(Language.RU, "--db", db(), "clients", "--session", ru)).isZero();
        assertThat(out.toString()).contains("СК «Северный щит»\t4.80\t4.60\thigh/strong\tdeepen_relationship");
    }

    @Test
    void aNameWithOtherSpacesOrCaseUpdatesTheClientOfThatNameInsteadOfAddingOne() throws Exception {
        String id = demo("en");
        Path csv = dir.resolve("same-names.csv");
        // no-break, narrow no-break, ideographic spaces and a tab, upper case, a trailing no-break space
        java.nio.file.Files.writeString(csv, "name,revenue\n\"NORTHERN\u00A0Shield\u202FInsurance\u00A0\",1\n"
                + "\"Meridian\u3000\tshipping\",2\n");
        assertThat(run("--db", db(), "import-clients", "--session", id, "--file", csv.toString())).isZero();
        assertThat(out.toString()).startsWith("Imported: 0, updated: 2, rejected: 0.");
        assertThat(run("--db", db(), "clients", "--session", id)).isZero();
        assertThat(out.toString().lines()).hasSize(25);
    }

    @Test
    void importClientsPrintsCountsAndEachRejectedRowOnStderr() {
        String id = demo("en");
        assertThat(run("--db", db(), "import-clients", "--session", id, "--file", fixture("invalid-rows.csv"))).isZero();
        assertThat(out.toString()).startsWith("Imported: 3, updated: 0, rejected: 7.");
        List<String> rejected = err.toString().lines().toList();
        assertThat(rejected).hasSize(7);
        assertThat(rejected.get(0)).isEqualTo("Row 3: no client name");
        assertThat(rejected.get(6)).startsWith("Row 12: ");

        // again: the same three rows now update; an import that changes nothing exits with 1
        assertThat(run("--db", db(), "import-clients", "--session", id, "--file", fixture("invalid-rows.csv"))).isZero();
        assertThat(out.toString()).startsWith("Imported: 0, updated: 3, rejected: 7.");
        assertThat(run("--db", db(), "import-clients", "--session", id, "--file", fixture("empty.csv"))).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(run("--db", db(), "clients", "--session", id)).isZero();
        assertThat(out.toString()).contains("Good Two\t5.00\t5.00\thigh/strong\tdeepen_relationship");
    }

    @Test
    void hostileOrUselessFilesFailWithOneLine() {
        String id = demo("en");
        assertThat(run("--db", db(), "import-clients", "--session", id, "--file", fixture("zip-bomb.xlsx"))).isEqualTo(1);
        assertThat(err.toString().strip().lines().toList()).singleElement().asString().contains("zip bomb");
        assertThat(run("--db", db(), "import-clients", "--session", id, "--file", fixture("no-name-column.csv"))).isEqualTo(1);
        assertThat(err.toString()).contains("No column holds the client name").contains("company, revenue");
        assertThat(run(Language.RU, "--db", db(), "import-clients", "--session", id, "--file", dir.resolve("nope.csv").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("не существует");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownSessionsAndMissingOptions() {
        demo("en"); // a database that exists: a missing one is refused as such (issue 19, F13)
        assertThat(run("--db", db(), "clients", "--session", "999")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("There is no session with id 999.");
        assertThat(run("--db", db(), "import-clients", "--session", "999", "--file", fixture("utf8.csv"))).isEqualTo(1);
        assertThat(run("--db", db(), "clients")).isEqualTo(2);
        assertThat(err.toString()).contains("--session");
        assertThat(run("--db", db(), "import-clients", "--session", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--file");
        assertThat(run("--db", db(), "clients", "--session", "abc")).isEqualTo(2);
        assertThat(run("--db", db(), "clients", "--help")).isZero();
        assertThat(out.toString()).contains("Lists the clients of a session").doesNotContain("''");
    }

    @Test
    void theClientCommandsRunWithoutLoadingJavaFx() throws Exception {
        Path home = dir.resolve("home");
        ChildJvm.Result demo = ChildJvm.run(home, "--db", db(), "demo");
        assertThat(demo.exitCode()).isZero();
        String id = demo.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
        ChildJvm.Result r = ChildJvm.run(home, List.of("-verbose:class"), "--db", db(), "import-clients", "--session", id,
                "--file", fixture("clients.xlsx"));
        assertThat(r.exitCode()).isZero();
        // Orion Software is in the demo already: updated
        assertThat(r.stdout()).contains("Imported: 1, updated: 1, rejected: 2.");
        ChildJvm.Result list = ChildJvm.run(home, List.of("-verbose:class"), "--db", db(), "clients", "--session", id);
        assertThat(list.exitCode()).isZero();
        for (ChildJvm.Result x : List.of(r, list)) {
            assertThat(x.stdout().lines().filter(l -> l.contains("[class,load] javafx.") || l.contains("[class,load] com.sun.javafx")))
                    .isEmpty();
        }
    }
}
