package com.scorecardstudio.sessionfile;

/** {@code manifest.json}: what the file is and which version of the format it follows. */
public record Manifest(String format, int formatVersion, String appVersion, String created) {
    public static final String FORMAT = "scorecard-studio-session";
    /** The newest format this code reads; written when a file carries check-ins. */
    public static final int CURRENT_VERSION = 2;
    /**
     * The version of a file without check-ins: version 1 is what it holds, so an app of before check-ins
     * still reads it; one with check-ins is version 2, which such an app refuses rather than drop them.
     */
    public static final int WITHOUT_CHECKINS = 1;
}
