package com.scorecardstudio.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's score on one axis: the weighted mean of the criteria that have a score, both exact
 * (for explanations) and rounded to two decimals HALF_UP (what is shown and what decides the band).
 *
 * @param scored the criteria that had a score, with it, in the axis's order
 * @param weightSum the sum of their weights, over which the weights are renormalised
 */
public record AxisScore(Axis axis, BigDecimal rounded, Band band, List<Part> scored, BigDecimal weightSum, int criteriaOnAxis) {

    /** One criterion's part in the score. */
    public record Part(Criterion criterion, int score) {
    }

    /** The unrounded mean, to 16 significant digits (for explanations only; never decides anything). */
    public BigDecimal exact() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part p : scored) {
            sum = sum.add(p.criterion().weight().multiply(BigDecimal.valueOf(p.score())));
        }
        return sum.divide(weightSum, MathContext.DECIMAL64);
    }

    /** A criterion's renormalised weight: its weight over the weights of the scored criteria (0–1). */
    public BigDecimal share(Part p) {
        return p.criterion().weight().divide(weightSum, MathContext.DECIMAL64);
    }

    /** Whether every criterion of the axis has a score. */
    public boolean complete() {
        return scored.size() == criteriaOnAxis;
    }

    public List<BigDecimal> shares() {
        List<BigDecimal> s = new ArrayList<>(scored.size());
        scored.forEach(p -> s.add(share(p)));
        return s;
    }
}
