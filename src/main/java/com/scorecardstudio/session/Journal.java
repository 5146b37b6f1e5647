package com.scorecardstudio.session;

import com.scorecardstudio.domain.Goal;
import java.util.List;

/**
 * What was typed into a team workspace's session while its server was away, kept on this computer
 * until the server has it (issue 16, item 5): each entry is a goal's fields as typed and the version
 * they were based on, so that writing them later goes through the same compare-and-set. An entry is
 * durable once {@link #record} returns (the app may be killed right after).
 */
public interface Journal {
    /** One goal's fields typed while offline. */
    record Entry(long goalId, long basedOn, Goal goal) {
    }

    /** Appends an entry, on disk before returning. Database thread. */
    void record(Entry entry);

    /** What is kept, oldest first (a goal typed in twice: both, the later one last). */
    List<Entry> entries();

    /** Forgets everything kept: the server has it now. */
    void clear();

    /** No journal (an H2 file: writes never wait for a server). */
    Journal NONE = new Journal() {
        @Override
        public void record(Entry entry) {
            throw new IllegalStateException("no journal on a file");
        }

        @Override
        public List<Entry> entries() {
            return List.of();
        }

        @Override
        public void clear() {
        }
    };
}
