package com.scorecardstudio.session;

import com.scorecardstudio.domain.map.MapText;
import com.scorecardstudio.domain.map.TextMeasure;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text widths for the map's layout when it runs off the FX thread. The screen's fonts may be
 * measured on the FX thread only (JavaFX's text layout shares state between threads), so the texts
 * the layout needs are measured there beforehand ({@link #learnRuns}, {@link #learning}) and only
 * looked up by the layout ({@link #recorded}); a text not measured beforehand makes it give up with
 * {@link Unmeasured}, and the caller lays out on the FX thread instead (measuring it for next time).
 * One table per measure: the widths are that measure's, exactly.
 */
final class MeasuredWidths {
    /** The layout asked for a width nobody measured on the FX thread. */
    static final class Unmeasured extends RuntimeException {
        Unmeasured(String text) {
            super("not measured beforehand: " + text, null, false, false);
        }
    }

    private record Key(TextMeasure.Role role, String text) {
    }

    private final TextMeasure live;
    private final Map<Key, Double> widths = new ConcurrentHashMap<>();
    /** Final once built: read from any thread. */
    private final Map<TextMeasure.Role, Double> lineHeights = new EnumMap<>(TextMeasure.Role.class);
    /** Texts whose runs are measured already (FX thread only). */
    private final Set<String> learnt = new java.util.HashSet<>();

    /** Call on the FX thread. */
    MeasuredWidths(TextMeasure live) {
        this.live = live;
        for (TextMeasure.Role r : TextMeasure.Role.values()) {
            lineHeights.put(r, live.lineHeight(r));
        }
    }

    /** Measures every run of words of {@code text} (and the text itself), once per text. FX thread. */
    void learnRuns(String text, TextMeasure.Role role) {
        if (learnt.add(role + "\u0000" + text)) {
            learning().width(text, role);
            MapText.runs(text).forEach(run -> learning().width(run, role));
        }
    }

    /** The live measure, keeping what it measures. FX thread. */
    TextMeasure learning() {
        return new TextMeasure() {
            @Override
            public double width(String text, Role role) {
                return widths.computeIfAbsent(new Key(role, text), k -> live.width(text, role));
            }

            @Override
            public double lineHeight(Role role) {
                return lineHeights.get(role);
            }
        };
    }

    /** Only what was measured beforehand: for any thread. */
    TextMeasure recorded() {
        return new TextMeasure() {
            @Override
            public double width(String text, Role role) {
                Double w = widths.get(new Key(role, text));
                if (w == null) {
                    throw new Unmeasured(text);
                }
                return w;
            }

            @Override
            public double lineHeight(Role role) {
                return lineHeights.get(role);
            }
        };
    }
}
