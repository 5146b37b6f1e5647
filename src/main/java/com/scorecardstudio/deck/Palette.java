package com.scorecardstudio.deck;

import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.scoring.Zone;
import java.awt.Color;
import java.util.Map;

/** The deck's colours: the app's perspective colours ({@code app.css}) and zone colours ({@code scoring.css}). */
final class Palette {
    static final Color INK = new Color(0x0F172A);
    static final Color MUTED = new Color(0x64748B);
    static final Color RULE = new Color(0xCBD5E1);
    static final Color PAPER = Color.WHITE;
    static final Color NEUTRAL = new Color(0x1F2937);
    static final Color NEUTRAL_TINT = new Color(0xF1F5F9);
    static final Color CONNECTOR = new Color(0x334155);
    static final Color REACHED = new Color(0x16A34A);
    static final Color MOVING = new Color(0xD97706);
    static final Color NOT_MEASURED = new Color(0x94A3B8);
    static final Color WARNING = new Color(0xB42318);

    private static final Map<Stage, Color> STRONG = Map.of(
            Stage.FINANCIAL, new Color(0x1D4ED8), Stage.CUSTOMER, new Color(0x0F766E),
            Stage.INTERNAL_PROCESSES, new Color(0xB45309), Stage.LEARNING_GROWTH, new Color(0x7C3AED));
    private static final Map<Stage, Color> TINT = Map.of(
            Stage.FINANCIAL, new Color(0xE8EEFC), Stage.CUSTOMER, new Color(0xE5F3F1),
            Stage.INTERNAL_PROCESSES, new Color(0xFBF0E4), Stage.LEARNING_GROWTH, new Color(0xF1EBFD));
    private static final Map<Zone, Color> ZONE_FILL = Map.of(
            Zone.PROTECT_REVENUE, new Color(0xFBE4E2), Zone.INVEST_SELECTIVELY, new Color(0xFDF0CC),
            Zone.BUILD_LOYALTY, new Color(0xDCE8FD), Zone.DEEPEN_RELATIONSHIP, new Color(0xCDEFDC));
    private static final Map<Zone, Color> ZONE_INK = Map.of(
            Zone.PROTECT_REVENUE, new Color(0xB42318), Zone.INVEST_SELECTIVELY, new Color(0x93520A),
            Zone.BUILD_LOYALTY, new Color(0x1D4ED8), Zone.DEEPEN_RELATIONSHIP, new Color(0x05603A));

    private Palette() {
    }

    static Color strong(Stage s) {
        return STRONG.get(s);
    }

    static Color tint(Stage s) {
        return TINT.get(s);
    }

    static Color zoneFill(Zone z) {
        return ZONE_FILL.get(z);
    }

    static Color zoneInk(Zone z) {
        return ZONE_INK.get(z);
    }
}
