package com.scorecardstudio.session;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Text;

/** The note limit applied before anything reaches the database (the fields stop typing at it too). */
final class Notes {
    private Notes() {
    }

    /** At most {@link Limits#NOTE_TEXT} characters, counted as the user counts them. */
    static String clip(String s) {
        String text = s == null ? "" : s;
        if (Text.length(text) <= Limits.NOTE_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Limits.NOTE_TEXT));
    }
}
