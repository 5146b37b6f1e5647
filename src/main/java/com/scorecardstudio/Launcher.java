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
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

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
        System.setProperty(com.scorecardstudio.config.LogSetup.LOG_DIR_PROPERTY, paths.logDir().toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // the replay note that background set-up causes is SLF4J's own chatter: nothing on the console
        System.setProperty("slf4j.internal.verbosity", "ERROR");

        Optional<Optional<String>> gui = CommandLineApp.guiDatabaseArgument(args);
        if (gui.isEmpty() && isSessionFile(args)) {
            gui = Optional.of(Optional.empty());
        }
        if (TrainingRun.enabled()) {
            TrainingRun.commandLine(paths); // then the window, on the database the commands filled
            gui = Optional.of(Optional.empty());
        }
        if (gui.isPresent()) {
            configureLoggingInBackground();
            App.launchWith(gui.get());
            return;
        }
        ProcessProbe.onCommandExit();
        System.exit(runCommand(paths, args));
    }

    /**
     * A lone {@code .scorecard} file is what the desktop hands over when the user opens one (the
     * installers associate the type with the app): start the app rather than fail as an unknown
     * command. Opening the session in it comes with the portable-session format.
     */
    static boolean isSessionFile(String[] args) {
        return args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".scorecard");
    }

    /**
     * Sets up logging ({@code config/LogSetup}) on a thread of its own while JavaFX starts: setting up logging costs a few
     * hundred milliseconds of class loading and XML parsing that the first window need not wait
     * for. Loggers asked for in the meantime are SLF4J's stand-ins, which pass on to the real ones
     * once logging is ready (and replay what was logged meanwhile).
     */
    private static void configureLoggingInBackground() {
        Thread init = new Thread(LoggerFactory::getILoggerFactory, "logging-setup");
        init.setDaemon(true);
        init.start();
    }

    static int runCommand(AppPaths paths, String[] args) {
        Charset cs = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        return runCommand(paths, args, out, err);
    }

    static int runCommand(AppPaths paths, String[] args, PrintWriter out, PrintWriter err) {
        Settings settings = Settings.load(paths.settingsFile());
        return new CommandLineApp(paths, new Messages(settings.language()), Clock.systemDefaultZone(), out, err).run(args);
    }
}
