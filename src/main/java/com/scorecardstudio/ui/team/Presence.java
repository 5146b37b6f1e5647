package com.scorecardstudio.ui.team;

import com.scorecardstudio.domain.Session;
import com.scorecardstudio.library.Library;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.ui.AppFrame;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** "Also here: anna, boris" in the status bar while a team workspace's session is open, read every few seconds. */
public final class Presence {
    static final Duration EVERY = Duration.seconds(5);

    private Presence() {
    }

    /** Starts following who else is in {@code session}; returns what stops it (and clears the line). Nothing on a file. */
    public static Runnable follow(AppFrame frame, TaskRunner tasks, Library library, Session session) {
        if (library.server().isEmpty()) {
            return () -> { };
        }
        boolean[] stopped = {false};
        Runnable read = () -> tasks.run(() -> library.othersIn(session), others -> {
            if (!stopped[0]) {
                frame.showPresence(others);
            }
        }, e -> { });
        Timeline timeline = new Timeline(new KeyFrame(EVERY, e -> read.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        read.run();
        timeline.play();
        return () -> {
            stopped[0] = true;
            timeline.stop();
            frame.showPresence(List.of());
        };
    }
}
