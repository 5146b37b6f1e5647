package com.scorecardstudio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Progress;
import com.scorecardstudio.domain.QualityHints;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo's guided session: believable, complete where it should be, the same in every language. */
class DemoGoalsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private record Created(Session session, List<Goal> goals, List<PolicyCheck> policies, List<AreaAssessment> assessments,
            int parked) {
    }

    private Created create(Language language) throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("demo-" + language.code() + ".mv.db"))) {
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), language, TODAY);
            FacilitationRepository f = new FacilitationRepository(db.dsl(), TestDatabases.fixedClock());
            return new Created(s, new GoalRepository(db.dsl()).list(s.id()), f.policies(s.id()), f.assessments(s.id()),
                    f.parkingLot(s.id()).size());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFocusAreaOfEveryStageHasGoalsWithinTheSessionLimit(Language language) throws Exception {
        Created demo = create(language);
        for (Stage stage : Stage.values()) {
            for (String area : stage.areas()) {
                assertThat(demo.goals()).as(stage + "/" + area)
                        .anyMatch(g -> g.stage() == stage && g.area().equals(area) && !g.indicators().isEmpty());
            }
        }
        assertThat(demo.goals()).hasSizeBetween(14, QualityHints.MAX_GOALS);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void indicatorsAreMeasuredAsImpacts(Language language) throws Exception {
        Created demo = create(language);
        List<Indicator> all = demo.goals().stream().flatMap(g -> g.indicators().stream()).toList();
        for (Indicator i : all) {
            assertThat(i.name()).isNotBlank().doesNotStartWith("!");
            assertThat(i.unit()).as(i.name()).isNotBlank();
            assertThat(i.baselineValue()).as(i.name()).isNotNull();
            assertThat(i.baselineDate()).as(i.name()).isNotNull().isBefore(TODAY);
            assertThat(i.targetValue()).as(i.name()).isNotNull();
            assertThat(i.scale()).as(i.name()).isNotBlank();
            assertThat(i.dataSource()).as(i.name()).isNotBlank();
            assertThat(i.reviewFrequency()).as(i.name()).isNotNull();
            for (Measurement m : i.measurements()) {
                assertThat(m.date()).as(i.name()).isAfter(i.baselineDate()).isBefore(TODAY);
            }
            if (i.targetDate() != null) {
                assertThat(i.targetDate().getYear()).as(i.name()).isEqualTo(2027);
            }
        }
        assertThat(all).filteredOn(i -> i.impactValue() != null).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(i -> assertThat(i.impactUnit()).isNotBlank());
        List<Double> progress = all.stream().map(Progress::of).flatMap(java.util.Optional::stream).toList();
        assertThat(progress).hasSizeGreaterThanOrEqualTo(5).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(all).anyMatch(i -> i.measurements().size() >= 2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void initiativesAreOwnedByParticipantsAndPlannedInTime(Language language) throws Exception {
        Created demo = create(language);
        Set<String> people = demo.session().participants().stream().map(Participant::name).collect(Collectors.toSet());
        List<Initiative> all = demo.goals().stream().flatMap(g -> g.initiatives().stream()).toList();
        for (Initiative in : all) {
            assertThat(people).as(in.title()).contains(in.owner());
            assertThat(in.start()).as(in.title()).isNotNull();
            assertThat(in.due()).as(in.title()).isNotNull().isAfter(in.start());
            if (in.status() == InitiativeStatus.PLANNED) {
                assertThat(in.start().getYear()).as(in.title()).isEqualTo(2027);
            }
            if (in.status() == InitiativeStatus.DONE) {
                assertThat(in.due()).as(in.title()).isBefore(TODAY);
            }
        }
        assertThat(all).extracting(Initiative::status).contains(InitiativeStatus.values());
        assertThat(all).filteredOn(i -> i.budget() != null).hasSizeGreaterThanOrEqualTo(5);
        assertThat(demo.goals()).filteredOn(g -> !g.owner().isEmpty()).allSatisfy(g -> assertThat(people).contains(g.owner()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void onlyTheDeliberateGapsShowAsQualityHints(Language language) throws Exception {
        Created demo = create(language);
        List<QualityHints.Hint> hints = QualityHints.forSession(demo.goals());
        assertThat(hints).extracting(QualityHints.Hint::kind).containsExactlyInAnyOrder(
                QualityHints.Kind.GOAL_NO_OWNER, QualityHints.Kind.INDICATOR_NO_TARGET_DATE, QualityHints.Kind.GOAL_NO_INITIATIVE);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCustomerStageChecklistAssessmentAndParkingLotAreFilled(Language language) throws Exception {
        Created demo = create(language);
        assertThat(demo.policies()).hasSize(8).allSatisfy(p -> {
            assertThat(p.status()).isNotNull();
            assertThat(p.note()).isNotBlank();
        });
        assertThat(demo.policies().stream().map(PolicyCheck::status).distinct().count()).isEqualTo(3);
        assertThat(demo.assessments()).hasSize(5).allSatisfy(a -> {
            assertThat(a.score()).isBetween(1, 5);
            assertThat(a.note()).isNotBlank();
        });
        assertThat(AreaAssessment.weakest(demo.assessments())).containsExactly("accessibility");
        assertThat(demo.parked()).isBetween(2, 3);
    }

    @Test
    void bothLanguagesHaveTheSameFigures() throws Exception {
        Created en = create(Language.EN);
        Created ru = create(Language.RU);
        assertThat(shape(ru.goals())).isEqualTo(shape(en.goals()));
        assertThat(ru.policies()).extracting(PolicyCheck::status).isEqualTo(en.policies().stream().map(PolicyCheck::status).toList());
        assertThat(ru.assessments()).extracting(AreaAssessment::score)
                .isEqualTo(en.assessments().stream().map(AreaAssessment::score).toList());
        assertThat(en.goals().get(0).title()).isNotEqualTo(ru.goals().get(0).title());
    }

    /** Everything about the goals except their texts. */
    private static List<String> shape(List<Goal> goals) {
        return goals.stream().map(g -> g.stage() + "/" + g.area() + " " + g.priority() + " owner:" + !g.owner().isEmpty()
                + g.indicators().stream().map(i -> " [" + i.direction() + " " + i.baselineValue() + "@" + i.baselineDate()
                        + " " + i.targetValue() + "@" + i.targetDate() + " " + i.impactValue() + " " + i.reviewFrequency() + " "
                        + i.measurements().stream().map(m -> m.date() + "=" + m.value()).toList() + "]").collect(Collectors.joining())
                + g.initiatives().stream().map(in -> " {" + in.start() + " " + in.due() + " " + in.budget() + " " + in.status() + "}")
                        .collect(Collectors.joining()))
                .toList();
    }

    @Test
    void everyDemoTextHasItsFiguresAndNoApostropheIsLostToMessageFormat() {
        Properties figures = DemoGoals.figures();
        for (Language l : Language.values()) {
            ResourceBundle b = new Messages(l, DemoSession.BUNDLE).bundle();
            for (String key : Collections.list(b.getKeys())) {
                String value = b.getString(key);
                assertThat(value.replace("''", "")).as(l + " " + key).doesNotContain("'");
                String[] k = key.split("\\.");
                if (key.startsWith("goal.")) {
                    String anchor = k.length == 3 ? "goal." + k[1] + ".stage"
                            : k[2].equals("indicator") ? "goal." + k[1] + ".indicator." + k[3] + ".direction"
                            : "goal." + k[1] + ".initiative." + k[3] + ".status";
                    assertThat(figures).as(l + " " + key).containsKey(anchor);
                } else if (key.startsWith("policy.") || key.startsWith("assessment.")) {
                    assertThat(figures).as(l + " " + key).containsKey(k[0] + "." + k[1]);
                }
            }
        }
        for (Object key : figures.keySet()) {
            String k = (String) key;
            if (k.endsWith(".stage")) {
                assertThat(new Messages(Language.EN, DemoSession.BUNDLE).has(k.replace(".stage", ".title"))).as(k).isTrue();
            }
        }
    }

    @Test
    void demoDatesAreRelativeToTheSession() {
        assertThat(DemoGoals.date("P:12-31", TODAY, 2027)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(DemoGoals.date("P-1:01-15", TODAY, 2027)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(DemoGoals.date("P+1:06-30", TODAY, 2027)).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(DemoGoals.date("S-1M", TODAY, 2027)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(DemoGoals.date("S-2M", LocalDate.of(2027, 1, 5), 2028)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DemoGoals.date("S-1M", LocalDate.of(2027, 3, 31), 2028)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aDemoCreatedEarlyInTheYearIsStillConsistent() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("january.mv.db"))) {
            LocalDate january = LocalDate.of(2027, 1, 3);
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, january);
            List<Goal> goals = new GoalRepository(db.dsl()).list(s.id());
            goals.stream().flatMap(g -> g.indicators().stream()).forEach(i -> {
                assertThat(i.baselineDate()).isBefore(january);
                i.measurements().forEach(m -> assertThat(m.date()).isAfter(i.baselineDate()).isBefore(january));
                assertThat(Objects.requireNonNullElse(i.targetDate(), LocalDate.MAX)).isAfter(january);
            });
            goals.stream().flatMap(g -> g.initiatives().stream()).forEach(in -> assertThat(in.due()).isAfter(in.start()));
            assertThat(goals.stream().flatMap(g -> g.indicators().stream()).map(Indicator::targetValue))
                    .allMatch(v -> v.compareTo(BigDecimal.ZERO) > 0);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theRoomDotVotedOnTheFinancialAndCustomerStagesWithinItsDots(Language language) throws Exception {
        Created demo = create(language);
        Set<String> people = demo.session().participants().stream().map(Participant::name).collect(Collectors.toSet());
        for (Stage stage : Stage.values()) {
            List<Goal> inStage = demo.goals().stream().filter(g -> g.stage() == stage).toList();
            boolean voted = stage == Stage.FINANCIAL || stage == Stage.CUSTOMER;
            assertThat(com.scorecardstudio.domain.DotVoting.anyVotes(inStage)).as(stage.key()).isEqualTo(voted);
            for (String person : people) {
                assertThat(com.scorecardstudio.domain.DotVoting.spent(person, inStage)).as(stage + " " + person)
                        .isBetween(0, com.scorecardstudio.domain.DotVoting.DEFAULT_DOTS);
            }
            inStage.forEach(g -> g.votes().forEach(v -> assertThat(people).as(g.title()).contains(v.participant())));
            if (voted) {
                // a ranking worth showing: one goal clearly ahead
                List<Goal> ranked = com.scorecardstudio.domain.DotVoting.ranked(inStage);
                assertThat(ranked.get(0).totalVotes()).isGreaterThan(ranked.get(1).totalVotes());
            }
        }
    }
}
