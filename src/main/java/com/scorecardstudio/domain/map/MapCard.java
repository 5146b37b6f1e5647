package com.scorecardstudio.domain.map;

import com.scorecardstudio.domain.Stage;

/** A goal as the map sees it: which lane and focus area its card belongs to. */
public record MapCard(long goalId, Stage stage, String area) {
}
