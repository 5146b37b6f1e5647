package com.scorecardstudio.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * One part of the open session read again because another laptop changed it (a team workspace,
 * issue 16). Used on the FX thread; the read runs on the database thread, in order with the saves.
 * <p>
 * Announcements come in bursts (an import of 50 client scores is 50 of them): those that arrive while
 * a read is under way make one more read after it, not one each. A read overtaken by this laptop's
 * own edits (made after it was sent, so it may miss them or show what they undid) is not shown: it is
 * sent again, behind those edits' writes, so nothing typed here is ever replaced by an older read.
 */
final class LiveRead<T> {
    private final TaskRunner tasks;
    private final Callable<T> read;
    private final Consumer<T> show;
    private final IntSupplier localEdits;
    private boolean reading;
    private boolean again;

    /**
     * @param localEdits a count the model raises whenever it sends a write of its own
     */
    LiveRead(TaskRunner tasks, Callable<T> read, Consumer<T> show, IntSupplier localEdits) {
        this.tasks = tasks;
        this.read = read;
        this.show = show;
        this.localEdits = localEdits;
    }

    /** Something changed elsewhere: read it (once more after the read under way, if there is one). */
    void request() {
        if (reading) {
            again = true;
        } else {
            start();
        }
    }

    private void start() {
        reading = true;
        again = false;
        int editsBefore = localEdits.getAsInt();
        tasks.run(read, result -> {
            reading = false;
            if (localEdits.getAsInt() != editsBefore) {
                start();
                return;
            }
            show.accept(result);
            if (again) {
                start();
            }
        }, e -> {
            // a read changes nothing: the screen keeps what it shows; a lost server is read again on reconnecting
            reading = false;
            again = false;
            org.slf4j.LoggerFactory.getLogger(LiveRead.class).warn("Could not read what another laptop changed", e);
        });
    }
}
