package com.scorecardstudio.excel;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.util.Optional;

/**
 * Everything one workbook is made from, read in one transaction so that the sheets agree with each
 * other: the session's content, its client scoring (with the matrix the app computes) and the
 * strategy map's boxes and links (the app's own layout and links, issue 4).
 */
public record ExportData(SessionContent content, ScoringSheet scoring, Matrix matrix, MapSheet.Input map) {

    /** The export of content, scoring and map held in memory, with the matrix computed and the map laid out as the app does. */
    public static ExportData of(SessionContent content, ScoringSheet scoring, StrategyMap map) {
        return new ExportData(content, scoring, scoring.matrix(), MapSheet.Input.fromMap(content.goals(), map));
    }

    /** Reads a session; empty when there is no such session. Runs on the database thread. */
    public static Optional<ExportData> read(Store store, long sessionId) {
        return store.content().snapshot(sessionId).map(s -> of(s.content(), s.scoring(), s.map()));
    }
}
