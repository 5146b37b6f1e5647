package com.scorecardstudio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the desktop passes when a user opens a .scorecard file starts the app, not a command. */
class LauncherTest {
    @Test
    void aLoneScorecardFileIsASessionToOpen() {
        assertThat(Launcher.isSessionFile(new String[] {"/home/anna/Q3 review.scorecard"})).isTrue();
        assertThat(Launcher.isSessionFile(new String[] {"C:\\Users\\anna\\Q3.SCORECARD"})).isTrue();
    }

    @Test
    void commandsAndOtherFilesAreNot() {
        assertThat(Launcher.isSessionFile(new String[] {"sessions"})).isFalse();
        assertThat(Launcher.isSessionFile(new String[] {"notes.txt"})).isFalse();
        assertThat(Launcher.isSessionFile(new String[] {"--db", "x.scorecard"})).isFalse();
        assertThat(Launcher.isSessionFile(new String[0])).isFalse();
    }
}
