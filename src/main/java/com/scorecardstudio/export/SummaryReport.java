package com.scorecardstudio.export;

import com.scorecardstudio.summary.MapMarkdown;
import com.scorecardstudio.summary.SessionSummary;

import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.db.SessionContentReader;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.scoring.MatrixMarkdown;
import com.scorecardstudio.scoring.ScoringService;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Reads one session with everything the summary shows and renders it: the four stages, then each
 * feature's own section. The command line and the summary dialog both call this, so they never differ.
 * Runs on the database thread, in one transaction so that the parts agree with each other.
 */
public final class SummaryReport {
    private SummaryReport() {
    }

    /** The Markdown summary, or empty when there is no such session. */
    public static Optional<String> markdown(DSLContext dsl, Clock clock, long sessionId, Messages messages) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = org.jooq.impl.DSL.using(cfg);
            return new SessionContentReader(tx, clock).read(sessionId).map(content -> {
                List<String> sections = new ArrayList<>();
                sections.add(MapMarkdown.section(messages, content.goals(), new MapRepository(tx).read(sessionId)));
                ScoringSheet scoring = new ScoringService(tx, clock).read(sessionId);
                if (!scoring.clients().isEmpty()) { // a session that never scored clients gets no empty matrix
                    sections.add(MatrixMarkdown.section(messages, scoring));
                }
                return new SessionSummary(messages).render(content, sections);
            });
        });
    }
}
