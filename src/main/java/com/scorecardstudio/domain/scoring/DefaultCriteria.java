package com.scorecardstudio.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The criteria a session starts with (issue 5), equal weights, named in the user's language. */
public final class DefaultCriteria {
    public static final List<String> ATTRACTIVENESS = List.of(
            "revenue_potential", "margin", "growth_potential", "strategic_fit", "payment_discipline");
    public static final List<String> RELATIONSHIP = List.of(
            "tenure", "share_of_wallet", "access_to_decision_makers", "satisfaction", "breadth_of_services");

    private DefaultCriteria() {
    }

    /** Unstored criteria, attractiveness first, each with weight 1 and no name of its own. */
    public static List<Criterion> create() {
        List<Criterion> all = new ArrayList<>();
        ATTRACTIVENESS.forEach(k -> all.add(new Criterion(null, Axis.ATTRACTIVENESS, k, "", BigDecimal.ONE)));
        RELATIONSHIP.forEach(k -> all.add(new Criterion(null, Axis.RELATIONSHIP, k, "", BigDecimal.ONE)));
        return all;
    }

    public static boolean isBuiltIn(String key) {
        return ATTRACTIVENESS.contains(key) || RELATIONSHIP.contains(key);
    }
}
