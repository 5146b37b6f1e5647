package com.scorecardstudio.checkinbook;

import com.scorecardstudio.cli.CommandLineApp;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A stand-in for a user under {@link CheckinImportKillTest}: {@code HOME DB SESSION FILE_A FILE_B}
 * imports the two workbooks in turn through the command line ({@code --keep theirs}, so each replaces
 * the other), acknowledging each finished import with {@code DONE n}, until it is killed.
 */
public final class ImportLoopDriver {
    private ImportLoopDriver() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (int i = 0; ; i++) {
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = new CommandLineApp(new AppPaths(Path.of(args[0])), new Messages(Language.EN), Clock.systemUTC(),
                    new PrintWriter(o), new PrintWriter(e)).run("--db", args[1], "checkin-import", "--session", args[2],
                    "--file", args[3 + i % 2], "--keep", "theirs");
            if (code != 0) {
                System.err.println(e);
                System.exit(3);
            }
            out.println("DONE " + i);
            out.flush();
        }
    }
}
