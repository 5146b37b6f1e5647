package com.scorecardstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The conflict notice over a real model on a real server: both versions shown with who changed it; the choice is stored. */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class ConflictNoticeUiTest {
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();
    private final ManualScheduler clock = new ManualScheduler();
    private final List<Throwable> errors = new ArrayList<>();
    private javafx.stage.Stage stage;
    private Database anna;
    private Database boris;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        anna.close();
        boris.close();
        assertThat(errors).isEmpty();
    }

    private Database connect() throws Exception {
        return Database.openServer(ServerAddress.parse(target.url(), Optional.empty()), Optional.of(target.password().toCharArray()));
    }

    private GoalsModel model(Database db, long sessionId) {
        GoalsModel m = new GoalsModel(sessionId, db.store(TestDatabases.fixedClock()).goals(),
                new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add),
                new EditHistory(), new Messages(Language.RU));
        m.load();
        return m;
    }

    @Test
    void aConflictIsShownInRussianWithBothVersionsAndKeepMineStoresMine(FxRobot robot) throws Exception {
        anna = connect();
        boris = connect();
        long sessionId = anna.store(TestDatabases.fixedClock()).sessions()
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Команда")).id();
        GoalsModel a = model(anna, sessionId);
        a.addGoal(Stage.FINANCIAL, "profit_growth", "Рост маржи");
        GoalsModel[] b = new GoalsModel[1];
        StackPane host = new StackPane(new Label("workspace"));
        robot.interact(() -> {
            b[0] = model(boris, sessionId);
            ConflictNotice.install(host, b[0], new Messages(Language.RU));
            AppHarness.show(stage, host, 1280, 720);
        });
        robot.interact(() -> {
            a.goalsIn(Stage.FINANCIAL, "profit_growth").get(0).titleProperty().set("Рост маржи до 12 %");
            clock.advance(Duration.ofSeconds(1));
            b[0].goalsIn(Stage.FINANCIAL, "profit_growth").get(0).titleProperty().set("Рост валовой маржи");
            clock.advance(Duration.ofSeconds(1));
        });
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#conflictNotice"));
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText().startsWith("«Рост маржи до 12 %» тоже изменил(а) "
                + target.user())).tryQuery()).isPresent();
        assertThat(AppHarness.shown(robot, "Рост валовой маржи")).isTrue();
        assertThat(AppHarness.shown(robot, "Рост маржи до 12 %")).isTrue();

        robot.clickOn("#keepMine");
        AppHarness.waitUntil(() -> !AppHarness.shown(robot, "#conflictNotice"));
        assertThat(anna.store(TestDatabases.fixedClock()).goals().list(sessionId).get(0).title()).isEqualTo("Рост валовой маржи");
    }

    @Test
    void anIndicatorConflictNamesItsGoalAndShowsTheFiguresAsTheLanguageWritesThem(FxRobot robot) throws Exception {
        anna = connect();
        boris = connect();
        long sessionId = anna.store(TestDatabases.fixedClock()).sessions()
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Команда")).id();
        GoalsModel setup = model(anna, sessionId);
        var goal = setup.addGoal(Stage.FINANCIAL, "profit_growth", "Рост маржи");
        setup.addIndicator(goal, "Валовая маржа");
        clock.advance(Duration.ofSeconds(1));
        GoalsModel a = model(anna, sessionId);
        GoalsModel[] b = new GoalsModel[1];
        StackPane host = new StackPane(new Label("workspace"));
        robot.interact(() -> {
            b[0] = model(boris, sessionId);
            ConflictNotice.install(host, b[0], new Messages(Language.RU));
            AppHarness.show(stage, host, 1280, 720);
        });
        robot.interact(() -> {
            a.goalsIn(Stage.FINANCIAL, "profit_growth").get(0).indicators().get(0).target().textProperty().set("12,5");
            clock.advance(Duration.ofSeconds(1));
            b[0].goalsIn(Stage.FINANCIAL, "profit_growth").get(0).indicators().get(0).target().textProperty().set("15");
            clock.advance(Duration.ofSeconds(1));
        });
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#conflictNotice"));
        robot.interact(() -> com.scorecardstudio.testing.Screenshots.save(stage.getScene(), "conflict-indicator-ru"));
        assertThat(AppHarness.shown(robot, "Показатель цели «Рост маржи»")).isTrue();
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText().startsWith("«Валовая маржа» тоже изменил(а) "
                + target.user())).tryQuery()).isPresent();
        assertThat(AppHarness.shown(robot, "Целевое значение")).as("the field that differs, by its name").isTrue();
        assertThat(AppHarness.shown(robot, "12,5")).as("theirs, written the Russian way").isTrue();
        assertThat(AppHarness.shown(robot, "15")).isTrue();

        robot.clickOn("#keepTheirs");
        AppHarness.waitUntil(() -> !AppHarness.shown(robot, "#conflictNotice"));
        assertThat(b[0].goalsIn(Stage.FINANCIAL, "profit_growth").get(0).indicators().get(0).target().textProperty().get())
                .isEqualTo("12,5");
    }

    @Test
    void aClientConflictNamesTheScoreByItsCriterionAndKeepTheirsShowsTheirs(FxRobot robot) throws Exception {
        anna = connect();
        boris = connect();
        long sessionId = com.scorecardstudio.demo.Demo.create(anna.store(TestDatabases.fixedClock()), Language.EN,
                LocalDate.of(2026, 11, 22)).id();
        Messages en = new Messages(Language.EN);
        java.util.function.Function<Database, com.scorecardstudio.session.ClientsModel> clients = db -> {
            var m = new com.scorecardstudio.session.ClientsModel(sessionId, db.store(TestDatabases.fixedClock()).scoring(),
                    new DirectTaskRunner(), new EditHistory(), () -> en, errors::add);
            m.load();
            return m;
        };
        var a = clients.apply(anna);
        var b = new com.scorecardstudio.session.ClientsModel[1];
        StackPane host = new StackPane(new Label("workspace"));
        robot.interact(() -> {
            b[0] = clients.apply(boris);
            GoalsModel goals = new GoalsModel(sessionId, boris.store(TestDatabases.fixedClock()).goals(),
                    new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add),
                    new EditHistory(), en);
            goals.load();
            ConflictNotice.install(host, b[0], en, goals.conflicts(), b[0].conflicts());
            AppHarness.show(stage, host, 1280, 720);
        });
        long client = a.rows().stream().filter(r -> r.client().name().equals("Airport Services")).findFirst().orElseThrow().id();
        long margin = a.criteria().stream().filter(c -> c.key().equals("margin")).findFirst().orElseThrow().id();
        robot.interact(() -> {
            a.setScore(client, margin, 5);
            b[0].setScore(client, margin, 1);
        });
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#conflictNotice"));
        robot.interact(() -> com.scorecardstudio.testing.Screenshots.save(stage.getScene(), "conflict-client-en"));
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText().startsWith("“Airport Services” was also changed by "
                + target.user())).tryQuery()).isPresent();
        assertThat(AppHarness.shown(robot, "Profitability")).as("the score, by its criterion's name").isTrue();
        assertThat(AppHarness.shown(robot, "5 / 5")).isTrue();
        assertThat(AppHarness.shown(robot, "1 / 5")).isTrue();

        robot.clickOn("#keepTheirs");
        AppHarness.waitUntil(() -> !AppHarness.shown(robot, "#conflictNotice"));
        assertThat(b[0].rows().stream().filter(r -> r.id() == client).findFirst().orElseThrow().scores()).containsEntry(margin, 5);
    }
}
