package com.scorecardstudio.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs work off the FX thread and hands the result back on it. The seam between view-models and
 * threads: the app uses the FX task runner of ui/common; view-model tests use a same-thread runner.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any work is queued or running (the "Saving…" indicator). */
    ReadOnlyBooleanProperty busyProperty();
}
