package com.scorecardstudio;

import com.scorecardstudio.cli.CommandLineApp;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.i18n.Messages;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The entry point of the jar. Not an {@code Application} subclass, so that {@code java -jar} works
 * with JavaFX on the class path, and so that commands run without ever loading the JavaFX toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forCurrentUser();
        // before the first logger exists: the log file lives in the data folder
        System.setProperty("scorecard.logDir", paths.logDir().toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");

        Optional<Optional<String>> gui = CommandLineApp.guiDatabaseArgument(args);
        if (gui.isPresent()) {
            App.launchWith(gui.get());
            return;
        }
        System.exit(runCommand(paths, args));
    }

    static int runCommand(AppPaths paths, String[] args) {
        Settings settings = Settings.load(paths.settingsFile());
        Charset cs = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        return new CommandLineApp(paths, new Messages(settings.language()), Clock.systemDefaultZone(), out, err).run(args);
    }
}
