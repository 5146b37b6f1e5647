package com.scorecardstudio.db;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that touches the database. Work queued here is never interrupted: H2 closes the
 * whole database when a thread inside it is interrupted, so nothing here may be cancelled with
 * {@code cancel(true)}, and shutdown waits for queued writes instead of dropping them.
 */
public final class DbExecutor implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DbExecutor.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scorecard-db");
        t.setDaemon(false);
        t.setUncaughtExceptionHandler((th, e) -> LOG.error("Uncaught failure on the database thread", e));
        return t;
    });

    @Override
    public void execute(Runnable command) {
        executor.execute(() -> {
            try {
                command.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Database task failed", e);
                throw e;
            }
        });
    }

    /** Runs {@code work} on the database thread. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Finishes every queued task (so no acknowledged edit is dropped), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.error("Database thread did not finish its queued work in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
