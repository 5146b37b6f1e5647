package com.scorecardstudio.testing;

import com.scorecardstudio.session.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs work at once on the calling thread: view-model tests become deterministic, with no toolkit. */
public final class DirectTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
