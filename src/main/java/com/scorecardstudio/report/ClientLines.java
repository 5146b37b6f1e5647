package com.scorecardstudio.report;

import com.scorecardstudio.domain.scoring.AxisScore;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code clients} command's stable output: one line per client,
 * {@code name TAB attractiveness TAB relationship TAB cell TAB zone}. Scores have two decimals and a
 * point whatever the language, empty when the axis has no score; the cell is
 * {@code <low|medium|high>/<weak|medium|strong>} and the zone its key, both {@code -} when the
 * client is not placed. Tabs and line breaks inside a name become spaces.
 */
public final class ClientLines {
    public static final String NOT_PLACED = "-";

    private ClientLines() {
    }

    public static List<String> lines(Matrix matrix) {
        List<String> lines = new ArrayList<>(matrix.placements().size());
        for (Placement p : matrix.placements()) {
            lines.add(line(p));
        }
        return lines;
    }

    public static String line(Placement p) {
        return p.client().name().replaceAll("[\\t\\r\\n]+", " ")
                + "\t" + score(p.attractiveness())
                + "\t" + score(p.relationship())
                + "\t" + p.cell().map(Cell::key).orElse(NOT_PLACED)
                + "\t" + p.zone().map(z -> z.key()).orElse(NOT_PLACED);
    }

    private static String score(AxisScore s) {
        return s == null ? "" : LocalNumbers.plainTwo(s.rounded());
    }
}
