package com.scorecardstudio.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.testing.AppHarness;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After the session: each goal's status in the review period on its stage page and on the map (issue 17, item 2). */
@ExtendWith(ApplicationExtension.class)
class ReviewStatusUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("review-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    /** The badges showing a status (hidden ones are the goals with nothing rated). */
    private static List<String> badges(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aGoalOnTrackSaysSoOnItsStagePageAndItsMapCard(FxRobot robot) throws Exception {
        String[] goalTitle = new String[1];
        app.launchOnDemo(robot, (store, session) -> {
            Goal goal = store.goals().list(session).stream().filter(g -> g.stage() == Stage.FINANCIAL)
                    .filter(g -> g.indicators().stream().anyMatch(i -> i.baselineValue() != null && i.targetValue() != null))
                    .findFirst().orElseThrow();
            Indicator ind = goal.indicators().stream().filter(i -> i.baselineValue() != null && i.targetValue() != null)
                    .findFirst().orElseThrow();
            LocalDate today = LocalDate.now();
            store.checkins().saveSchedule(session, ReviewSchedule.of(Cadence.QUARTERLY, today.withDayOfYear(1)));
            // the target reached in the current quarter: on track whatever the dates
            store.checkins().save(session, new Actual(ind.id(), Period.containing(Cadence.QUARTERLY, today), ind.targetValue(), ""));
            goalTitle[0] = goal.title();
        });
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#nav-financial"));
        robot.clickOn("#nav-financial");
        AppHarness.waitUntil(() -> !badges(robot, "review-badge").isEmpty());
        assertThat(badges(robot, "review-badge")).as("one goal is rated, the others show nothing").containsExactly("● on track");
        Label badge = (Label) robot.lookup(".review-badge").queryAll().stream().filter(Node::isVisible).findFirst().orElseThrow();
        assertThat(badge.getTooltip().getText()).startsWith("Status in " + Period.containing(Cadence.QUARTERLY, LocalDate.now()).id())
                .contains("1 of 1 rated on track");
        // the badge sits in the rated goal's own cell
        Node cell = badge;
        while (!(cell instanceof javafx.scene.control.ListCell<?>)) {
            cell = cell.getParent();
        }
        assertThat(((com.scorecardstudio.session.GoalItem) ((javafx.scene.control.ListCell<?>) cell).getItem())
                .titleProperty().get()).isEqualTo(goalTitle[0]);

        robot.clickOn("#nav-map");
        AppHarness.waitUntil(() -> !badges(robot, "map-card-review").isEmpty());
        // on the card a sign in a disc (the owner keeps its room), the word in its tooltip and for screen readers
        assertThat(badges(robot, "map-card-review")).containsExactly("✓");
        Label sign = (Label) robot.lookup(".map-card-review").queryAll().stream().filter(Node::isVisible).findFirst().orElseThrow();
        assertThat(sign.getAccessibleText()).isEqualTo("on track");
        assertThat(sign.getTooltip().getText()).startsWith("on track. Status in ");
        assertThat(robot.lookup("#mapLegend").queryAll().stream().flatMap(l -> ((javafx.scene.Parent) l).lookupAll(".map-legend-text").stream())
                .filter(Node::isVisible).map(n -> ((Label) n).getText()))
                .contains("Goal on track, at risk, off track in the chosen review period (from its indicators)");
    }

    @Test
    void aLineOfTheCheckInShowsItsTrendAndImpactAndThePerspectivesAreRolledUp(FxRobot robot) throws Exception {
        Indicator[] chosen = new Indicator[1];
        app.launchOnDemo(robot, (store, session) -> {
            Indicator ind = store.goals().list(session).stream().filter(g -> g.stage() == Stage.FINANCIAL)
                    .flatMap(g -> g.indicators().stream()).filter(i -> i.baselineValue() != null && i.targetValue() != null)
                    .findFirst().orElseThrow();
            LocalDate today = LocalDate.now();
            Period now = Period.containing(Cadence.QUARTERLY, today);
            store.checkins().saveSchedule(session, ReviewSchedule.of(Cadence.QUARTERLY, now.previous().start()));
            store.checkins().saveAll(session, List.of(new Actual(ind.id(), now.previous(), ind.baselineValue(), "summer"),
                    new Actual(ind.id(), now, ind.targetValue(), "")));
            chosen[0] = ind;
        });
        Indicator ind = chosen[0];
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#nav-checkin"));
        robot.clickOn("#nav-checkin");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#rollUp-financial"));
        assertThat(((Label) robot.lookup("#rollUp-financial").queryAs(javafx.scene.layout.HBox.class).getChildren().get(0)).getText())
                .isEqualTo("Financial: 1 of 1");
        assertThat(robot.lookup("#impactPanel").queryAs(ImpactPanel.class).isVisible()).as("nothing chosen yet").isFalse();

        // using a line's field chooses the line: its trend and impact statement open below
        robot.clickOn("#note-" + ind.id());
        AppHarness.waitUntil(() -> robot.lookup("#impactPanel").queryAs(ImpactPanel.class).isVisible());
        ImpactPanel panel = robot.lookup("#impactPanel").queryAs(ImpactPanel.class);
        assertThat(robot.lookup("#impactTitle").queryAs(Label.class).getText()).startsWith(ind.name());
        assertThat(robot.lookup("#impactMovement").queryAs(Label.class).getText()).isEqualTo("Trend: improving");
        assertThat(panel.plottedActuals()).isEqualTo(2);
        assertThat(panel.shownStatement()).anyMatch(l -> l.startsWith("Before: "))
                .anyMatch(l -> l.startsWith("After: ")).anyMatch(l -> l.startsWith("Sustainability: "));

        robot.clickOn("#impactClose");
        AppHarness.waitUntil(() -> !robot.lookup("#impactPanel").queryAs(ImpactPanel.class).isVisible());
    }
}
