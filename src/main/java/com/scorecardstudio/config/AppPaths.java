package com.scorecardstudio.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files: the per-user data folder (database, settings, logs, backups).
 * The {@code scorecard.home} system property moves it, which tests and portable installs use.
 */
public final class AppPaths {
    public static final String HOME_PROPERTY = "scorecard.home";
    public static final String DB_BASE_NAME = "scorecard";
    public static final String H2_SUFFIX = ".mv.db";

    private final Path dataDir;

    public AppPaths(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The data folder for this user and OS, honouring {@code scorecard.home}. */
    public static AppPaths forCurrentUser() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override));
        }
        return new AppPaths(defaultDataDir(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    static Path defaultDataDir(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return base.resolve("Scorecard Studio");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Scorecard Studio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return base.resolve("scorecard-studio");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path defaultDatabase() {
        return dataDir.resolve(DB_BASE_NAME + H2_SUFFIX);
    }

    public Path settingsFile() {
        return dataDir.resolve("settings.properties");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Creates the data folder on first start. */
    public void ensureDataDir() throws java.io.IOException {
        Files.createDirectories(dataDir);
    }

    /**
     * The database file a user named: {@code --db clients} and {@code --db clients.mv.db} mean the
     * same file; a relative path is taken from the working folder.
     */
    public static Path databaseFile(String userPath) {
        Path p = Path.of(userPath).toAbsolutePath().normalize();
        String name = p.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? p : p.resolveSibling(name + H2_SUFFIX);
    }
}
