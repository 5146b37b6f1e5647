package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goals and the facilitator's notes on a real H2 file, across a close and reopen. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class GoalRepositoryTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("goals.mv.db");
    }

    private static Indicator indicator() {
        return new Indicator(null, "Patient waiting time", "min", Direction.DOWN, new BigDecimal("42.5"), LocalDate.of(2026, 10, 1),
                new BigDecimal("20"), LocalDate.of(2027, 12, 31), "all 3 clinics, ~9,000 visits a month", new BigDecimal("1500000"),
                "RUB/year", "MIS queue log", ReviewFrequency.MONTHLY,
                List.of(new Measurement(null, LocalDate.of(2026, 11, 1), new BigDecimal("39.25"))));
    }

    @Test
    void aGoalWithEverythingInItSurvivesReopening() throws Exception {
        long sessionId;
        try (Database db = engine.open(file())) {
            sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                    .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
            GoalRepository goals = new GoalRepository(db.dsl());
            Goal g = new Goal(null, Stage.CUSTOMER, "service", "Cut waiting time", "Queues at reception.\nPeak on Mondays.",
                    "Elena Volkova", Priority.HIGH, List.of(indicator()),
                    List.of(new Initiative(null, "Online check-in", "Sergey", LocalDate.of(2027, 1, 10),
                            LocalDate.of(2027, 3, 31), new BigDecimal("800000"), InitiativeStatus.IN_PROGRESS)));
            Goal stored = goals.insert(sessionId, g, 0);
            assertThat(stored.id()).isNotNull();
            assertThat(stored.indicators().get(0).id()).isNotNull();
            goals.insert(sessionId, Goal.titled(Stage.FINANCIAL, "profit_growth", "Enter the corporate market"), 0);
        }
        try (Database db = engine.open(file())) {
            List<Goal> goals = new GoalRepository(db.dsl()).list(sessionId);
            assertThat(goals).extracting(Goal::title).containsExactly("Enter the corporate market", "Cut waiting time");
            Goal g = goals.get(1);
            assertThat(g.description()).isEqualTo("Queues at reception.\nPeak on Mondays.");
            assertThat(g.priority()).isEqualTo(Priority.HIGH);
            Indicator i = g.indicators().get(0);
            assertThat(i.baselineValue()).isEqualByComparingTo("42.5");
            assertThat(i.direction()).isEqualTo(Direction.DOWN);
            assertThat(i.reviewFrequency()).isEqualTo(ReviewFrequency.MONTHLY);
            assertThat(i.latest().orElseThrow().value()).isEqualByComparingTo("39.25");
            assertThat(g.initiatives().get(0).status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
            assertThat(g.initiatives().get(0).budget()).isEqualByComparingTo("800000");
        }
    }

    @Test
    void editsReorderingMovingAndDeletingAreStored() throws Exception {
        try (Database db = engine.open(file())) {
            long s = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                    .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
            GoalRepository goals = new GoalRepository(db.dsl());
            Goal a = goals.insert(s, Goal.titled(Stage.FINANCIAL, "resource_use", "A"), 0);
            Goal b = goals.insert(s, Goal.titled(Stage.FINANCIAL, "resource_use", "B"), 1);
            Goal c = goals.insert(s, Goal.titled(Stage.FINANCIAL, "resource_use", "C"), 2);
            goals.arrange(Stage.FINANCIAL, "resource_use", List.of(c.id(), a.id()));
            goals.arrange(Stage.INTERNAL_PROCESSES, "operational", List.of(b.id()));
            goals.update(a.id(), new Goal(a.id(), Stage.FINANCIAL, "resource_use", "A2", "", "Marina", Priority.LOW, List.of(), List.of()));
            Indicator ind = goals.insertIndicator(c.id(), Indicator.named("Bed occupancy"), 0);
            goals.updateIndicator(ind.id(), new Indicator(ind.id(), "Bed occupancy", "%", Direction.UP, new BigDecimal("61"), null,
                    new BigDecimal("80"), null, "", null, "", "", null, List.of()));
            Measurement m = goals.insertMeasurement(ind.id(), new Measurement(null, LocalDate.of(2027, 2, 1), new BigDecimal("66")));
            goals.deleteMeasurement(m.id());
            Initiative step = goals.insertInitiative(c.id(), Initiative.titled("Night shifts"), 0);
            goals.updateInitiative(step.id(), new Initiative(step.id(), "Night shifts", "", null, null, null, InitiativeStatus.DONE));

            List<Goal> all = goals.list(s);
            assertThat(all).extracting(Goal::title).containsExactly("C", "A2", "B");
            assertThat(all.get(2).stage()).isEqualTo(Stage.INTERNAL_PROCESSES);
            assertThat(all.get(1).owner()).isEqualTo("Marina");
            assertThat(all.get(0).indicators().get(0).unit()).isEqualTo("%");
            assertThat(all.get(0).indicators().get(0).measurements()).isEmpty();
            assertThat(all.get(0).initiatives().get(0).status()).isEqualTo(InitiativeStatus.DONE);

            // deleting a goal removes its indicators and initiatives; re-inserting the snapshot undoes it
            Goal snapshot = all.get(0);
            goals.delete(snapshot.id());
            assertThat(goals.list(s)).extracting(Goal::title).containsExactly("A2", "B");
            goals.insert(s, snapshot, 0);
            assertThat(goals.list(s).get(0).indicators()).hasSize(1);
        }
    }

    @Test
    void checklistAssessmentsParkingLotAndTimeboxesAreKept() throws Exception {
        long s;
        try (Database db = engine.open(file())) {
            s = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                    .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
            FacilitationRepository f = new FacilitationRepository(db.dsl(), TestDatabases.fixedClock());
            assertThat(f.policies(s)).hasSize(8).allSatisfy(p -> assertThat(p.status()).isNull());
            f.savePolicy(s, new PolicyCheck(CustomerPolicy.PRICING, CustomerPolicy.Status.NEEDS_WORK, "Discounts ad hoc"));
            f.savePolicy(s, new PolicyCheck(CustomerPolicy.PRICING, CustomerPolicy.Status.DEFINED, "Price list 2027"));
            f.saveAssessment(s, new AreaAssessment("accessibility", 2, "Parking is a problem"));
            var note = f.park(s, "Talk about the lab partner");
            f.updateNote(new com.scorecardstudio.domain.ParkingNote(note.id(), note.text(), note.createdAt(), true));
            f.park(s, "Second note");
            f.saveTimebox(s, Stage.CUSTOMER, 90);
        }
        try (Database db = engine.open(file())) {
            FacilitationRepository f = new FacilitationRepository(db.dsl(), TestDatabases.fixedClock());
            assertThat(f.policies(s).get(0)).isEqualTo(new PolicyCheck(CustomerPolicy.PRICING, CustomerPolicy.Status.DEFINED, "Price list 2027"));
            assertThat(f.assessments(s)).hasSize(5);
            assertThat(f.assessments(s).get(3)).isEqualTo(new AreaAssessment("accessibility", 2, "Parking is a problem"));
            assertThat(f.parkingLot(s)).extracting(n -> n.text() + "/" + n.done())
                    .containsExactly("Talk about the lab partner/true", "Second note/false");
            assertThat(f.timeboxes(s)).containsEntry(Stage.CUSTOMER, 90).hasSize(1);
        }
    }
}
