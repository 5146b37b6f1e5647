package com.scorecardstudio.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The computed matrix of a session.
 *
 * @param placements every client, in the order given
 * @param cells the nine cells in {@link Cell#all()} order, each with its clients
 * @param notPlaced clients missing a score on at least one axis
 * @param currency the currency revenue shares are counted in (the one most clients use; may be empty)
 * @param totalRevenue the revenue of all clients in that currency (or with none given)
 * @param otherCurrency clients with revenue in another currency, left out of the shares
 * @param concentrated clients above the concentration limit, largest share first
 */
public record Matrix(List<Placement> placements, Map<Cell, CellSummary> cells, List<Placement> notPlaced,
                     String currency, BigDecimal totalRevenue, List<Placement> otherCurrency,
                     BigDecimal concentrationLimit, List<Concentration> concentrated, Map<Long, Placement> byClientId) {

    /** One cell: its clients, their revenue and its share of the total (null when there is no revenue). */
    public record CellSummary(Cell cell, List<Placement> clients, BigDecimal revenue, BigDecimal share) {
    }

    /** A client that brings more than the set share of revenue. {@code share} is a fraction (0–1). */
    public record Concentration(Placement placement, BigDecimal share) {
    }

    /** A strategy zone: its clients (cell by cell) and their revenue; share is null when there is none to divide. */
    public record ZoneSummary(Zone zone, List<Placement> clients, BigDecimal revenue, BigDecimal share) {
    }

    /** The clients of one strategy zone, with their revenue and its share of the total (as a fraction, 4 places). */
    public ZoneSummary zone(Zone zone) {
        List<Placement> in = new java.util.ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        for (CellSummary cell : cells.values()) {
            if (cell.cell().zone() == zone) {
                in.addAll(cell.clients());
                revenue = revenue.add(cell.revenue());
            }
        }
        BigDecimal share = totalRevenue.signum() > 0 && !in.isEmpty()
                ? revenue.divide(totalRevenue, 4, java.math.RoundingMode.HALF_UP) : null;
        return new ZoneSummary(zone, List.copyOf(in), revenue, share);
    }

    public Optional<Placement> placement(long clientId) {
        return Optional.ofNullable(byClientId.get(clientId));
    }

    public CellSummary cell(Cell cell) {
        return cells.get(cell);
    }

    /** Whether a client's revenue counts in the shares (known, and in the matrix's currency). */
    public boolean countsRevenue(Client c) {
        return Scoring.countsRevenue(c, currency);
    }

    /** A client's share of the total revenue (0–1), if its revenue counts. */
    public Optional<BigDecimal> share(Client c) {
        if (!countsRevenue(c) || totalRevenue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Scoring.fraction(c.revenue(), totalRevenue));
    }
}
