package com.scorecardstudio.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Dot-voting, the facilitator's quick way to rank a stage's goals: each participant has the same
 * number of dots for each stage (three unless the facilitator says otherwise) and puts them on the
 * goals they find most important, several on one goal if they like. Goals are ranked by their dots.
 */
public final class DotVoting {
    public static final int DEFAULT_DOTS = 3;
    public static final int MIN_DOTS = 1;
    public static final int MAX_DOTS = 20;

    private DotVoting() {
    }

    /** Whether a number of dots per participant is one the facilitator may give. */
    public static boolean isBudget(int dots) {
        return dots >= MIN_DOTS && dots <= MAX_DOTS;
    }

    /** The dots one participant put on one goal (0 when none). */
    public static int dotsOf(Goal goal, String participant) {
        String name = Text.clean(participant);
        return goal.votes().stream().filter(v -> v.participant().equals(name)).mapToInt(Vote::dots).sum();
    }

    /** The dots a participant has put on these goals (a stage's goals). */
    public static int spent(String participant, Collection<Goal> goals) {
        return goals.stream().mapToInt(g -> dotsOf(g, participant)).sum();
    }

    /** The dots a participant still has for these goals (never below 0, even after the budget was lowered). */
    public static int left(String participant, Collection<Goal> goals, int budget) {
        return Math.max(0, budget - spent(participant, goals));
    }

    /** Whether anyone voted on any of these goals. */
    public static boolean anyVotes(Collection<Goal> goals) {
        return goals.stream().anyMatch(g -> g.totalVotes() > 0);
    }

    /** The goals by their dots, most first; goals with as many dots keep the order they had. */
    public static List<Goal> ranked(List<Goal> goals) {
        List<Goal> sorted = new ArrayList<>(goals);
        sorted.sort(Comparator.comparingInt(Goal::totalVotes).reversed());
        return sorted;
    }

    /**
     * The rank of each goal of {@link #ranked} order, 1 for the most dots; goals with as many dots share a
     * rank and the next rank counts them ("1, 2, 2, 4").
     */
    public static int[] ranks(List<Goal> ranked) {
        return ranksOf(ranked.stream().mapToInt(Goal::totalVotes).toArray());
    }

    /** The same ranks for dot counts already sorted most first (the screens rank their live goals so). */
    public static int[] ranksOf(int[] dotsMostFirst) {
        int[] ranks = new int[dotsMostFirst.length];
        for (int i = 0; i < dotsMostFirst.length; i++) {
            ranks[i] = i > 0 && dotsMostFirst[i] == dotsMostFirst[i - 1] ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }
}
