package com.scorecardstudio.ui.common;

import com.scorecardstudio.session.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Wraps work in a {@link Task} on the given executor (the database thread) and reports back on the
 * FX thread. Tasks are never cancelled: interrupting a thread inside H2 closes the database.
 */
public final class FxTaskRunner implements TaskRunner {
    private final Executor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    /**
     * A runner on a thread of its own, one task at a time, for writing files (an image, a workbook):
     * never the database thread, so a large file does not hold up the saves queued behind it. The
     * thread is a daemon: a file half-written at exit is never seen, as files are written atomically.
     */
    public static FxTaskRunner onOwnThread(String name) {
        return new FxTaskRunner(java.util.concurrent.Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(name).daemon(true).factory()));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        changeRunning(+1);
        task.setOnSucceeded(e -> {
            changeRunning(-1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            changeRunning(-1);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    private void changeRunning(int delta) {
        running += delta;
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
