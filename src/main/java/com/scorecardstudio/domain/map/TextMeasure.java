package com.scorecardstudio.domain.map;

/**
 * How wide a text is on the map, in map units, for each kind of text the map writes. The screen
 * measures with its real fonts; the exports, which have no screen, use {@link #ESTIMATE}: widths of
 * a wide bold sans (DejaVu Sans Bold) per character, so that a line it says fits does fit in the
 * common fonts (Inter, Segoe UI, Arial, Liberation Sans, DejaVu Sans).
 */
public interface TextMeasure {
    /** The map's texts: a card's title, an area's label in a lane's header. */
    enum Role {
        TITLE(15, 19, true), AREA(14, 18, true);

        public final double size;
        public final double lineHeight;
        public final boolean bold;

        Role(double size, double lineHeight, boolean bold) {
            this.size = size;
            this.lineHeight = lineHeight;
            this.bold = bold;
        }
    }

    double width(String text, Role role);

    default double lineHeight(Role role) {
        return role.lineHeight;
    }

    TextMeasure ESTIMATE = new TextMeasure() {
        @Override
        public double width(String text, Role role) {
            double em = 0;
            for (int i = 0; i < text.length(); i++) {
                em += em(text.charAt(i));
            }
            return em * role.size * (role.bold ? 1 : 0.92);
        }
    };

    /** A character's advance in em (bold), generous: wide fonts' widths, the widest of a class. */
    private static double em(char c) {
        if (c == ' ') {
            return 0.36;
        }
        if ("iljI.,:;'|!".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("ftr()[]-\"".indexOf(c) >= 0) {
            return 0.5;
        }
        if ("mwMWЖжШшЩщЮюМмЫыФф".indexOf(c) >= 0) {
            return 1.08;
        }
        if (Character.isDigit(c)) {
            return 0.7;
        }
        if (Character.isUpperCase(c)) {
            return 0.8;
        }
        if (Character.isLetter(c)) {
            return 0.72;
        }
        return 0.8; // punctuation, symbols, anything else
    }
}
