package com.scorecardstudio.report;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one session with everything the summary shows and renders it: the four stages, then each
 * feature's own section. The command line and the summary dialog both call this, so they never differ.
 * Runs on the database thread, in one transaction so that the parts agree with each other.
 */
public final class SummaryReport {
    private SummaryReport() {
    }

    /** The Markdown summary, or empty when there is no such session. */
    public static Optional<String> markdown(Store store, long sessionId, Messages messages) {
        return store.content().snapshot(sessionId).map(snapshot -> {
            List<String> sections = new ArrayList<>();
            sections.add(MapMarkdown.section(messages, snapshot.content().goals(), snapshot.map()));
            ScoringSheet scoring = snapshot.scoring();
            if (!scoring.clients().isEmpty()) { // a session that never scored clients gets no empty matrix
                sections.add(MatrixMarkdown.section(messages, scoring));
            }
            return new SessionSummary(messages).render(snapshot.content(), sections);
        });
    }
}
