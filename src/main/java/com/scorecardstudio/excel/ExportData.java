package com.scorecardstudio.excel;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.util.Optional;

/**
 * Everything one workbook is made from, read in one transaction so that the sheets agree with each
 * other: the session's content, its client scoring (with the matrix the app computes) and the
 * strategy map's boxes and links (the app's own layout and links, issue 4), and the check-ins after
 * the session (issue 17).
 */
public record ExportData(SessionContent content, ScoringSheet scoring, Matrix matrix, MapSheet.Input map, Checkins checkins) {

    public ExportData {
        checkins = checkins == null ? Checkins.none() : checkins;
    }

    /** Data of a session without check-ins. */
    public ExportData(SessionContent content, ScoringSheet scoring, Matrix matrix, MapSheet.Input map) {
        this(content, scoring, matrix, map, Checkins.none());
    }

    /** The export of content, scoring and map held in memory, with the matrix computed and the map laid out as the app does. */
    public static ExportData of(SessionContent content, ScoringSheet scoring, StrategyMap map) {
        return new ExportData(content, scoring, scoring.matrix(), MapSheet.Input.fromMap(content.goals(), map));
    }

    /** The same, with the session's check-ins (a Results sheet when it has review periods). */
    public ExportData withCheckins(Checkins c) {
        return new ExportData(content, scoring, matrix, map, c);
    }

    /** Reads a session with its check-ins, in one transaction; empty when there is no such session. Runs on the database thread. */
    public static Optional<ExportData> read(Store store, long sessionId) {
        return store.transaction(tx -> tx.content().snapshot(sessionId)
                .map(s -> of(s.content(), s.scoring(), s.map()).withCheckins(tx.checkins().read(sessionId))));
    }
}
