package com.scorecardstudio.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's name and version (filled in by the build from the pom). */
public final class AppInfo {
    public static final String NAME = "Scorecard Studio";

    private AppInfo() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p.getProperty("version", "unknown");
    }
}
