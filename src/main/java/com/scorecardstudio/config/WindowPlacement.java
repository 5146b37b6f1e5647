package com.scorecardstudio.config;

import java.util.Optional;

/** Where the main window was, so it opens there again. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    String format() {
        return x + "," + y + "," + width + "," + height + "," + maximized;
    }

    static Optional<WindowPlacement> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String[] p = s.split(",");
        if (p.length != 5) {
            return Optional.empty();
        }
        try {
            var w = new WindowPlacement(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4]));
            return w.width() >= 200 && w.height() >= 150 ? Optional.of(w) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
