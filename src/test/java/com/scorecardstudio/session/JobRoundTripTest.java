package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.SummaryReport;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of edit of an open session, as a job: done, it changes what is stored; undone, the
 * database holds exactly what it held before; redone, exactly what it held after — on a real H2 file.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class JobRoundTripTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private Store store;
    private long sessionId;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Throwable> failures = new ArrayList<>();
    private OpenSession open;
    private GoalItem a;
    private GoalItem b;

    @BeforeEach
    void seed() throws Exception {
        db = engine.open(dir.resolve("jobs.mv.db"));
        store = db.store(TestDatabases.fixedClock());
        Session session = store.sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Board retreat"));
        sessionId = session.id();
        open = new OpenSession(session, store, new DirectTaskRunner(), scheduler, () -> 0L, new Messages(Language.EN),
                failures::add);
        open.load();
        GoalsModel goals = open.goals();
        a = goals.addGoal(Stage.FINANCIAL, "cost_structure", "Cut the cost of a visit");
        b = goals.addGoal(Stage.CUSTOMER, "service", "Patients come back");
        goals.addGoal(Stage.CUSTOMER, "service", "Shorter waits");
        a.ownerProperty().set("Olga");
        IndicatorItem cost = goals.addIndicator(a, "Cost of a visit");
        cost.baseline().textProperty().set("2,400");
        goals.addMeasurement(cost, new Measurement(null, LocalDate.of(2026, 10, 1), new BigDecimal("2350")));
        goals.addInitiative(a, "Renegotiate supplies");
        open.map().link(a, b);
        open.parking().add("Ask finance for the 2025 figures");
        scheduler.advance(Duration.ofSeconds(2));
        open.history().clear();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(failures).isEmpty();
    }

    /** Everything stored, in words: the summary, the map's links and pins by goal title. */
    private String stored() {
        String summary = SummaryReport.markdown(store, sessionId, new Messages(Language.EN)).orElseThrow();
        Map<Long, String> titles = store.goals().list(sessionId).stream().collect(Collectors.toMap(Goal::id, Goal::title));
        StrategyMap map = store.map().read(sessionId);
        String links = map.links().stream().map(l -> titles.get(l.causeGoalId()) + " → " + titles.get(l.effectGoalId())
                + " " + l.strength() + " " + l.hypothesis()).sorted().collect(Collectors.joining("\n"));
        String pins = map.pinned().values().stream().map(p -> titles.get(p.goalId()) + " @ " + p.x() + "," + p.y())
                .sorted().collect(Collectors.joining("\n"));
        return summary + "\n" + links + "\n" + pins;
    }

    record Edit(String name, Consumer<JobRoundTripTest> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                new Edit("add a goal", t -> t.open.goals().addGoal(Stage.LEARNING_GROWTH, "people", "Train the nurses")),
                new Edit("delete a goal with its link", t -> t.open.goals().deleteGoal(t.a)),
                new Edit("move a goal", t -> t.open.goals().moveGoal(t.a, Stage.INTERNAL_PROCESSES, "operational", 0)),
                new Edit("reorder within an area", t -> t.open.goals().moveGoal(t.b, Stage.CUSTOMER, "service", 1)),
                new Edit("type a title", t -> t.a.titleProperty().set("Cut the cost of a visit by 10%")),
                new Edit("set a priority", t -> t.a.priorityProperty().set(com.scorecardstudio.domain.Priority.HIGH)),
                new Edit("add an indicator", t -> t.open.goals().addIndicator(t.b, "Repeat visits")),
                new Edit("delete an indicator", t -> t.open.goals().deleteIndicator(t.a, t.a.indicators().get(0))),
                new Edit("type a target", t -> t.a.indicators().get(0).target().textProperty().set("2,100")),
                new Edit("add a measurement", t -> t.open.goals().addMeasurement(t.a.indicators().get(0),
                        new Measurement(null, LocalDate.of(2026, 11, 1), new BigDecimal("2300")))),
                new Edit("delete a measurement", t -> t.open.goals().deleteMeasurement(t.a.indicators().get(0),
                        t.a.indicators().get(0).measurements().get(0))),
                new Edit("add an initiative", t -> t.open.goals().addInitiative(t.b, "Call patients after a visit")),
                new Edit("delete an initiative", t -> t.open.goals().deleteInitiative(t.a, t.a.initiatives().get(0))),
                new Edit("link two goals", t -> t.open.map().link(t.b, t.open.goals().goalsIn(Stage.CUSTOMER, "service").get(1))),
                new Edit("delete a link", t -> t.open.map().deleteLink(t.open.map().linkBetween(t.a, t.b).orElseThrow())),
                new Edit("make a link strong", t -> t.open.map().setStrength(t.open.map().linkBetween(t.a, t.b).orElseThrow(),
                        LinkStrength.STRONG)),
                new Edit("pin a card", t -> t.open.map().move(Map.of(t.a, new Point2D(400, 40)))),
                new Edit("park a note", t -> t.open.parking().add("Who owns the IT budget?")),
                new Edit("remove a parked note", t -> t.open.parking().remove(t.open.parking().notes().get(0))),
                new Edit("check a policy", t -> t.open.extras().policy(CustomerPolicy.values()[0]).statusProperty()
                        .set(CustomerPolicy.Status.values()[1])),
                new Edit("score a customer area", t -> t.open.extras().area("service").scoreProperty().set(4)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void doneUndoneRedone(Edit edit) {
        String before = stored();
        edit.run().accept(this);
        scheduler.advance(Duration.ofSeconds(2)); // typing is written after its pause
        String after = stored();
        assertThat(after).as("what %s stores", edit).isNotEqualTo(before);

        open.undo();
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(stored()).as("after undoing %s", edit).isEqualTo(before);

        open.redo();
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(stored()).as("after redoing %s", edit).isEqualTo(after);
    }
}
