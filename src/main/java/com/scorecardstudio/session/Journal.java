package com.scorecardstudio.session;

import java.util.List;

/**
 * What was typed into a team workspace's session while its server was away, kept on this computer
 * until the server has it (issue 16, item 5): each entry is one row's fields as typed — a goal's own
 * fields, an indicator's or an initiative's — and the version they were based on, so that writing
 * them later goes through the same compare-and-set. An entry is durable once {@link #record} returns
 * (the app may be killed right after).
 */
public interface Journal {
    /**
     * One row's fields typed while offline: {@code table} is "goal", "indicator" or "initiative" and
     * {@code row} the matching {@link com.scorecardstudio.domain.Goal}, {@link com.scorecardstudio.domain.Indicator}
     * or {@link com.scorecardstudio.domain.Initiative}.
     */
    record Entry(String table, long id, long basedOn, Object row) {
    }

    /** Appends an entry, on disk before returning. Database thread. */
    void record(Entry entry);

    /** What is kept, oldest first (a row typed in twice: both, the later one last). */
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
