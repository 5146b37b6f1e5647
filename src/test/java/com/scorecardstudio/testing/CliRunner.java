package com.scorecardstudio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.cli.CommandLineApp;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process, as a script would, on a database file in {@code dir}; keeps what it printed. */
public final class CliRunner {
    private final Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    public CliRunner(Path dir) {
        this.dir = dir;
    }

    /** Runs one command in English; stdout and stderr start empty each time. */
    public int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLineApp cli = new CommandLineApp(new AppPaths(dir.resolve("home")), new Messages(Language.EN),
                TestDatabases.fixedClock(), new PrintWriter(out), new PrintWriter(err));
        return cli.run(args);
    }

    public String db() {
        return dir.resolve("test.mv.db").toString();
    }

    /** Creates the demo session in {@code lang}; returns its id. */
    public String demo(String lang) {
        assertThat(run("--db", db(), "demo", "--lang", lang)).isZero();
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
