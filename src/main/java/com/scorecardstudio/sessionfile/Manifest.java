package com.scorecardstudio.sessionfile;

/** {@code manifest.json}: what the file is and which version of the format it follows. */
public record Manifest(String format, int formatVersion, String appVersion, String created) {
    public static final String FORMAT = "scorecard-studio-session";
    /** The newest format this code reads and the one it writes. */
    public static final int CURRENT_VERSION = 1;
}
