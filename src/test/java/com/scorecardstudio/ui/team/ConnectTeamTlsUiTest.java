package com.scorecardstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestPostgres;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The connect dialog on a server that speaks TLS: a pasted {@code verify-full} address with the team's
 * root certificate ({@code sslrootcert}) under a name the certificate does not carry is refused in the
 * dialog, in words; with the certificate's name it connects, the root certificate kept through the edit.
 * Under "Certificates…" the root certificate and a client certificate and key are typed into fields of
 * their own; a key file that is not there is named, and with the right one it connects.
 */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class ConnectTeamTlsUiTest {
    @TempDir
    static Path dir;
    private AppHarness app;
    private final TestPostgres server = TestPostgres.tlsServer();
    private final TestPostgres.Target target = server.newDatabase();

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    @Test
    void aPastedVerifyFullAddressIsRefusedForAnotherNameAndConnectsUnderTheCertificatesName() throws Exception {
        FxRobot robot = new FxRobot();
        app.launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#connectTeam"));
        robot.clickOn("#connectTeam");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#teamAddress"));
        String query = "?sslmode=verify-full&sslrootcert=" + server.certificates().root();
        TextField address = robot.lookup("#teamAddress").queryAs(TextField.class);
        robot.interact(() -> address.setText(target.url("localhost") + query)); // pasted, as from the administrator's mail
        robot.clickOn("#teamPassword").write(target.password());
        robot.clickOn("#teamConnect");
        Label problem = robot.lookup("#teamProblem").queryAs(Label.class);
        AppHarness.waitUntil(() -> problem.getText().contains("another name"));
        assertThat(problem.getText()).contains("localhost").contains("certificate").doesNotContain("Exception");

        robot.doubleClickOn("#teamHost").eraseText(20).write("127.0.0.1");
        robot.clickOn("#teamConnect");
        Label status = robot.lookup("#databaseLabel").queryAs(Label.class);
        AppHarness.waitUntil(() -> status.getText().startsWith("Team workspace: "));
        assertThat(status.getText()).contains("@127.0.0.1:" + server.port() + "/" + target.database())
                .contains("sslmode=verify-full").contains("sslrootcert=");
    }

    @Test
    void theCertificatesFieldsLogInWithAClientCertificateAndAMissingKeyIsNamed() throws Exception {
        TestPostgres.Target certified = server.newCertificateDatabase();
        TestPostgres.ClientCertificate mine = server.clientCertificate(certified.user(), false);
        FxRobot robot = new FxRobot();
        app.launch(robot);
        ConnectForm.fill(robot, server.port(), certified.database(), certified.user(), "");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> tls = robot.lookup("#teamTls").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> tls.setValue("verify-full"));
        robot.clickOn("#teamCertificates");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#teamRootCert"));
        assertThat(AppHarness.shown(robot, "#teamClientKeyBrowse")).isTrue();
        robot.clickOn("#teamRootCert").write(server.certificates().root().toString());
        robot.clickOn("#teamClientCert").write(mine.cert().toString());
        String missing = dir.resolve("no-such-key.pk8").toString();
        robot.clickOn("#teamClientKey").write(missing);
        robot.clickOn("#teamConnect");
        Label problem = robot.lookup("#teamProblem").queryAs(Label.class);
        AppHarness.waitUntil(() -> problem.getText().contains(missing));
        assertThat(problem.getText()).contains("sslkey=").doesNotContain("Exception");
        robot.interact(() -> com.scorecardstudio.testing.Screenshots.save(problem.getScene(), "connect-team-certificates"));
        // what was typed is kept: only the key's path changes
        assertThat(robot.lookup("#teamClientCert").queryAs(TextField.class).getText()).isEqualTo(mine.cert().toString());

        TextField key = robot.lookup("#teamClientKey").queryAs(TextField.class);
        robot.interact(() -> key.setText(mine.key().toString()));
        robot.clickOn("#teamConnect");
        Label status = robot.lookup("#databaseLabel").queryAs(Label.class);
        AppHarness.waitUntil(() -> status.getText().startsWith("Team workspace: "));
        assertThat(status.getText()).contains("/" + certified.database()).contains("sslcert=").contains("sslkey=");
    }
}
