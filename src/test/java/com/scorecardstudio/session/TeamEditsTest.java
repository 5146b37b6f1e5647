package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two laptops editing one session of a team workspace on a real PostgreSQL server, each through its
 * own connection and its own open-session models: no update is lost, different fields are both kept,
 * the same field edited differently is a conflict the user decides.
 */
@Tag("postgres")
class TeamEditsTest {
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();
    private final ManualScheduler clock = new ManualScheduler();
    private final List<Throwable> errors = new ArrayList<>();
    private Database anna;
    private Database boris;
    private long sessionId;

    @BeforeEach
    void open() throws Exception {
        anna = connect();
        boris = connect();
        Session s = anna.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Team"));
        sessionId = s.id();
        GoalsModel setup = model(anna);
        setup.load();
        setup.addGoal(Stage.FINANCIAL, "profit_growth", "Grow margin");
    }

    private Database connect() throws Exception {
        return Database.openServer(ServerAddress.parse(target.url(), Optional.empty()), Optional.of(target.password().toCharArray()));
    }

    @AfterEach
    void close() {
        anna.close();
        boris.close();
        assertThat(errors).isEmpty();
    }

    private GoalsModel model(Database db) {
        Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        GoalsModel m = new GoalsModel(sessionId, db.store(TestDatabases.fixedClock()).goals(), autosave, new EditHistory(),
                new Messages(Language.EN));
        m.load();
        return m;
    }

    private Goal stored() {
        return boris.store(TestDatabases.fixedClock()).goals().list(sessionId).get(0);
    }

    private static GoalItem first(GoalsModel m) {
        return m.goalsIn(Stage.FINANCIAL, "profit_growth").get(0);
    }

    @Test
    void theSameFieldEditedOnBothIsAConflictAndNothingIsSilentlyOverwritten() {
        GoalsModel a = model(anna);
        GoalsModel b = model(boris);
        first(a).titleProperty().set("Grow margin to 12 %");
        clock.advance(Duration.ofSeconds(1));
        first(b).titleProperty().set("Grow gross margin");
        clock.advance(Duration.ofSeconds(1));

        assertThat(stored().title()).as("Anna's save stands").isEqualTo("Grow margin to 12 %");
        assertThat(b.conflicts()).singleElement().satisfies(c -> {
            assertThat(((Goal) c.theirs()).title()).isEqualTo("Grow margin to 12 %");
            assertThat(((Goal) c.mine()).title()).isEqualTo("Grow gross margin");
            assertThat(c.changedBy()).isEqualTo(target.user());
            assertThat(c.changedAt()).isPresent();
        });
        assertThat(first(b).titleProperty().get()).as("Boris's text stays on his screen").isEqualTo("Grow gross margin");

        b.keepMine(b.conflicts().get(0));
        assertThat(b.conflicts()).isEmpty();
        assertThat(stored().title()).isEqualTo("Grow gross margin");

        // Anna's next edit is now based on an old version: her turn to see the conflict
        first(a).titleProperty().set("Grow margin to 15 %");
        clock.advance(Duration.ofSeconds(1));
        assertThat(a.conflicts()).singleElement().satisfies(c -> assertThat(((Goal) c.theirs()).title()).isEqualTo("Grow gross margin"));
        a.keepTheirs(a.conflicts().get(0));
        assertThat(first(a).titleProperty().get()).isEqualTo("Grow gross margin");
        assertThat(stored().title()).isEqualTo("Grow gross margin");
    }

    @Test
    void differentFieldsOfOneGoalAreBothKept() {
        GoalsModel a = model(anna);
        GoalsModel b = model(boris);
        first(a).ownerProperty().set("CFO");
        clock.advance(Duration.ofSeconds(1));
        first(b).priorityProperty().set(Priority.HIGH);
        clock.advance(Duration.ofSeconds(1));

        assertThat(b.conflicts()).isEmpty();
        assertThat(stored().owner()).isEqualTo("CFO");
        assertThat(stored().priority()).isEqualTo(Priority.HIGH);
        assertThat(first(b).ownerProperty().get()).as("Boris's screen takes Anna's owner").isEqualTo("CFO");
    }

    @Test
    void equalEditsGoThroughSilently() {
        GoalsModel a = model(anna);
        GoalsModel b = model(boris);
        first(a).titleProperty().set("Grow net margin");
        clock.advance(Duration.ofSeconds(1));
        first(b).titleProperty().set("Grow net margin");
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.conflicts()).isEmpty();
        assertThat(stored().title()).isEqualTo("Grow net margin");
    }

    private com.scorecardstudio.domain.Indicator storedIndicator() {
        return stored().indicators().get(0);
    }

    /** A goal with one indicator and one initiative, stored, and both laptops' models opened after. */
    private GoalsModel[] withIndicatorAndInitiative() {
        GoalsModel setup = model(anna);
        setup.addIndicator(first(setup), "Gross margin");
        setup.addInitiative(first(setup), "Review prices");
        clock.advance(Duration.ofSeconds(1));
        return new GoalsModel[] {model(anna), model(boris)};
    }

    @Test
    void theSameIndicatorFieldEditedOnBothIsAConflictShownWithTheGoalItBelongsTo() {
        GoalsModel[] m = withIndicatorAndInitiative();
        IndicatorItem annas = first(m[0]).indicators().get(0);
        IndicatorItem boriss = first(m[1]).indicators().get(0);
        annas.target().textProperty().set("12");
        clock.advance(Duration.ofSeconds(1));
        boriss.target().textProperty().set("15");
        clock.advance(Duration.ofSeconds(1));

        assertThat(storedIndicator().targetValue()).as("Anna's save stands").isEqualByComparingTo("12");
        assertThat(m[1].conflicts()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("indicator");
            assertThat(c.goal()).isSameAs(first(m[1]));
            assertThat(((com.scorecardstudio.domain.Indicator) c.theirs()).targetValue()).isEqualByComparingTo("12");
            assertThat(((com.scorecardstudio.domain.Indicator) c.mine()).targetValue()).isEqualByComparingTo("15");
            assertThat(c.changedBy()).isEqualTo(target.user());
        });
        assertThat(boriss.target().textProperty().get()).as("Boris's figure stays on his screen").isEqualTo("15");

        m[1].keepTheirs(m[1].conflicts().get(0));
        assertThat(boriss.target().textProperty().get()).isEqualTo("12");
        clock.advance(Duration.ofSeconds(1));
        assertThat(storedIndicator().targetValue()).isEqualByComparingTo("12");

        // keeping theirs was Boris's edit, based on Anna's version: his next figure goes through
        boriss.target().textProperty().set("14");
        clock.advance(Duration.ofSeconds(1));
        assertThat(m[1].conflicts()).isEmpty();
        assertThat(storedIndicator().targetValue()).isEqualByComparingTo("14");
        // and Anna, still on her old version, now meets Boris's; she keeps hers, knowingly
        annas.target().textProperty().set("13");
        clock.advance(Duration.ofSeconds(1));
        assertThat(m[0].conflicts()).singleElement().satisfies(c -> assertThat(c.table()).isEqualTo("indicator"));
        m[0].keepMine(m[0].conflicts().get(0));
        assertThat(storedIndicator().targetValue()).isEqualByComparingTo("13");
    }

    @Test
    void differentFieldsOfOneIndicatorAreBothKeptAndEqualInitiativeEditsGoThroughSilently() {
        GoalsModel[] m = withIndicatorAndInitiative();
        IndicatorItem annas = first(m[0]).indicators().get(0);
        IndicatorItem boriss = first(m[1]).indicators().get(0);
        annas.unitProperty().set("%");
        clock.advance(Duration.ofSeconds(1));
        boriss.dataSourceProperty().set("Monthly P&L");
        clock.advance(Duration.ofSeconds(1));
        assertThat(m[1].conflicts()).isEmpty();
        assertThat(storedIndicator().unit()).isEqualTo("%");
        assertThat(storedIndicator().dataSource()).isEqualTo("Monthly P&L");
        assertThat(boriss.unitProperty().get()).as("Boris's screen takes Anna's unit").isEqualTo("%");

        first(m[0]).initiatives().get(0).ownerProperty().set("CFO");
        clock.advance(Duration.ofSeconds(1));
        first(m[1]).initiatives().get(0).ownerProperty().set("CFO");
        clock.advance(Duration.ofSeconds(1));
        assertThat(m[1].conflicts()).isEmpty();
        assertThat(stored().initiatives().get(0).owner()).isEqualTo("CFO");
    }

    @Test
    void theSameInitiativeFieldEditedDifferentlyIsAConflictAndAStaleDeleteIsRefused() {
        GoalsModel[] m = withIndicatorAndInitiative();
        first(m[0]).initiatives().get(0).statusProperty().set(com.scorecardstudio.domain.InitiativeStatus.DONE);
        clock.advance(Duration.ofSeconds(1));
        first(m[1]).initiatives().get(0).statusProperty().set(com.scorecardstudio.domain.InitiativeStatus.DROPPED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(m[1].conflicts()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("initiative");
            assertThat(((com.scorecardstudio.domain.Initiative) c.theirs()).status())
                    .isEqualTo(com.scorecardstudio.domain.InitiativeStatus.DONE);
        });
        assertThat(stored().initiatives().get(0).status()).isEqualTo(com.scorecardstudio.domain.InitiativeStatus.DONE);

        // Anna edits the indicator; Boris, who never saw that edit, deletes it: refused, Anna's edit stays
        first(m[0]).indicators().get(0).nameProperty().set("Gross margin, %");
        clock.advance(Duration.ofSeconds(1));
        m[1].deleteIndicator(first(m[1]), first(m[1]).indicators().get(0));
        assertThat(errors).as("Boris's stale delete is refused and his session read again").hasSize(1);
        errors.clear();
        assertThat(storedIndicator().name()).isEqualTo("Gross margin, %");
    }

    /** One laptop's map over its own goals, connection and history. */
    private MapModel map(Database db, GoalsModel goals, EditHistory history) {
        Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        MapModel m = new MapModel(sessionId, goals, db.store(TestDatabases.fixedClock()).map(), autosave, history);
        m.load();
        return m;
    }

    @Test
    void aLinksHypothesisAndStrengthChangedOnTwoLaptopsMergeAndTheSameOneChangedDifferentlyIsAConflict() {
        GoalsModel setup = model(anna);
        setup.addGoal(Stage.CUSTOMER, "service", "Repeat visits");
        MapModel setupMap = map(anna, setup, new EditHistory());
        GoalItem visits = setup.goalsIn(Stage.CUSTOMER, "service").get(0);
        setupMap.link(visits, first(setup)).orElseThrow();

        GoalsModel ga = model(anna);
        GoalsModel gb = model(boris);
        MapModel a = map(anna, ga, new EditHistory());
        MapModel b = map(boris, gb, new EditHistory());
        LinkItem annas = a.links().get(0);
        LinkItem boriss = b.links().get(0);
        a.typeHypothesis(annas, "Loyal clients buy more often");
        clock.advance(Duration.ofSeconds(1));
        b.setStrength(boriss, com.scorecardstudio.domain.map.LinkStrength.STRONG);
        assertThat(b.conflicts()).as("different fields: both kept").isEmpty();
        var stored = boris.store(TestDatabases.fixedClock()).map().read(sessionId).links().get(0);
        assertThat(stored.hypothesis()).isEqualTo("Loyal clients buy more often");
        assertThat(stored.strength()).isEqualTo(com.scorecardstudio.domain.map.LinkStrength.STRONG);
        assertThat(boriss.hypothesisProperty().get()).as("Boris's map takes Anna's hypothesis").isEqualTo("Loyal clients buy more often");

        // the same hypothesis typed on both: Anna's stands, Boris decides
        a.typeHypothesis(annas, "Loyal clients buy twice as often");
        clock.advance(Duration.ofSeconds(1));
        b.typeHypothesis(boriss, "Repeat visits raise the margin");
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("goal_link");
            assertThat(((com.scorecardstudio.domain.map.GoalLink) c.theirs()).hypothesis()).isEqualTo("Loyal clients buy twice as often");
            assertThat(c.changedBy()).isEqualTo(target.user());
        });
        assertThat(boris.store(TestDatabases.fixedClock()).map().read(sessionId).links().get(0).hypothesis())
                .isEqualTo("Loyal clients buy twice as often");
        b.conflicts().get(0).keepMine();
        assertThat(boris.store(TestDatabases.fixedClock()).map().read(sessionId).links().get(0).hypothesis())
                .isEqualTo("Repeat visits raise the margin");
    }

    @Test
    void aParkingLotNoteEditedOnTwoLaptopsMergesOrIsAConflictKeepTheirsShowsTheirs() {
        Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        ParkingLotModel setup = new ParkingLotModel(sessionId, anna.store(TestDatabases.fixedClock()).facilitation(), autosave,
                new EditHistory());
        setup.load();
        setup.add("Pricing for airlines");
        java.util.function.Function<Database, ParkingLotModel> open = db -> {
            ParkingLotModel m = new ParkingLotModel(sessionId, db.store(TestDatabases.fixedClock()).facilitation(),
                    new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add),
                    new EditHistory());
            m.load();
            return m;
        };
        ParkingLotModel a = open.apply(anna);
        ParkingLotModel b = open.apply(boris);
        a.setDone(a.notes().get(0), true);
        b.edit(b.notes().get(0), "Pricing for airlines and rail");
        assertThat(b.conflicts()).isEmpty();
        var stored = boris.store(TestDatabases.fixedClock()).facilitation().parkingLot(sessionId).get(0);
        assertThat(stored.done()).as("Anna's tick").isTrue();
        assertThat(stored.text()).as("Boris's text").isEqualTo("Pricing for airlines and rail");
        assertThat(b.notes().get(0).doneProperty().get()).isTrue();

        a.changedElsewhere(); // Boris's text reaches Anna's list, as the server announces it
        assertThat(a.notes().get(0).textProperty().get()).isEqualTo("Pricing for airlines and rail");
        a.edit(a.notes().get(0), "Pricing: ask the CFO");
        assertThat(a.conflicts()).isEmpty();
        b.edit(b.notes().get(0), "Pricing: ask the CEO");
        assertThat(b.conflicts()).singleElement().satisfies(c -> assertThat(c.table()).isEqualTo("parking_note"));
        b.conflicts().get(0).keepTheirs();
        assertThat(b.notes().get(0).textProperty().get()).isEqualTo("Pricing: ask the CFO");
        assertThat(boris.store(TestDatabases.fixedClock()).facilitation().parkingLot(sessionId).get(0).text())
                .isEqualTo("Pricing: ask the CFO");
        // after keeping theirs, Boris's next edit is based on it: no conflict
        b.edit(b.notes().get(0), "Pricing: ask the CFO on Monday");
        assertThat(b.conflicts()).isEmpty();
        assertThat(boris.store(TestDatabases.fixedClock()).facilitation().parkingLot(sessionId).get(0).text())
                .isEqualTo("Pricing: ask the CFO on Monday");
    }

    @Test
    void theSessionsDetailsEditedOnTwoLaptopsMergeAndTheSameDetailChangedDifferentlyIsRefusedWithTheirs() {
        var annas = anna.store(TestDatabases.fixedClock()).sessions();
        var boriss = boris.store(TestDatabases.fixedClock()).sessions();
        Session shown = annas.find(sessionId).orElseThrow();
        // both opened the details dialog on the same details
        Session saved = annas.update(shown, shown.withTitle("Team strategy day"));
        assertThat(saved.title()).isEqualTo("Team strategy day");
        Session borisEdit = new Session(shown.id(), shown.uid(), shown.title(), "Airport Services Ltd", shown.industry(), shown.date(),
                shown.facilitator(), List.of(new com.scorecardstudio.domain.Participant("Olga", "CFO")), shown.horizonYear(),
                shown.notes(), shown.createdAt(), shown.updatedAt());
        Session merged = boriss.update(shown, borisEdit);
        assertThat(merged.title()).as("Anna's title kept").isEqualTo("Team strategy day");
        assertThat(merged.organization()).isEqualTo("Airport Services Ltd");
        assertThat(annas.find(sessionId).orElseThrow().participants()).extracting(com.scorecardstudio.domain.Participant::name)
                .containsExactly("Olga");

        // the same title typed differently: refused, with theirs and who changed it
        Session base = boriss.find(sessionId).orElseThrow();
        annas.update(base, base.withTitle("Strategy day, Nov"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> boriss.update(base, base.withTitle("Strategy day, Dec")))
                .isInstanceOfSatisfying(com.scorecardstudio.db.StaleWriteException.class, e -> {
                    assertThat(e.theirs(Session.class).orElseThrow().title()).isEqualTo("Strategy day, Nov");
                    assertThat(e.changedBy()).isEqualTo(target.user());
                });
        assertThat(annas.find(sessionId).orElseThrow().title()).isEqualTo("Strategy day, Nov");
        // keeping mine: written over theirs, knowingly
        Session theirs = boriss.find(sessionId).orElseThrow();
        assertThat(boriss.update(theirs, theirs.withTitle("Strategy day, Dec")).title()).isEqualTo("Strategy day, Dec");
    }

    @Test
    void theCustomerChecklistAndAreaScoresMergeAcrossLaptopsAndTheSameNoteTypedDifferentlyIsAConflict() {
        java.util.function.Function<Database, CustomerExtrasModel> open = db -> {
            CustomerExtrasModel m = new CustomerExtrasModel(sessionId, db.store(TestDatabases.fixedClock()).facilitation(),
                    new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add),
                    new EditHistory());
            m.load();
            return m;
        };
        CustomerExtrasModel a = open.apply(anna);
        CustomerExtrasModel b = open.apply(boris);
        var pricing = com.scorecardstudio.domain.CustomerPolicy.PRICING;
        a.policy(pricing).statusProperty().set(com.scorecardstudio.domain.CustomerPolicy.Status.NEEDS_WORK);
        clock.advance(Duration.ofSeconds(1));
        b.policy(pricing).noteProperty().set("Discounts are given case by case");
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.conflicts()).isEmpty();
        var stored = boris.store(TestDatabases.fixedClock()).facilitation().policies(sessionId).get(pricing.ordinal());
        assertThat(stored.status()).as("Anna's status").isEqualTo(com.scorecardstudio.domain.CustomerPolicy.Status.NEEDS_WORK);
        assertThat(stored.note()).as("Boris's note").isEqualTo("Discounts are given case by case");
        assertThat(b.policy(pricing).statusProperty().get()).isEqualTo(com.scorecardstudio.domain.CustomerPolicy.Status.NEEDS_WORK);

        // an area scored on both laptops differently: the second sees the first's score beside his own
        a.area("service").scoreProperty().set(2);
        clock.advance(Duration.ofSeconds(1));
        b.area("service").scoreProperty().set(4);
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("area_assessment");
            assertThat(((com.scorecardstudio.domain.AreaAssessment) c.theirs()).score()).isEqualTo(2);
        });
        assertThat(boris.store(TestDatabases.fixedClock()).facilitation().assessments(sessionId).get(2).score())
                .as("Anna's score stands until Boris decides").isEqualTo(2);
        b.conflicts().get(0).keepMine();
        assertThat(boris.store(TestDatabases.fixedClock()).facilitation().assessments(sessionId).get(2).score()).isEqualTo(4);
    }

    @Test
    void aCheckInFilledOnTwoLaptopsKeepsBothFieldsAndTheSameValueTypedDifferentlyIsAConflict() {
        GoalsModel setup = model(anna);
        setup.addIndicator(first(setup), "Gross margin");
        clock.advance(Duration.ofSeconds(1));
        java.util.function.Function<Database, CheckinModel> open = db -> {
            Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
            EditHistory history = new EditHistory();
            GoalsModel goals = new GoalsModel(sessionId, db.store(TestDatabases.fixedClock()).goals(), autosave, history,
                    new Messages(Language.EN));
            CheckinModel m = new CheckinModel(sessionId, goals, db.store(TestDatabases.fixedClock()).checkins(), autosave, history,
                    new Messages(Language.EN), () -> LocalDate.of(2027, 3, 10));
            goals.load();
            m.load();
            return m;
        };
        CheckinModel first = open.apply(anna);
        assertThat(first.setSchedule(com.scorecardstudio.domain.impact.Cadence.MONTHLY, LocalDate.of(2027, 1, 15), 3, 3)).isEmpty();
        CheckinModel a = open.apply(anna);
        CheckinModel b = open.apply(boris);
        assertThat(a.setActual(a.rows().get(0), "11.5")).isEmpty();
        assertThat(b.setNote(b.rows().get(0), "From the March P&L")).isEmpty();
        assertThat(b.conflicts()).isEmpty();
        var stored = boris.store(TestDatabases.fixedClock()).checkins().read(sessionId).actuals();
        assertThat(stored).singleElement().satisfies(x -> {
            assertThat(x.value()).as("Anna's value").isEqualByComparingTo("11.5");
            assertThat(x.note()).as("Boris's note").isEqualTo("From the March P&L");
        });
        assertThat(b.rows().get(0).actual().textProperty().get()).as("Boris's screen takes Anna's value").isEqualTo("11.5");

        assertThat(a.setActual(a.rows().get(0), "12")).isEmpty();
        assertThat(b.setActual(b.rows().get(0), "13")).isEmpty();
        assertThat(b.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("checkin_actual");
            assertThat(((com.scorecardstudio.domain.impact.Actual) c.theirs()).value()).isEqualByComparingTo("12");
        });
        assertThat(boris.store(TestDatabases.fixedClock()).checkins().read(sessionId).actuals().get(0).value())
                .as("Anna's value stands until Boris decides").isEqualByComparingTo("12");
        b.conflicts().get(0).keepTheirs();
        assertThat(b.rows().get(0).actual().textProperty().get()).isEqualTo("12");

        // the review schedule changed on both: Anna's stands, Boris sees both and keeps theirs
        assertThat(a.setSchedule(com.scorecardstudio.domain.impact.Cadence.MONTHLY, LocalDate.of(2027, 1, 15), 4, 3)).isEmpty();
        assertThat(b.setSchedule(com.scorecardstudio.domain.impact.Cadence.MONTHLY, LocalDate.of(2027, 1, 15), 6, 3)).isEmpty();
        assertThat(b.conflicts()).singleElement().satisfies(c -> assertThat(c.table()).isEqualTo("checkin_schedule"));
        assertThat(boris.store(TestDatabases.fixedClock()).checkins().schedule(sessionId).orElseThrow().afterWindow()).isEqualTo(4);
        b.conflicts().get(0).keepTheirs();
        assertThat(b.checkinsProperty().get().schedule().afterWindow()).isEqualTo(4);
    }

    @Test
    void aTimeBoxOrABreakPlannedDifferentlyOnTwoLaptopsIsAConflictNotALostPlan() {
        java.util.function.Function<Database, AgendaModel> open = db -> {
            Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
            var repository = db.store(TestDatabases.fixedClock()).facilitation();
            StageTimers timers = new StageTimers(sessionId, repository, autosave, System::nanoTime);
            AgendaModel agenda = new AgendaModel(sessionId, repository, autosave, new EditHistory(), timers, System::nanoTime);
            timers.load();
            agenda.load();
            return agenda;
        };
        AgendaModel a = open.apply(anna);
        AgendaModel b = open.apply(boris);
        a.setStageMinutes(Stage.FINANCIAL, 45);
        clock.advance(Duration.ofSeconds(1));
        b.setStageMinutes(Stage.FINANCIAL, 50);
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.timers().conflicts()).singleElement().satisfies(c ->
                assertThat(((com.scorecardstudio.domain.PlannedMinutes) c.theirs()).minutes()).isEqualTo(45));
        assertThat(boris.store(TestDatabases.fixedClock()).facilitation().timeboxes(sessionId)).containsEntry(Stage.FINANCIAL, 45);
        b.timers().conflicts().get(0).keepMine();
        assertThat(boris.store(TestDatabases.fixedClock()).facilitation().timeboxes(sessionId)).containsEntry(Stage.FINANCIAL, 50);

        a.setBreakMinutes(Stage.FINANCIAL, 10);
        b.setBreakMinutes(Stage.FINANCIAL, 15);
        assertThat(b.conflicts()).singleElement().satisfies(c -> assertThat(c.table()).isEqualTo("agenda_break"));
        b.conflicts().get(0).keepTheirs();
        assertThat(b.breakMinutesProperty(Stage.FINANCIAL).get()).isEqualTo(10);
        assertThat(boris.store(TestDatabases.fixedClock()).facilitation().agendaBreaks(sessionId).get(Stage.FINANCIAL).minutes())
                .isEqualTo(10);
    }

    @Test
    void theDotsEachParticipantHasSetDifferentlyOnTwoLaptopsIsAConflict() {
        GoalsModel a = model(anna);
        GoalsModel b = model(boris);
        assertThat(a.setDotBudget(5)).isTrue();
        assertThat(b.setDotBudget(7)).isTrue();
        assertThat(b.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("dot_budget");
            assertThat(c.theirs()).isEqualTo(5);
        });
        assertThat(boris.store(TestDatabases.fixedClock()).goals().dotBudget(sessionId)).isEqualTo(5);
        b.keepMine(b.conflicts().get(0));
        assertThat(boris.store(TestDatabases.fixedClock()).goals().dotBudget(sessionId)).isEqualTo(7);
    }

    @Test
    void aDeleteAgainstAnEditKeepsTheEdit() {
        GoalsModel a = model(anna);
        GoalsModel b = model(boris);
        first(a).titleProperty().set("Grow margin, edited");
        clock.advance(Duration.ofSeconds(1));
        b.deleteGoal(first(b));
        assertThat(errors).as("Boris's stale delete is refused and his session read again").hasSize(1);
        errors.clear();
        assertThat(stored().title()).isEqualTo("Grow margin, edited");
    }

    @Test
    void anotherUsersEditAdditionAndDeletionShowOnTheOpenSessionAndADeletionCanBeUndone() {
        GoalsModel a = model(anna);
        GoalsModel b = model(boris);
        long id = first(a).storedId();
        first(a).titleProperty().set("Grow margin, from Anna");
        clock.advance(Duration.ofSeconds(1));
        b.changedElsewhere(id);
        assertThat(first(b).titleProperty().get()).isEqualTo("Grow margin, from Anna");
        // and Boris's next edit is based on Anna's version: no conflict
        first(b).ownerProperty().set("Boris");
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.conflicts()).isEmpty();
        assertThat(stored().owner()).isEqualTo("Boris");
        assertThat(stored().title()).isEqualTo("Grow margin, from Anna");

        GoalItem added = a.addGoal(Stage.FINANCIAL, "profit_growth", "A second goal");
        b.changedElsewhere(added.storedId());
        assertThat(b.goalsIn(Stage.FINANCIAL, "profit_growth")).extracting(g -> g.titleProperty().get())
                .containsExactly("Grow margin, from Anna", "A second goal");

        List<GoalItem> deletedOnBoris = new ArrayList<>();
        b.onDeletedElsewhere(deletedOnBoris::add);
        EditHistory borisHistory = new EditHistory();
        GoalsModel b2 = new GoalsModel(sessionId, boris.store(TestDatabases.fixedClock()).goals(),
                new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add), borisHistory,
                new Messages(Language.EN));
        b2.load();
        b2.onDeletedElsewhere(deletedOnBoris::add);
        a.deleteGoal(a.goalsIn(Stage.FINANCIAL, "profit_growth").get(1));
        b2.changedElsewhere(added.storedId());
        assertThat(deletedOnBoris).extracting(g -> g.titleProperty().get()).containsExactly("A second goal");
        assertThat(b2.goalsIn(Stage.FINANCIAL, "profit_growth")).hasSize(1);
        borisHistory.undo();
        assertThat(b2.goalsIn(Stage.FINANCIAL, "profit_growth")).hasSize(2);
        assertThat(boris.store(TestDatabases.fixedClock()).goals().list(sessionId)).extracting(Goal::title)
                .contains("A second goal");
    }

    @Test
    void throughTheLibraryAnotherLaptopsEditArrivesByItselfAndBothSeeEachOther() throws Exception {
        onTwoLaptops((annaOpen, borisOpen) -> {
            GoalItem annas = annaOpen.goals().goalsIn(Stage.FINANCIAL, "profit_growth").get(0);
            annas.titleProperty().set("Typed on Anna's laptop");
            clock.advance(Duration.ofSeconds(1));
            GoalItem boriss = borisOpen.goals().goalsIn(Stage.FINANCIAL, "profit_growth").get(0);
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> boriss.titleProperty().get().equals("Typed on Anna's laptop"));
        });
    }

    private interface TwoLaptops {
        void run(OpenSession anna, OpenSession boris) throws Exception;
    }

    /**
     * The session open on two laptops through their own libraries (each with its change feed), once
     * each names the other as having it open; closed after {@code body}.
     */
    private void onTwoLaptops(TwoLaptops body) throws Exception {
        var libraries = new com.scorecardstudio.library.Libraries(new com.scorecardstudio.db.Backups(TestDatabases.fixedClock(), 3),
                TestDatabases.fixedClock());
        ServerAddress address = ServerAddress.parse(target.url(), Optional.empty());
        try (var annaLib = libraries.openServer(address, Optional.of(target.password().toCharArray())).library();
             var borisLib = libraries.openServer(address, Optional.of(target.password().toCharArray())).library()) {
            Session session = borisLib.find(sessionId).orElseThrow();
            OpenSession borisOpen = borisLib.openSession(session, new DirectTaskRunner(), clock, System::nanoTime,
                    new Messages(Language.EN), errors::add);
            borisOpen.load();
            OpenSession annaOpen = annaLib.openSession(session, new DirectTaskRunner(), clock, System::nanoTime,
                    new Messages(Language.EN), errors::add);
            annaOpen.load();
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> annaLib.othersIn(session).size() == 1 && borisLib.othersIn(session).size() == 1);
            assertThat(annaLib.othersIn(session)).containsExactly(target.user());
            body.run(annaOpen, borisOpen);
            annaOpen.close();
            borisOpen.close();
        }
    }

    @Test
    void indicatorsMeasurementsAndInitiativesTypedOnOneLaptopShowOnTheOtherByThemselves() throws Exception {
        onTwoLaptops((annaOpen, borisOpen) -> {
            GoalItem annas = first(annaOpen.goals());
            GoalItem boriss = first(borisOpen.goals());
            java.util.concurrent.TimeUnit s = java.util.concurrent.TimeUnit.SECONDS;

            IndicatorItem added = annaOpen.goals().addIndicator(annas, "Gross margin");
            org.testfx.util.WaitForAsyncUtils.waitFor(10, s, () -> boriss.indicators().size() == 1);
            IndicatorItem seen = boriss.indicators().get(0);
            assertThat(seen.nameProperty().get()).isEqualTo("Gross margin");

            added.target().textProperty().set("12");
            clock.advance(Duration.ofSeconds(1));
            org.testfx.util.WaitForAsyncUtils.waitFor(10, s, () -> "12".equals(seen.target().textProperty().get()));
            assertThat(seen).as("the same item, updated where it is (undo steps hold it)").isSameAs(boriss.indicators().get(0));

            annaOpen.goals().addMeasurement(added, new com.scorecardstudio.domain.Measurement(null, LocalDate.of(2026, 11, 30),
                    new java.math.BigDecimal("11.5")));
            org.testfx.util.WaitForAsyncUtils.waitFor(10, s, () -> seen.measurements().size() == 1);

            // Boris's next edit is based on what he was shown: no conflict
            seen.unitProperty().set("%");
            clock.advance(Duration.ofSeconds(1));
            org.testfx.util.WaitForAsyncUtils.waitFor(10, s, () -> "%".equals(added.unitProperty().get()));
            assertThat(borisOpen.goals().conflicts()).isEmpty();

            InitiativeItem step = annaOpen.goals().addInitiative(annas, "Review prices");
            org.testfx.util.WaitForAsyncUtils.waitFor(10, s, () -> boriss.initiatives().size() == 1);
            step.ownerProperty().set("CFO");
            clock.advance(Duration.ofSeconds(1));
            org.testfx.util.WaitForAsyncUtils.waitFor(10, s, () -> "CFO".equals(boriss.initiatives().get(0).ownerProperty().get()));

            annaOpen.goals().deleteIndicator(annas, added);
            org.testfx.util.WaitForAsyncUtils.waitFor(10, s, () -> boriss.indicators().isEmpty());
            assertThat(boriss.initiatives()).hasSize(1);
        });
    }

    @Test
    void dotsGivenOnOneLaptopShowOnTheOtherByThemselvesAndBothLaptopsDotsCount() throws Exception {
        onTwoLaptops((annaOpen, borisOpen) -> {
            GoalItem annas = first(annaOpen.goals());
            GoalItem boriss = first(borisOpen.goals());

            assertThat(annaOpen.goals().giveDot(annas, "Olga")).isTrue();
            assertThat(annaOpen.goals().giveDot(annas, "Olga")).isTrue();
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> boriss.dotsOf("Olga") == 2);
            // Boris's own dot for another participant joins Anna's; Anna sees both
            assertThat(borisOpen.goals().giveDot(boriss, "Pavel")).isTrue();
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> annas.dotsOf("Pavel") == 1);
            assertThat(annas.dotsOf("Olga")).isEqualTo(2);
            // a dot taken back on Anna's laptop (undo) leaves Boris's screen too
            annaOpen.history().undo();
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> boriss.dotsOf("Olga") == 1);
            assertThat(boriss.dotsOf("Pavel")).isEqualTo(1);
            // and the dots each participant has follow as well
            assertThat(annaOpen.goals().setDotBudget(5)).isTrue();
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> borisOpen.goals().dotBudgetProperty().get() == 5);
        });
    }

    @Test
    void aReadOnlyRoleOpensTheWorkspaceMarkedSoAndAChangeIsRefusedInWordsNotAsAServerError() throws Exception {
        String reader = target.database() + "_reader";
        target.reader(reader);
        var libraries = new com.scorecardstudio.library.Libraries(new com.scorecardstudio.db.Backups(TestDatabases.fixedClock(), 3),
                TestDatabases.fixedClock());
        ServerAddress address = ServerAddress.parse(target.url().replace(target.user() + "@", reader + "@"), Optional.empty());
        try (var lib = libraries.openServer(address, Optional.of("reader-secret".toCharArray())).library()) {
            assertThat(lib.readOnly()).isTrue();
            Session session = lib.find(sessionId).orElseThrow();
            OpenSession open = lib.openSession(session, new DirectTaskRunner(), clock, System::nanoTime, new Messages(Language.EN),
                    errors::add);
            open.load();
            open.goals().goalsIn(Stage.FINANCIAL, "profit_growth").get(0).titleProperty().set("Changed by a reader");
            clock.advance(Duration.ofSeconds(1));
            assertThat(errors).singleElement().isInstanceOf(com.scorecardstudio.db.ReadOnlyWorkspaceException.class);
            errors.clear();
            assertThat(stored().title()).isEqualTo("Grow margin");
            assertThat(open.editableProperty().get()).as("the pages lock over this before anything is typed").isFalse();
            // the clients of a session never scored: read as they are, nothing set up (that would be a write)
            open.clients().load();
            assertThat(open.clients().loadedProperty().get()).isTrue();
            assertThat(open.clients().rows()).isEmpty();
            assertThat(errors).isEmpty();

            // what the team changes shows on the reader's screen by itself, and asks nothing of them
            try (var ownerLib = libraries.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                    Optional.of(target.password().toCharArray())).library()) {
                OpenSession owner = ownerLib.openSession(session, new DirectTaskRunner(), clock, System::nanoTime,
                        new Messages(Language.EN), errors::add);
                owner.load();
                GoalItem readers = open.goals().goalsIn(Stage.FINANCIAL, "profit_growth").get(0);
                owner.goals().goalsIn(Stage.FINANCIAL, "profit_growth").get(0).titleProperty().set("Grow margin to 12 %");
                clock.advance(Duration.ofSeconds(1));
                org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                        () -> readers.titleProperty().get().equals("Grow margin to 12 %"));
                owner.goals().deleteGoal(owner.goals().goalsIn(Stage.FINANCIAL, "profit_growth").get(0));
                org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                        () -> !open.goals().goals().contains(readers));
                assertThat(open.history().canUndoProperty().get()).as("a reader has no step to take back").isFalse();
                owner.close();
            }
            open.close();
        }
    }
}
