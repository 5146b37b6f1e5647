package com.scorecardstudio.domain;

/**
 * Minutes planned in the agenda: a stage's time-box, or the break after a stage ({@code breakAfter});
 * {@code minutes} null for a time-box never set (the stage's default). One side of a conflict between
 * two laptops of a team workspace.
 */
public record PlannedMinutes(Stage stage, boolean breakAfter, Integer minutes) {
}
