package com.scorecardstudio.report;

import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;

/** Names and strategy texts of the zones: the session's own text, else the default of the language. */
public final class StrategyTexts {
    private StrategyTexts() {
    }

    public static String zoneName(Zone zone, Messages m) {
        return m.get("scoring.zone." + zone.key());
    }

    public static String strategy(Zone zone, ScoringSettings settings, Messages m) {
        return settings.strategy(zone).orElseGet(() -> defaultStrategy(zone, m));
    }

    public static String defaultStrategy(Zone zone, Messages m) {
        return m.get("scoring.strategy." + zone.key());
    }
}
