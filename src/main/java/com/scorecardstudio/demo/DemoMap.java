package com.scorecardstudio.demo;

import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.i18n.Messages;
import java.util.List;

/**
 * The demo's strategy map: links between the demo goals that read as the clinic's strategy, from
 * people and the patient record up through processes and patients to the financial goals. The
 * fourth-clinic decision is left unlinked on purpose, so the map's checks have something to show.
 * Hypotheses come from {@code i18n/demo_<lang>.properties} ({@code link.N.hypothesis}).
 */
public final class DemoMap {
    /** cause, effect (indexes into the goals in method order), strength; the N-th is link N+1. */
    private static final Object[][] LINKS = {
        {14, 5, LinkStrength.STRONG}, {14, 6, LinkStrength.MEDIUM}, {15, 11, LinkStrength.MEDIUM},
        {15, 9, LinkStrength.MEDIUM}, {16, 7, LinkStrength.WEAK}, {5, 0, LinkStrength.STRONG},
        {5, 3, LinkStrength.MEDIUM}, {6, 9, LinkStrength.MEDIUM}, {7, 13, LinkStrength.STRONG},
        {8, 1, LinkStrength.WEAK}, {9, 10, LinkStrength.MEDIUM}, {10, 2, LinkStrength.MEDIUM},
        {13, 1, LinkStrength.STRONG}, {13, 4, LinkStrength.MEDIUM}, {3, 0, LinkStrength.STRONG},
        {11, 10, LinkStrength.WEAK},
    };

    private DemoMap() {
    }

    public static void insert(Store tx, Session session, Language language) {
        Messages t = new Messages(language, DemoSession.BUNDLE);
        List<Goal> goals = tx.goals().list(session.id());
        MapRepository map = tx.map();
        for (int i = 0; i < LINKS.length; i++) {
            long cause = goals.get((Integer) LINKS[i][0]).id();
            long effect = goals.get((Integer) LINKS[i][1]).id();
            map.insertLink(session.id(), new GoalLink(null, cause, effect, t.get("link." + (i + 1) + ".hypothesis"),
                    (LinkStrength) LINKS[i][2]));
        }
    }

    static int linkCount() {
        return LINKS.length;
    }
}
