package com.scorecardstudio.deck;

import java.util.Locale;
import java.util.Optional;

/**
 * How the map slide draws its links, both along the app's routes. PowerPoint keeps a glued connector
 * as stored until a card moves and then drags it along; LibreOffice (7.4 and 25.2 alike) redraws every
 * glued connector its own way, straight through cards. So the consultant chooses: arrows that follow
 * the cards in PowerPoint, or arrows drawn exactly, the same in every office suite.
 */
public enum MapLinks {
    /** Elbow connectors glued to their cards (the default: the deck is for editing in PowerPoint). */
    GLUED,
    /** Freeform arrows along the routes, not attached to the cards. */
    DRAWN;

    /** The command line's word for it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MapLinks> fromCode(String code) {
        for (MapLinks l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
