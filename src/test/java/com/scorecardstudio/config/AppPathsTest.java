package com.scorecardstudio.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private final Path home = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(AppPaths.defaultDataDir("Linux", Map.of(), home)).isEqualTo(Path.of("/home/anna/.local/share/scorecard-studio"));
        assertThat(AppPaths.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home))
                .isEqualTo(Path.of("/data/xdg/scorecard-studio"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.defaultDataDir("Windows 11", Map.of("APPDATA", "/users/anna/AppData/Roaming"), home))
                .isEqualTo(Path.of("/users/anna/AppData/Roaming/Scorecard Studio"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.defaultDataDir("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/Scorecard Studio"));
    }

    @Test
    void aDatabaseCanBeNamedWithOrWithoutTheH2Suffix() {
        assertThat(AppPaths.databaseFile("/tmp/clients")).isEqualTo(Path.of("/tmp/clients.mv.db"));
        assertThat(AppPaths.databaseFile("/tmp/clients.mv.db")).isEqualTo(Path.of("/tmp/clients.mv.db"));
        assertThat(AppPaths.databaseFile("rel/x")).isAbsolute();
    }

    @Test
    void settingsSurviveARoundTripAndABrokenFileGivesDefaults(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings s = Settings.load(file);
        s.setLanguage(Language.RU);
        s.setTheme(Theme.DARK);
        s.setWindow(new WindowPlacement(10, 20, 1000, 700, false));
        s.setLastSession(Path.of("/tmp/a.mv.db"), "uid-1");
        s.save();
        Settings again = Settings.load(file);
        assertThat(again.language()).isEqualTo(Language.RU);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.window()).contains(new WindowPlacement(10, 20, 1000, 700, false));
        assertThat(again.lastSession(Path.of("/tmp/a.mv.db"))).contains("uid-1");
        assertThat(again.lastSession(Path.of("/tmp/b.mv.db"))).isEmpty();

        java.nio.file.Files.writeString(file, "window=garbage\\u12");
        assertThat(Settings.load(file).window()).isEmpty();
    }
}
