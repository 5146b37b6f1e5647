package com.scorecardstudio.report;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import java.time.LocalDate;
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
        return store.transaction(tx -> markdownIn(tx, sessionId, messages));
    }

    private static Optional<String> markdownIn(Store store, long sessionId, Messages messages) {
        return store.content().snapshot(sessionId).map(snapshot -> {
            List<String> sections = new ArrayList<>();
            sections.add(MapMarkdown.section(messages, snapshot.content().goals(), snapshot.map()));
            ScoringSheet scoring = snapshot.scoring();
            if (!scoring.clients().isEmpty()) { // a session that never scored clients gets no empty matrix
                sections.add(MatrixMarkdown.section(messages, scoring));
            }
            // results of the follow-up, only for a session with a review schedule (## Results)
            Checkins checkins = store.checkins().read(sessionId);
            Period period = checkins.reviewPeriod(LocalDate.now(store.clock())).orElse(null);
            sections.add(ImpactMarkdown.section(messages, snapshot.content().goals(), checkins, period));
            return new SessionSummary(messages, store.goals().dotBudget(sessionId)).render(snapshot.content(), sections);
        });
    }
}
