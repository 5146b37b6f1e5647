package com.scorecardstudio.domain.scoring;

/**
 * One of the three bands of an axis. Attractiveness names them low / medium / high, relationship
 * strength weak / medium / strong; {@link #key(Axis)} gives the stable word for each.
 */
public enum Band {
    LOW("low", "weak"),
    MEDIUM("medium", "medium"),
    HIGH("high", "strong");

    private final String attractivenessKey;
    private final String relationshipKey;

    Band(String attractivenessKey, String relationshipKey) {
        this.attractivenessKey = attractivenessKey;
        this.relationshipKey = relationshipKey;
    }

    public String key(Axis axis) {
        return axis == Axis.ATTRACTIVENESS ? attractivenessKey : relationshipKey;
    }
}
