package com.scorecardstudio.report;

import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import java.util.List;

/**
 * The title of a customer-stage goal for the clients of one cell, worded by zone, e.g.
 * "Build loyalty with X, Y, Z". At most {@link #NAMES_SHOWN} names are listed, then "and N more".
 */
public final class GoalText {
    public static final int NAMES_SHOWN = 5;
    /** Goal titles are at most this long (the goals of issue 3). */
    public static final int MAX_LENGTH = 500;

    private GoalText() {
    }

    public static String title(Zone zone, List<String> clientNames, Messages m) {
        String names;
        if (clientNames.size() > NAMES_SHOWN + 1) {
            names = m.get("scoring.goal.more", String.join(", ", clientNames.subList(0, NAMES_SHOWN)),
                    clientNames.size() - NAMES_SHOWN);
        } else {
            names = String.join(", ", clientNames);
        }
        String title = m.get("scoring.goal." + zone.key(), names);
        if (Text.length(title) > MAX_LENGTH) {
            title = title.substring(0, title.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
        }
        return title;
    }
}
