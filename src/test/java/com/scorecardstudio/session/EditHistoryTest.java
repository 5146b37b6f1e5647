package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one history of a session: order of undo and redo, typing closed first, what it tells listeners. */
class EditHistoryTest {
    private final EditHistory history = new EditHistory();
    private final List<String> log = new ArrayList<>();

    private EditHistory.Job job(String name) {
        return new EditHistory.Job() {
            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public void redo() {
                log.add("do " + name);
            }
        };
    }

    @Test
    void undoWalksBackAndRedoForwardInOrder() {
        history.execute(job("a"));
        history.execute(job("b"));
        history.undo();
        history.undo();
        history.undo(); // nothing left: no effect
        history.redo();
        assertThat(log).containsExactly("do a", "do b", "undo b", "undo a", "do a");
        assertThat(history.canUndoProperty().get()).isTrue();
        assertThat(history.canRedoProperty().get()).isTrue();
    }

    @Test
    void aNewStepDropsWhatCouldBeRedone() {
        history.execute(job("a"));
        history.undo();
        history.push(job("typed"));
        assertThat(history.canRedoProperty().get()).isFalse();
        history.redo();
        assertThat(log).containsExactly("do a", "undo a");
    }

    @Test
    void typingStillOpenBecomesItsOwnStepBeforeUndoOrRedoOnEveryPath() {
        history.execute(job("a"));
        // the autosave's flush: the burst typed since is closed into a step, and that step is undone
        history.closeTypingWith(() -> {
            if (!log.contains("closed")) {
                log.add("closed");
                history.push(job("burst"));
            }
        });
        history.undo();
        assertThat(log).containsExactly("do a", "closed", "undo burst");
        history.undo();
        assertThat(log).endsWith("undo a");
    }

    @Test
    void theRevisionCountsEveryChangeThroughTheHistory() {
        long start = history.revisionProperty().get();
        history.execute(job("a"));
        history.undo();
        history.redo();
        history.clear();
        assertThat(history.revisionProperty().get() - start).isEqualTo(4);
        assertThat(history.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNamedJobSaysWhatItDidAndListenersHearOfIt() {
        List<EditHistory.Job> heard = new ArrayList<>();
        Runnable stop = history.onRecorded(heard::add);
        EditHistory.Job delete = EditHistory.named("history.delete.goal", "  Cut costs ", job("delete"));
        history.execute(delete);
        assertThat(heard).containsExactly(delete);
        assertThat(delete.description()).isEqualTo("history.delete.goal");
        assertThat(((EditHistory.Named) delete).subject()).isEqualTo("Cut costs");
        assertThat(((EditHistory.Named) delete).deletes()).isTrue();
        assertThat(history.last()).contains(delete);
        stop.run();
        history.execute(job("b"));
        assertThat(heard).hasSize(1);
    }

    @Test
    void theOldestStepsGoPastFiveHundred() {
        for (int i = 0; i < 510; i++) {
            history.execute(job("j" + i));
        }
        log.clear();
        for (int i = 0; i < 510; i++) {
            history.undo();
        }
        assertThat(log).hasSize(500).startsWith("undo j509").endsWith("undo j10");
    }

    @Test
    void aJobWhoseUndoFailsHasAlreadyLeftTheStackSoItCanClearIt() {
        history.execute(new EditHistory.Job() {
            @Override
            public void undo() {
                history.clear(); // a failed write reloads and forgets the history from inside
            }

            @Override
            public void redo() {
            }
        });
        history.undo();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aLockedHistoryRefusesEveryJobBeforeItTouchesAnythingAndHasNothingToUndo() {
        history.execute(job("a"));
        history.lock(); // a session opened with a role that may only read
        assertThat(history.editableProperty().get()).isFalse();
        assertThat(history.canUndoProperty().get()).as("nothing of before to take back").isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.execute(job("b")))
                .isInstanceOf(com.scorecardstudio.db.ReadOnlyWorkspaceException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.push(job("typed")))
                .isInstanceOf(com.scorecardstudio.db.ReadOnlyWorkspaceException.class);
        history.undo();
        history.redo();
        assertThat(log).containsExactly("do a");
    }
}
