package com.scorecardstudio.domain.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The map's texts laid out whole: titles wrapped on words into as many lines as they need (a word
 * too long for a line is split with a hyphen), never cut with "…". The card grows to hold its
 * title, so the layout needs these heights before it places the cards.
 */
public final class MapText {
    /** Inside a card: left and right padding, and the title's width. */
    public static final double CARD_PAD_X = 12;
    public static final double CARD_PAD_TOP = 8;
    /** The owner's line and the indicators' dots under the title, with the gap above them. */
    public static final double CARD_FOOTER = 34;
    /** What a title line may use: the card's width less its padding and the perspective stripe. */
    public static final double TITLE_WIDTH = Lanes.CARD_WIDTH - 2 * CARD_PAD_X - 6;

    private MapText() {
    }

    /** The lines of a text no wider than {@code maxWidth}, on whole words where a word fits. */
    public static List<String> wrap(String text, double maxWidth, TextMeasure measure, TextMeasure.Role role) {
        List<String> lines = new ArrayList<>();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return lines;
        }
        for (String paragraph : clean.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String token : pieces(paragraph)) {
                boolean glued = token.startsWith("\u0000"); // the rest of a hyphenated word: no space before it
                String word = glued ? token.substring(1) : token;
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + (glued ? "" : " ") + word;
                if (measure.width(candidate, role) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word wider than a line: split it, a hyphen at each break
                String rest = word;
                while (measure.width(rest, role) > maxWidth && rest.length() > 1) {
                    int n = longestPieceThatFits(rest, maxWidth, measure, role);
                    lines.add(rest.substring(0, n) + "-");
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /**
     * How many characters of a word too wide for a line go on the line, with a hyphen: the most that fit,
     * at least one. Found by halving (a piece's width grows with its length), so a long word typed on a
     * card measures a few pieces per line, not one per character.
     */
    private static int longestPieceThatFits(String word, double maxWidth, TextMeasure measure, TextMeasure.Role role) {
        int fits = 1;
        int tooWide = word.length();
        while (tooWide - fits > 1) {
            int n = (fits + tooWide) >>> 1;
            if (measure.width(word.substring(0, n) + "-", role) <= maxWidth) {
                fits = n;
            } else {
                tooWide = n;
            }
        }
        return fits;
    }

    /**
     * Every text {@link #wrap} measures to wrap {@code text} at any width its every word fits in: each
     * run of consecutive words, written as a line would hold it. Lets the caller measure them all
     * beforehand, where measuring is allowed (the screen's fonts only on the FX thread), and wrap
     * elsewhere from those widths. A word too wide for a line needs more (its pieces), not listed here.
     */
    public static List<String> runs(String text) {
        List<String> out = new ArrayList<>();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return out;
        }
        for (String paragraph : clean.split("\\R")) {
            List<String> tokens = pieces(paragraph);
            for (int i = 0; i < tokens.size(); i++) {
                StringBuilder line = new StringBuilder();
                for (int j = i; j < tokens.size(); j++) {
                    boolean glued = tokens.get(j).startsWith("\u0000");
                    String word = glued ? tokens.get(j).substring(1) : tokens.get(j);
                    if (word.isEmpty()) {
                        continue;
                    }
                    if (!line.isEmpty() && !glued) {
                        line.append(' ');
                    }
                    line.append(word);
                    out.add(line.toString());
                }
            }
        }
        return out;
    }

    /**
     * The words of a paragraph, a hyphenated word in its parts ("онлайн-", "консультации") so that a
     * line may end at its hyphen; a part that continues a word is marked with a leading NUL.
     */
    private static List<String> pieces(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String word : paragraph.strip().split("\\s+")) {
            int start = 0;
            for (int i = 1; i < word.length() - 1; i++) {
                if (word.charAt(i) == '-' && i + 1 - start > 2) {
                    out.add((start > 0 ? "\u0000" : "") + word.substring(start, i + 1));
                    start = i + 1;
                }
            }
            out.add((start > 0 ? "\u0000" : "") + word.substring(start));
        }
        return out;
    }

    /** A card's height for its title: at least the usual card, taller for a long title. */
    public static double cardHeight(String title, TextMeasure measure) {
        int lines = Math.max(1, wrap(title, TITLE_WIDTH, measure, TextMeasure.Role.TITLE).size());
        double h = CARD_PAD_TOP + lines * measure.lineHeight(TextMeasure.Role.TITLE) + CARD_FOOTER;
        return Math.max(Lanes.CARD_HEIGHT, Math.ceil(h / 2) * 2);
    }

    /** The height of an area's label wrapped to the width of its cards. */
    public static double areaLabelHeight(String label, double width, TextMeasure measure) {
        int lines = Math.max(1, wrap(label, width, measure, TextMeasure.Role.AREA).size());
        return lines * measure.lineHeight(TextMeasure.Role.AREA);
    }
}
