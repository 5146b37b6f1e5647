package com.scorecardstudio.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary read from a real H2 file: the votes stored with the goals and the session's dots per participant. */
class SummaryReportVotesTest {
    @TempDir
    Path dir;

    @Test
    void votesAndTheDotBudgetComeFromTheDatabase() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("votes.mv.db"))) {
            Store store = db.store(TestDatabases.fixedClock());
            Session s = store.sessions().insert(new Session(null, UUID.randomUUID(), "Votes", "", "", LocalDate.of(2026, 11, 22),
                    "", List.of(), null, "", null, null));
            store.goals().insert(s.id(), Goal.titled(Stage.FINANCIAL, "cost_structure", "Cut costs")
                    .withVotes(List.of(new Vote("Igor", 2), new Vote("Marina", 4))), 0);
            Goal second = store.goals().insert(s.id(), Goal.titled(Stage.FINANCIAL, "profit_growth", "Grow"), 0);
            store.goals().setVote(second.id(), "Igor", 3);
            store.goals().saveDotBudget(s.id(), 7);

            String md = SummaryReport.markdown(store, s.id(), new Messages(Language.EN)).orElseThrow();
            assertThat(md).contains("- **Cut costs** — no owner yet, medium priority, 6 dots\n")
                    .contains("- **Grow** — no owner yet, medium priority, 3 dots\n")
                    .contains("""
                            **Dot voting (7 dots per participant)**

                            - **1. Cut costs** — 6 dots
                            - **2. Grow** — 3 dots
                            """);
        }
    }

    @Test
    void aSessionWithoutVotesHasNoWordOfThem() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("none.mv.db"))) {
            Store store = db.store(TestDatabases.fixedClock());
            Session s = store.sessions().insert(new Session(null, UUID.randomUUID(), "No votes", "", "", LocalDate.of(2026, 11, 22),
                    "", List.of(), null, "", null, null));
            store.goals().insert(s.id(), Goal.titled(Stage.FINANCIAL, "cost_structure", "Cut costs"), 0);
            String md = SummaryReport.markdown(store, s.id(), new Messages(Language.EN)).orElseThrow();
            assertThat(md).contains("- **Cut costs** — no owner yet, medium priority\n").doesNotContainIgnoringCase("dot");
        }
    }
}
