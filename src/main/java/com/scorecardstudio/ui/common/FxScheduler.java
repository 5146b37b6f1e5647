package com.scorecardstudio.ui.common;

import com.scorecardstudio.session.Autosave;
import javafx.animation.PauseTransition;

/** The app's scheduler for the session's autosave: FX animation timers, so the action runs on the FX thread. */
public final class FxScheduler {
    private FxScheduler() {
    }

    public static Autosave.Scheduler create() {
        return (delay, action) -> {
            PauseTransition t = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            t.setOnFinished(e -> action.run());
            t.play();
            return t::stop;
        };
    }
}
