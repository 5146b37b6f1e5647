package com.scorecardstudio.domain.map;

import com.scorecardstudio.domain.Text;

/**
 * A cause-and-effect link between two goals of a session: reaching the cause helps reach the effect.
 * The hypothesis says why ("if we … then …").
 */
public record GoalLink(Long id, long causeGoalId, long effectGoalId, String hypothesis, LinkStrength strength) {
    public GoalLink {
        if (causeGoalId == effectGoalId) {
            throw new IllegalArgumentException("a goal cannot cause itself");
        }
        hypothesis = Text.cleanMultiline(hypothesis);
        strength = strength == null ? LinkStrength.MEDIUM : strength;
    }

    public static GoalLink between(long cause, long effect) {
        return new GoalLink(null, cause, effect, "", LinkStrength.MEDIUM);
    }

    public GoalLink withId(Long newId) {
        return new GoalLink(newId, causeGoalId, effectGoalId, hypothesis, strength);
    }

    public GoalLink withEnds(long cause, long effect) {
        return new GoalLink(id, cause, effect, hypothesis, strength);
    }

    public GoalLink withHypothesis(String text) {
        return new GoalLink(id, causeGoalId, effectGoalId, text, strength);
    }

    public GoalLink withStrength(LinkStrength s) {
        return new GoalLink(id, causeGoalId, effectGoalId, hypothesis, s);
    }

    public boolean touches(long goalId) {
        return causeGoalId == goalId || effectGoalId == goalId;
    }
}
