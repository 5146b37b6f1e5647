package com.scorecardstudio.domain.scoring;

import java.util.Optional;

/**
 * Where a client lands: its two axis scores (null when the axis has no score) and, when both exist,
 * its cell.
 */
public record Placement(Client client, AxisScore attractiveness, AxisScore relationship) {
    public boolean isPlaced() {
        return attractiveness != null && relationship != null;
    }

    public Optional<Cell> cell() {
        return isPlaced() ? Optional.of(new Cell(attractiveness.band(), relationship.band())) : Optional.empty();
    }

    public Optional<Zone> zone() {
        return cell().map(Cell::zone);
    }

    public AxisScore score(Axis axis) {
        return axis == Axis.ATTRACTIVENESS ? attractiveness : relationship;
    }
}
