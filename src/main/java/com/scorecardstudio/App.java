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

    static void launchWith(Optional<String> databaseArgument) {
        Application.launch(App.class, databaseArgument.map(d -> new String[] {"--db", d}).orElse(new String[0]));
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.forCurrentUser();
        List<String> raw = getParameters().getRaw();
        Path db = raw.size() == 2 ? AppPaths.databaseFile(raw.get(1)) : paths.defaultDatabase();
        context = new AppContext(paths, db, Settings.load(paths.settingsFile()), Clock.systemDefaultZone());
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
