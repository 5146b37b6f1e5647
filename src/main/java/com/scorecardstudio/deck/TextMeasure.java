package com.scorecardstudio.deck;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text measured with real font metrics, headless: how many lines a text wraps into in a box of a given
 * width at a given size, so that the deck sizes its boxes and chooses its type before PowerPoint or
 * Impress ever sees it. The deck declares Arial (in every office suite, with Cyrillic); it is measured
 * with Arial where installed, else with Liberation Sans (Arial's metrics, which LibreOffice substitutes
 * for it), else with a wider sans-serif, which errs on the safe side.
 */
final class TextMeasure {
    /** The typeface written into every run of the deck. */
    static final String DECLARED_FONT = "Arial";
    /** Line height as a multiple of the font size: single spacing in PowerPoint and Impress, with a margin. */
    static final double LINE = 1.2;
    /** No text is set smaller than this; what does not fit at it continues on the next slide. */
    static final double MIN_SIZE = 10;
    /** Boxes are measured a little narrower than they are: renderers kern and hint differently. */
    private static final double WIDTH_SAFETY = 0.95;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String FAMILY = family();
    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    private TextMeasure() {
    }

    /** The font family the measurements use (for the record: tests and the report say which). */
    static String measuringFamily() {
        return FAMILY;
    }

    private static String family() {
        List<String> installed;
        try {
            installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
        } catch (RuntimeException | Error e) {
            installed = List.of();
        }
        for (String f : List.of("Arial", "Liberation Sans", "Arimo", "DejaVu Sans")) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.SANS_SERIF;
    }

    static Font font(boolean bold, double size) {
        Font base = FONTS.computeIfAbsent(FAMILY + bold, k -> new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 12));
        return base.deriveFont((float) size);
    }

    /** One wrapped line, and whether a paragraph ends with it. */
    record Line(String text, boolean endsParagraph) {
    }

    private record Key(String text, boolean bold, double size, double width) {
    }

    /** Measured wraps: a deck asks for the same text at the same size many times while it chooses sizes. */
    private static final Map<Key, List<Line>> WRAPS = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    /** The lines {@code text} (paragraphs separated by line breaks) wraps into at {@code width} points. */
    static List<Line> wrap(String text, boolean bold, double size, double width) {
        Key key = new Key(text == null ? "" : text, bold, size, width);
        List<Line> cached = WRAPS.get(key);
        if (cached != null) {
            return cached;
        }
        List<Line> lines = List.copyOf(measure(key.text(), bold, size, width));
        if (WRAPS.size() > CACHE_LIMIT) {
            WRAPS.clear();
        }
        WRAPS.put(key, lines);
        return lines;
    }

    /** Forgets measured wraps (each deck starts afresh, so its time does not depend on the one before). */
    static void forget() {
        WRAPS.clear();
        WORDS.clear();
    }

    /** Widths of the words measured in this deck, per font and size: most words recur on many slides. */
    private static final Map<Font, Map<String, Double>> WORDS = new ConcurrentHashMap<>();

    private static List<Line> measure(String text, boolean bold, double size, double width) {
        List<Line> lines = new ArrayList<>();
        double w = Math.max(1, width * WIDTH_SAFETY);
        Font font = font(bold, size);
        Map<String, Double> words = WORDS.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
        String[] paragraphs = text.split("\r\n|\r|\n", -1);
        for (String p : paragraphs) {
            if (p.isEmpty()) {
                lines.add(new Line("", true));
                continue;
            }
            if (p.length() < 200 && font.getStringBounds(p, FRC).getWidth() <= w) { // the common case: one line
                lines.add(new Line(p, true));
                continue;
            }
            breakLines(p, font, words, w, lines);
        }
        return lines;
    }

    /**
     * Greedy line breaking as the office suites do it: after a space or a hyphen, a line's trailing
     * spaces hanging past the edge, a word wider than the box broken where it must. Widths add up word
     * by word (no kerning or ligatures at these sizes), each word measured once per deck — the
     * measurement of whole lines per paragraph was a sixth of a large deck's time.
     */
    static void breakLines(String p, Font font, Map<String, Double> words, double w, List<Line> lines) {
        int start = 0;
        double used = 0; // the line so far, its trailing spaces included
        int i = 0;
        while (i < p.length()) {
            int end = tokenEnd(p, i); // a word with its hyphen, then its spaces
            int spaces = end;
            while (spaces > i && p.charAt(spaces - 1) == ' ') {
                spaces--;
            }
            double word = spaces > i ? widthOf(p.substring(i, spaces), font, words) : 0;
            double gap = end > spaces ? widthOf(" ", font, words) * (end - spaces) : 0;
            if (used + word > w && i > start) { // the word goes to the next line
                lines.add(new Line(p.substring(start, i), false));
                start = i;
                used = 0;
            }
            if (word > w) { // wider than the box on its own: broken where it must
                int cut = i;
                while (cut < spaces) {
                    int fit = longestFit(p, cut, spaces, font, w);
                    if (fit >= spaces) {
                        break;
                    }
                    lines.add(new Line(p.substring(start, fit), false));
                    start = fit;
                    cut = fit;
                }
                used = widthOf(p.substring(start, spaces), font, words) + gap;
            } else {
                used += word + gap;
            }
            i = end;
        }
        lines.add(new Line(p.substring(start), true));
    }

    /** Where the word at {@code i} ends: after its hyphen (a break opportunity) or after its following spaces. */
    private static int tokenEnd(String p, int i) {
        int j = i;
        while (j < p.length() && p.charAt(j) != ' ') {
            char c = p.charAt(j);
            j++;
            if ((c == '-' || c == '\u2013' || c == '\u2014') && j < p.length() && Character.isLetterOrDigit(p.charAt(j))
                    && j - 1 > i) {
                return j;
            }
        }
        while (j < p.length() && p.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /** The end of the longest run of {@code p} from {@code from} (at least one character) that fits {@code w}. */
    private static int longestFit(String p, int from, int to, Font font, double w) {
        int lo = from + 1;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (font.getStringBounds(p, from, mid, FRC).getWidth() <= w) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static double widthOf(String word, Font font, Map<String, Double> words) {
        Double known = words.get(word);
        if (known == null) {
            known = font.getStringBounds(word, FRC).getWidth();
            words.put(word, known);
        }
        return known;
    }

    static int lineCount(String text, boolean bold, double size, double width) {
        return wrap(text, bold, size, width).size();
    }

    /** The height {@code lines} lines take at {@code size} points. */
    static double height(int lines, double size) {
        return lines * size * LINE;
    }

    static double height(String text, boolean bold, double size, double width) {
        return height(lineCount(text, bold, size, width), size);
    }

    /** The width of one line of text, unwrapped. */
    static double width(String text, boolean bold, double size) {
        return font(bold, size).getStringBounds(text, FRC).getWidth() / WIDTH_SAFETY;
    }

    /** The text of {@code lines} put back together: each paragraph's lines joined, paragraphs on their own lines. */
    static String join(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            sb.append(l.text());
            if (l.endsParagraph() && i < lines.size() - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code text} cut to at most {@code maxLines} lines at this size, with an ellipsis when cut. */
    static String fitLines(String text, boolean bold, double size, double width, int maxLines) {
        List<Line> lines = wrap(text, bold, size, width);
        if (lines.size() <= maxLines) {
            return text;
        }
        if (maxLines <= 0) {
            return "";
        }
        String kept = join(lines.subList(0, maxLines)).stripTrailing();
        while (!kept.isEmpty() && lineCount(kept + "…", bold, size, width) > maxLines) {
            int cut = kept.lastIndexOf(' ');
            kept = (cut > 0 ? kept.substring(0, cut) : kept.substring(0, kept.length() - 1)).stripTrailing();
        }
        return kept + "…";
    }
}
