package com.scorecardstudio.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scoring math (methodology §3, issue 5), exact and in one place:
 * <ol>
 *   <li>An axis score is the weighted mean of the axis's criteria that have a score:
 *       {@code Σ wᵢ·sᵢ / Σ wᵢ} over the scored criteria only, so the weights are renormalised over
 *       them. With no score on an axis the client has no score on it and is not placed.</li>
 *   <li>The mean is rounded to two decimals, HALF_UP, straight from the exact fraction
 *       ({@link BigDecimal#divide(BigDecimal, int, RoundingMode)}): no binary floating point and no
 *       double rounding anywhere.</li>
 *   <li>The bands are applied to the rounded value: low below {@code mediumFrom}, medium from it and
 *       below {@code highFrom}, high from {@code highFrom} (2.33 and 3.67 by default).</li>
 *   <li>The cell is (attractiveness band, relationship band); its zone follows {@link Zone#of}.</li>
 * </ol>
 */
public final class Scoring {
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    private static final BigDecimal[] SCORES = {BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(2),
            BigDecimal.valueOf(3), BigDecimal.valueOf(4), BigDecimal.valueOf(5)};

    private Scoring() {
    }

    public static boolean validScore(int score) {
        return score >= MIN_SCORE && score <= MAX_SCORE;
    }

    /**
     * A client's score on one axis, or null when none of the axis's criteria has a score.
     *
     * @param criteria all criteria of the session (the axis's are picked out, in order)
     * @param scores the client's scores by criterion id
     */
    public static AxisScore axisScore(Axis axis, List<Criterion> criteria, Map<Long, Integer> scores, BandLimits limits) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        List<AxisScore.Part> parts = null;
        int onAxis = 0;
        for (Criterion c : criteria) {
            if (c.axis() != axis) {
                continue;
            }
            onAxis++;
            Integer s = scores == null ? null : scores.get(c.id());
            if (s == null) {
                continue;
            }
            if (!validScore(s)) {
                throw new IllegalArgumentException("score out of range 1-5: " + s);
            }
            weighted = weighted.add(c.weight().multiply(SCORES[s]));
            weights = weights.add(c.weight());
            if (parts == null) {
                parts = new ArrayList<>(8);
            }
            parts.add(new AxisScore.Part(c, s));
        }
        if (parts == null) {
            return null;
        }
        BigDecimal rounded = weighted.divide(weights, 2, RoundingMode.HALF_UP);
        return new AxisScore(axis, rounded, limits.bandOf(rounded), List.copyOf(parts), weights, onAxis);
    }

    public static Placement place(Client client, List<Criterion> criteria, Map<Long, Integer> scores, BandLimits limits) {
        return new Placement(client, axisScore(Axis.ATTRACTIVENESS, criteria, scores, limits),
                axisScore(Axis.RELATIONSHIP, criteria, scores, limits));
    }

    /**
     * The whole matrix: every client placed, the cells with their clients and revenue shares, and the
     * clients above the concentration limit.
     *
     * @param scores scores by client id, then by criterion id
     */
    public static Matrix compute(List<Criterion> criteria, List<Client> clients, Map<Long, ? extends Map<Long, Integer>> scores,
                                 ScoringSettings settings) {
        List<Placement> placements = new ArrayList<>(clients.size());
        Map<Long, Placement> byId = new HashMap<>(clients.size() * 2);
        for (Client c : clients) {
            Placement p = place(c, criteria, c.id() == null ? null : scores.get(c.id()), settings.limits());
            placements.add(p);
            if (c.id() != null) {
                byId.put(c.id(), p);
            }
        }
        String currency = mainCurrency(clients);
        BigDecimal total = BigDecimal.ZERO;
        List<Placement> otherCurrency = new ArrayList<>();
        for (Placement p : placements) {
            if (countsRevenue(p.client(), currency)) {
                total = total.add(p.client().revenue());
            } else if (p.client().revenue() != null) {
                otherCurrency.add(p);
            }
        }
        Map<Cell, List<Placement>> inCell = new LinkedHashMap<>();
        Cell.all().forEach(cell -> inCell.put(cell, new ArrayList<>()));
        List<Placement> notPlaced = new ArrayList<>();
        for (Placement p : placements) {
            p.cell().ifPresentOrElse(cell -> inCell.get(cell).add(p), () -> notPlaced.add(p));
        }
        Map<Cell, Matrix.CellSummary> cells = new LinkedHashMap<>();
        for (Map.Entry<Cell, List<Placement>> e : inCell.entrySet()) {
            BigDecimal revenue = BigDecimal.ZERO;
            for (Placement p : e.getValue()) {
                if (countsRevenue(p.client(), currency)) {
                    revenue = revenue.add(p.client().revenue());
                }
            }
            cells.put(e.getKey(), new Matrix.CellSummary(e.getKey(), List.copyOf(e.getValue()), revenue,
                    total.signum() == 0 ? null : fraction(revenue, total)));
        }
        List<Matrix.Concentration> concentrated = new ArrayList<>();
        if (total.signum() > 0) {
            BigDecimal limit = settings.concentrationLimit().movePointLeft(2);
            for (Placement p : placements) {
                if (countsRevenue(p.client(), currency)) {
                    // compared exactly: revenue / total > limit  ⇔  revenue > limit · total
                    if (p.client().revenue().compareTo(limit.multiply(total)) > 0) {
                        concentrated.add(new Matrix.Concentration(p, fraction(p.client().revenue(), total)));
                    }
                }
            }
            concentrated.sort(Comparator.comparing(Matrix.Concentration::share).reversed());
        }
        return new Matrix(List.copyOf(placements), cells, List.copyOf(notPlaced), currency, total, List.copyOf(otherCurrency),
                settings.concentrationLimit(), List.copyOf(concentrated), byId);
    }

    /**
     * The currency the shares are counted in: the one most clients with a revenue use (ties: the
     * first in alphabetical order); empty when no client names one.
     */
    static String mainCurrency(List<Client> clients) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Client c : clients) {
            if (c.revenue() != null && !c.currency().isEmpty()) {
                counts.merge(c.currency(), 1, Integer::sum);
            }
        }
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** A client with no currency given is taken to be in the matrix's currency. */
    static boolean countsRevenue(Client c, String currency) {
        return c.revenue() != null && (c.currency().isEmpty() || c.currency().equals(currency));
    }

    /** {@code part / whole} as a fraction with four decimals (0.2500 = 25 %), HALF_UP. */
    static BigDecimal fraction(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
