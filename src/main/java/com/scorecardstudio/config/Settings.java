package com.scorecardstudio.config;

import com.scorecardstudio.util.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's preferences (language, theme, window placement, last session), kept in a small
 * properties file in the data folder and written atomically so a crash never leaves it half-written.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Path file;
    private final Properties values = new Properties();
    /** One writer for every settings file; a daemon, since leaving the app saves in the foreground. */
    private static final java.util.concurrent.ExecutorService WRITER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();

    private Settings(Path file) {
        this.file = file;
    }

    /** Loads the file; a missing or unreadable file gives the defaults (and the problem is logged). */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            s.values.load(r);
        } catch (NoSuchFileException e) {
            // first start
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings file {} could not be read; using defaults", file, e);
        }
        return s;
    }

    public synchronized Language language() {
        return Language.fromCode(values.getProperty("language"))
                .orElseGet(() -> Language.forLocale(Locale.getDefault()));
    }

    public synchronized void setLanguage(Language language) {
        values.setProperty("language", language.code());
    }

    public synchronized Theme theme() {
        return Theme.fromKey(values.getProperty("theme"));
    }

    public synchronized void setTheme(Theme theme) {
        values.setProperty("theme", theme.key());
    }

    public synchronized Optional<WindowPlacement> window() {
        return WindowPlacement.parse(values.getProperty("window"));
    }

    public synchronized void setWindow(WindowPlacement placement) {
        values.setProperty("window", placement.format());
    }

    /** The app's text size in pixels (Ctrl+plus / Ctrl+minus), or empty for the theme's own. */
    public synchronized Optional<Double> textSize() {
        return number("textSize");
    }

    public synchronized void setTextSize(double size) {
        values.setProperty("textSize", String.valueOf(size));
    }

    /** The room view's text size in pixels, or empty for its default. */
    public synchronized Optional<Double> roomTextSize() {
        return number("roomTextSize");
    }

    public synchronized void setRoomTextSize(double size) {
        values.setProperty("roomTextSize", String.valueOf(size));
    }

    /** A positive number stored under {@code key}; anything else (a hand-edited file) counts as absent. */
    private Optional<Double> number(String key) {
        try {
            double v = Double.parseDouble(values.getProperty(key, ""));
            return v > 0 && v < 200 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last opened session, by its portable uid (stable across databases and duplicates). */
    public synchronized Optional<String> lastSession(Path database) {
        return Optional.ofNullable(values.getProperty(lastSessionKey(database)));
    }

    /** The session last open in a team workspace (by its address, which holds no password). */
    public synchronized Optional<String> lastSession(ServerAddress workspace) {
        return Optional.ofNullable(values.getProperty("lastSession." + workspace));
    }

    public synchronized void setLastSession(ServerAddress workspace, String uid) {
        if (uid == null) {
            values.remove("lastSession." + workspace);
        } else {
            values.setProperty("lastSession." + workspace, uid);
        }
    }

    /** The team workspace connected to last (no password: that is asked for each time). */
    public synchronized Optional<String> teamWorkspace() {
        return Optional.ofNullable(values.getProperty("teamWorkspace"));
    }

    public synchronized void setTeamWorkspace(String address) {
        values.setProperty("teamWorkspace", address);
    }

    public synchronized void setLastSession(Path database, String uid) {
        if (uid == null) {
            values.remove(lastSessionKey(database));
        } else {
            values.setProperty(lastSessionKey(database), uid);
        }
    }

    private static String lastSessionKey(Path database) {
        return "lastSession." + database.toAbsolutePath().normalize();
    }

    /** Writes the settings atomically. */
    public synchronized void save() throws IOException {
        StringWriter w = new StringWriter();
        values.store(w, "Scorecard Studio settings");
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Saves, logging instead of failing: losing a window position is not worth an error dialog. */
    /** Writes off the calling thread (the FX thread never waits for the disk); saves asked in a row coalesce. */
    public void saveInBackground() {
        if (queued.compareAndSet(false, true)) {
            WRITER.execute(() -> {
                queued.set(false);
                saveQuietly();
            });
        }
    }

    public void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            LOG.warn("Settings could not be saved to {}", file, e);
        }
    }
}
