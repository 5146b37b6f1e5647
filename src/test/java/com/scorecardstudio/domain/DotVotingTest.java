package com.scorecardstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of dot-voting as the method has them: dots per participant and stage, ranks shared by ties. */
class DotVotingTest {
    private static Goal goal(String title, Vote... votes) {
        return Goal.titled(Stage.FINANCIAL, "cost_structure", title).withVotes(List.of(votes));
    }

    @Test
    void goalsRankByTheirDotsTiesShareARankAndKeepTheirOrder() {
        List<Goal> goals = List.of(goal("A"), goal("B", new Vote("Igor", 2)), goal("C", new Vote("Anna", 1), new Vote("Igor", 1)),
                goal("D", new Vote("Olga", 3)));
        List<Goal> ranked = DotVoting.ranked(goals);
        assertThat(ranked).extracting(Goal::title).containsExactly("D", "B", "C", "A");
        assertThat(DotVoting.ranks(ranked)).containsExactly(1, 2, 2, 4);
        assertThat(DotVoting.ranksOf(new int[] {5, 5, 3, 0, 0})).containsExactly(1, 1, 3, 4, 4);
    }

    @Test
    void aParticipantsDotsAreCountedOnTheStageAndNeverGoBelowNone() {
        List<Goal> stage = List.of(goal("A", new Vote("Igor", 2)), goal("B", new Vote("Igor", 1), new Vote("Anna", 1)));
        assertThat(DotVoting.spent("Igor", stage)).isEqualTo(3);
        assertThat(DotVoting.left("Igor", stage, 3)).isZero();
        assertThat(DotVoting.left("Igor", stage, 2)).as("the budget lowered after voting").isZero();
        assertThat(DotVoting.left(" Anna ", stage, 3)).isEqualTo(2);
        assertThat(DotVoting.isBudget(0)).isFalse();
        assertThat(DotVoting.isBudget(20)).isTrue();
        assertThatThrownBy(() -> goal("X", new Vote("Igor", 1), new Vote(" Igor ", 1)))
                .hasMessageContaining("two votes of Igor");
        assertThatThrownBy(() -> new Vote("Igor", 21)).hasMessageContaining("not 21");
    }
}
