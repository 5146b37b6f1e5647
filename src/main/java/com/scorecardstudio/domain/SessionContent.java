package com.scorecardstudio.domain;

import java.util.List;

/**
 * Everything a session holds, read at one moment: what the summary, the export and a portable
 * session file are made from.
 */
public record SessionContent(
        Session session,
        List<Goal> goals,
        List<PolicyCheck> policies,
        List<AreaAssessment> assessments,
        List<ParkingNote> parkingNotes) {

    public SessionContent {
        goals = List.copyOf(goals);
        policies = List.copyOf(policies);
        assessments = List.copyOf(assessments);
        parkingNotes = List.copyOf(parkingNotes);
    }
}
