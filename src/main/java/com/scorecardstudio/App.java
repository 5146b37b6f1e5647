package com.scorecardstudio;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage to the composition root. */
public final class App extends Application {
    private AppContext context;

    /** Started before the toolkit, handed to the composition root in {@link #start}. */
    private static EarlyOpen early;

    static void launchWith(Optional<String> databaseArgument) {
        AppPaths paths = AppPaths.forCurrentUser();
        early = EarlyOpen.start(databaseFile(paths, databaseArgument), AppContext.libraries(Clock.systemDefaultZone()));
        Application.launch(App.class, databaseArgument.map(d -> new String[] {"--db", d}).orElse(new String[0]));
    }

    /** The file to open first: {@code --db}'s, or the default one (also when {@code --db} names a team workspace). */
    private static Path databaseFile(AppPaths paths, Optional<String> argument) {
        return argument.filter(a -> !com.scorecardstudio.config.ServerAddress.looksLikeServer(a)).map(AppPaths::databaseFile)
                .orElse(paths.defaultDatabase());
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.forCurrentUser();
        List<String> raw = getParameters().getRaw();
        Path db = databaseFile(paths, raw.size() == 2 ? Optional.of(raw.get(1)) : Optional.empty());
        Settings settings = Settings.load(paths.settingsFile());
        context = new AppContext(paths, db, settings, Clock.systemDefaultZone(), early);
        if (raw.size() == 2 && com.scorecardstudio.config.ServerAddress.looksLikeServer(raw.get(1))) {
            // --db postgresql://…: the window opens on this computer's file and asks for the workspace's password
            settings.setTeamWorkspace(raw.get(1).strip());
            context.connectAtStart();
        }
        context.start(stage);
        StartupProbe.onFirstWindow(stage);
        if (TrainingRun.enabled()) {
            TrainingRun.walk(stage);
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}
