package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary --session ID [--lang en|ru]}: the Markdown a facilitator pastes into an e-mail. */
class SummaryCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLineApp cli = new CommandLineApp(new AppPaths(dir.resolve("home")), new Messages(Language.EN),
                TestDatabases.fixedClock(), new PrintWriter(out), new PrintWriter(err));
        return cli.run(args);
    }

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    private String demo(String lang) {
        assertThat(run("--db", db(), "demo", "--lang", lang)).isZero();
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void anUnknownSessionFailsWithOneLocalizedLine() {
        demo("en");
        assertThat(run("--db", db(), "summary", "--session", "987654")).isEqualTo(1);
        assertThat(err.toString().strip().lines()).containsExactly("There is no session with id 987654.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingOrMalformedSessionIsAUsageError() {
        assertThat(run("--db", db(), "summary")).isEqualTo(2);
        assertThat(err.toString()).contains("--session").contains("Usage:");
        assertThat(run("--db", db(), "summary", "--session", "abc")).isEqualTo(2);
        assertThat(run("--db", db(), "summary", "--session", "1", "--lang", "de")).isEqualTo(2);
    }

    @Test
    void theUsageListsTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("summary").contains("Prints a session as Markdown");
    }
}
