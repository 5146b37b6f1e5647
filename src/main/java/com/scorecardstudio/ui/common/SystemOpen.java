package com.scorecardstudio.ui.common;

import com.scorecardstudio.session.TaskRunner;
import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens a written file in the system's program for it (Excel, PowerPoint, LibreOffice), off the FX thread. */
public final class SystemOpen {
    private SystemOpen() {
    }

    /** @param files the runner for file work (opening can take a moment); then runs on the FX thread */
    public static void open(TaskRunner files, Path file, Runnable then, Consumer<Throwable> failed) {
        files.run(() -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
            } else {
                String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
                new ProcessBuilder(os.contains("mac") ? "open" : "xdg-open", file.toString()).start();
            }
            return null;
        }, ok -> then.run(), failed);
    }
}
