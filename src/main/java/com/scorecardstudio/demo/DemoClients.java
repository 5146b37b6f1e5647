package com.scorecardstudio.demo;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's client base: 25 corporate clients of the medical centre spread over all nine cells of
 * the matrix, one of them bringing more than a quarter of the revenue, one not scored on
 * relationship yet. Names and figures come from {@code i18n/demo_<lang>.properties}.
 */
public final class DemoClients {
    /**
     * Scores per client, in the order of the default criteria: five for attractiveness, a bar, five
     * for relationship; a dash where nothing is scored. The comment is the cell it lands in.
     */
    private static final String[] SCORES = {
        "55545|55445", // 1  high/strong — and 26 % of revenue
        "45444|54544", // 2  high/strong
        "54534|33343", // 3  high/medium
        "44544|43333", // 4  high/medium
        "44454|21212", // 5  high/weak
        "54424|22211", // 6  high/weak
        "44434|45454", // 7  high/strong
        "33343|44545", // 8  medium/strong
        "33233|34323", // 9  medium/medium
        "34323|22121", // 10 medium/weak
        "23343|55455", // 11 medium/strong
        "43433|33333", // 12 medium/medium
        "33323|12221", // 13 medium/weak
        "22333|34333", // 14 medium/medium
        "21213|45445", // 15 low/strong
        "22212|33323", // 16 low/medium
        "12221|21112", // 17 low/weak
        "11212|12121", // 18 low/weak
        "54443|12112", // 19 high/weak
        "21322|32333", // 20 low/medium
        "22121|44454", // 21 low/strong
        "45443|34333", // 22 high/medium
        "33433|45444", // 23 medium/strong
        "32343|21221", // 24 medium/weak
        "43443|-----", // 25 not placed
    };

    private DemoClients() {
    }

    /** Adds the clients and their scores to the demo session, in the caller's transaction. */
    public static void insert(Store tx, Session session, Language language) {
        Messages t = new Messages(language, DemoSession.BUNDLE);
        tx.scoringSettings().setUpIfNew(session.id());
        List<Criterion> criteria = tx.criteria().list(session.id());
        List<Criterion> attractiveness = criteria.stream().filter(c -> c.axis() == Axis.ATTRACTIVENESS).toList();
        List<Criterion> relationship = criteria.stream().filter(c -> c.axis() == Axis.RELATIONSHIP).toList();
        List<Client> clients = new ArrayList<>();
        List<Map<Long, Integer>> scores = new ArrayList<>();
        for (int i = 1; t.has("client." + i + ".name"); i++) {
            clients.add(new Client(null, t.get("client." + i + ".name"), t.get("client." + i + ".segment"),
                    new BigDecimal(t.bundle().getString("client." + i + ".revenue")), t.get("client.currency"),
                    t.has("client." + i + ".notes") ? t.get("client." + i + ".notes") : ""));
            String[] pattern = SCORES[(i - 1) % SCORES.length].split("\\|");
            Map<Long, Integer> s = new HashMap<>();
            put(s, attractiveness, pattern[0]);
            put(s, relationship, pattern[1]);
            scores.add(s);
        }
        tx.clients().insertAll(session.id(), clients, scores);
    }

    private static void put(Map<Long, Integer> scores, List<Criterion> criteria, String digits) {
        for (int i = 0; i < criteria.size() && i < digits.length(); i++) {
            char d = digits.charAt(i);
            if (d >= '1' && d <= '5') {
                scores.put(criteria.get(i).id(), d - '0');
            }
        }
    }
}
