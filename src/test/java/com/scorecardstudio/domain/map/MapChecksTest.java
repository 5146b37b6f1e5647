package com.scorecardstudio.domain.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.MapChecks.Finding;
import com.scorecardstudio.domain.map.MapChecks.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapChecksTest {
    private static final MapCard PROFIT = new MapCard(1, Stage.FINANCIAL, "profit_growth");
    private static final MapCard LOYALTY = new MapCard(2, Stage.CUSTOMER, "service");
    private static final MapCard PROCESS = new MapCard(3, Stage.INTERNAL_PROCESSES, "operational");
    private static final MapCard SKILLS = new MapCard(4, Stage.LEARNING_GROWTH, "people");
    private static final List<MapCard> CARDS = List.of(PROFIT, LOYALTY, PROCESS, SKILLS);

    private static List<Finding> of(Kind kind, List<Finding> all) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aWellFormedChainUpwardsHasNoFindings() {
        List<GoalLink> chain = List.of(GoalLink.between(4, 3), GoalLink.between(3, 2), GoalLink.between(2, 1));
        assertThat(MapChecks.check(CARDS, chain)).isEmpty();
    }

    @Test
    void anEffectBelowItsCauseIsFlaggedButTheSameLaneIsNot() {
        GoalLink down = GoalLink.between(2, 3);
        List<Finding> f = MapChecks.check(CARDS, List.of(GoalLink.between(4, 3), down, GoalLink.between(2, 1)));
        assertThat(of(Kind.EFFECT_BELOW_CAUSE, f)).extracting(Finding::link).containsExactly(down);

        MapCard otherCustomer = new MapCard(5, Stage.CUSTOMER, "pricing");
        assertThat(of(Kind.EFFECT_BELOW_CAUSE, MapChecks.check(List.of(LOYALTY, otherCustomer), List.of(GoalLink.between(5, 2)))))
                .isEmpty();
    }

    @Test
    void everyLinkOfACycleIsFlaggedAndOnlyThose() {
        List<GoalLink> links = List.of(GoalLink.between(4, 3), GoalLink.between(3, 2), GoalLink.between(2, 3), GoalLink.between(2, 1));
        assertThat(of(Kind.CYCLE, MapChecks.check(CARDS, links))).extracting(Finding::link)
                .containsExactlyInAnyOrder(links.get(1), links.get(2));
        // a longer loop through three goals
        List<GoalLink> loop = List.of(GoalLink.between(4, 3), GoalLink.between(3, 2), GoalLink.between(2, 4), GoalLink.between(2, 1));
        assertThat(of(Kind.CYCLE, MapChecks.check(CARDS, loop))).hasSize(3);
    }

    @Test
    void aGoalWithNoLinkAndAFinancialGoalNothingLeadsToAreFlagged() {
        List<Finding> f = MapChecks.check(CARDS, List.of(GoalLink.between(3, 2)));
        assertThat(of(Kind.UNLINKED_GOAL, f)).extracting(Finding::goalId).containsExactlyInAnyOrder(1L, 4L);
        assertThat(of(Kind.FINANCIAL_UNREACHED, f)).extracting(Finding::goalId).containsExactly(1L);

        // a financial goal that only leads elsewhere is still not reached
        List<Finding> g = MapChecks.check(CARDS, List.of(GoalLink.between(1, 2), GoalLink.between(3, 2), GoalLink.between(4, 3)));
        assertThat(of(Kind.FINANCIAL_UNREACHED, g)).extracting(Finding::goalId).containsExactly(1L);
    }

    @Test
    void aLargeMapIsCheckedWithoutOverflowingTheStack() {
        List<MapCard> cards = new java.util.ArrayList<>();
        List<GoalLink> links = new java.util.ArrayList<>();
        for (long i = 1; i <= 5000; i++) {
            cards.add(new MapCard(i, Stage.CUSTOMER, "service"));
            if (i > 1) {
                links.add(GoalLink.between(i - 1, i));
            }
        }
        links.add(GoalLink.between(5000, 1));
        assertThat(of(Kind.CYCLE, MapChecks.check(cards, links))).hasSize(5000);
    }
}
