package com.scorecardstudio.ui.team;

import com.scorecardstudio.testing.AppHarness;
import org.testfx.api.FxRobot;

/** The home screen's "Connect to a team workspace…" form, filled in as a user types it (the loopback server). */
final class ConnectForm {
    private ConnectForm() {
    }

    /** Opens the form and types the address and password; does not press Connect. */
    static void fill(FxRobot robot, int port, String database, String user, String password) throws Exception {
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#connectTeam"));
        robot.clickOn("#connectTeam");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#teamHost"));
        robot.clickOn("#teamHost").write("127.0.0.1");
        robot.doubleClickOn("#teamPort").eraseText(6).write(String.valueOf(port));
        robot.clickOn("#teamDatabase").write(database);
        robot.doubleClickOn("#teamUser").eraseText(40).write(user);
        robot.clickOn("#teamPassword").write(password);
    }
}
