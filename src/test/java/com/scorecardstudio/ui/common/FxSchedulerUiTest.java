package com.scorecardstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.session.Autosave;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The autosave's clock in the app: what is scheduled runs on the FX thread once its time has come, in
 * the order of their times, and what is cancelled (a pause moved by the next keystroke) never runs.
 */
@ExtendWith(ApplicationExtension.class)
class FxSchedulerUiTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void actionsRunOnTheFxThreadInTheOrderOfTheirTimesAndCancelledOnesNever(FxRobot robot) throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        long[] scheduledAt = new long[1];
        long[] lastRanAt = new long[1];
        robot.interact(() -> {
            Autosave.Scheduler scheduler = FxScheduler.create();
            scheduledAt[0] = System.nanoTime();
            scheduler.schedule(Duration.ofMillis(300), () -> {
                ran.add("pause" + (Platform.isFxApplicationThread() ? "" : " off the FX thread"));
                lastRanAt[0] = System.nanoTime();
                last.countDown();
            });
            scheduler.schedule(Duration.ofMillis(60), () -> ran.add("first"));
            Runnable moved = scheduler.schedule(Duration.ofMillis(120), () -> ran.add("moved by the next keystroke"));
            scheduler.schedule(Duration.ofMillis(150), () -> {
                ran.add("second");
                scheduler.schedule(Duration.ofMillis(20), () -> ran.add("scheduled by an action"));
            });
            moved.run();
        });
        assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first", "second", "scheduled by an action", "pause");
        assertThat(lastRanAt[0] - scheduledAt[0]).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }
}
