package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.CustomerPolicy.Status;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer checklist and area assessment without a window, on a real H2 file. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class CustomerExtrasModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private long sessionId;
    private FacilitationRepository repository;
    private final ManualScheduler clock = new ManualScheduler();
    private final EditHistory undo = new EditHistory();
    private final List<Throwable> errors = new ArrayList<>();
    private CustomerExtrasModel vm;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("c.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        repository = new FacilitationRepository(db.dsl(), TestDatabases.fixedClock());
        vm = newViewModel();
        vm.load();
    }

    private CustomerExtrasModel newViewModel() {
        Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        return new CustomerExtrasModel(sessionId, repository, autosave, undo);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private PolicyCheck stored(CustomerPolicy p) {
        return repository.policies(sessionId).get(p.ordinal());
    }

    private AreaAssessment storedArea(String area) {
        return repository.assessments(sessionId).stream().filter(a -> a.area().equals(area)).findFirst().orElseThrow();
    }

    @Test
    void allEightPoliciesAndFiveAreasAreThereInTheMethodsOrder() {
        assertThat(vm.policies()).extracting(PolicyRow::policy).containsExactly(CustomerPolicy.values());
        assertThat(vm.areas()).extracting(AreaRow::area)
                .containsExactly("pricing", "quality", "service", "accessibility", "completeness");
        assertThat(vm.undiscussedProperty().get()).isEqualTo(8);
        assertThat(vm.loadedProperty().get()).isTrue();
    }

    @Test
    void aStatusClickIsSavedAtOnceAndIsOneUndoStep() {
        vm.policy(CustomerPolicy.SERVICE).statusProperty().set(Status.NEEDS_WORK);
        assertThat(stored(CustomerPolicy.SERVICE).status()).isEqualTo(Status.NEEDS_WORK);
        vm.policy(CustomerPolicy.SERVICE).statusProperty().set(Status.DEFINED);
        assertThat(vm.countProperty(Status.DEFINED).get()).isEqualTo(1);
        assertThat(vm.undiscussedProperty().get()).isEqualTo(7);

        undo.undo();
        assertThat(vm.policy(CustomerPolicy.SERVICE).statusProperty().get()).isEqualTo(Status.NEEDS_WORK);
        assertThat(stored(CustomerPolicy.SERVICE).status()).isEqualTo(Status.NEEDS_WORK);
        assertThat(vm.countProperty(Status.NEEDS_WORK).get()).isEqualTo(1);
        undo.undo();
        assertThat(stored(CustomerPolicy.SERVICE).status()).isNull();
        assertThat(undo.canUndoProperty().get()).isFalse();
        undo.redo();
        assertThat(stored(CustomerPolicy.SERVICE).status()).isEqualTo(Status.NEEDS_WORK);
    }

    @Test
    void aNoteIsSavedAfterThePauseAndABurstOfTypingIsOneUndoStep() {
        PolicyRow pricing = vm.policy(CustomerPolicy.PRICING);
        pricing.noteProperty().set("Disc");
        pricing.noteProperty().set("Discounts");
        clock.advance(Duration.ofMillis(300));
        pricing.noteProperty().set("Discounts are ad hoc");
        clock.advance(Duration.ofMillis(300));
        assertThat(stored(CustomerPolicy.PRICING).note()).isEmpty();
        clock.advance(Duration.ofMillis(500));
        assertThat(stored(CustomerPolicy.PRICING).note()).isEqualTo("Discounts are ad hoc");

        undo.undo();
        assertThat(pricing.noteProperty().get()).isEmpty();
        assertThat(stored(CustomerPolicy.PRICING).note()).isEmpty();
        undo.redo();
        assertThat(stored(CustomerPolicy.PRICING).note()).isEqualTo("Discounts are ad hoc");
    }

    @Test
    void typingThenAClickAreTwoStepsInTheOrderTheyHappened() {
        PolicyRow partners = vm.policy(CustomerPolicy.PARTNERS);
        partners.noteProperty().set("No agreements");
        partners.statusProperty().set(Status.MISSING);
        // the click wrote the typing too, at once
        assertThat(stored(CustomerPolicy.PARTNERS)).isEqualTo(new PolicyCheck(CustomerPolicy.PARTNERS, Status.MISSING, "No agreements"));
        clock.advance(Duration.ofSeconds(2));

        undo.undo();
        assertThat(stored(CustomerPolicy.PARTNERS)).isEqualTo(new PolicyCheck(CustomerPolicy.PARTNERS, null, "No agreements"));
        undo.undo();
        assertThat(stored(CustomerPolicy.PARTNERS)).isEqualTo(new PolicyCheck(CustomerPolicy.PARTNERS, null, ""));
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void everythingIsThereForTheNextViewModel() {
        vm.policy(CustomerPolicy.ASSORTMENT).statusProperty().set(Status.DEFINED);
        vm.policy(CustomerPolicy.ASSORTMENT).noteProperty().set("Ассортимент 🙂 утверждён");
        vm.area("accessibility").scoreProperty().set(2);
        vm.area("accessibility").noteProperty().set("One office, far from clients");
        vm.flush();

        CustomerExtrasModel again = newViewModel();
        again.load();
        assertThat(again.policy(CustomerPolicy.ASSORTMENT).statusProperty().get()).isEqualTo(Status.DEFINED);
        assertThat(again.policy(CustomerPolicy.ASSORTMENT).noteProperty().get()).isEqualTo("Ассортимент 🙂 утверждён");
        assertThat(again.area("accessibility").scoreProperty().get()).isEqualTo(2);
        assertThat(again.area("accessibility").noteProperty().get()).isEqualTo("One office, far from clients");
        assertThat(again.countProperty(Status.DEFINED).get()).isEqualTo(1);
    }

    @Test
    void aScoreIsOneUndoStepAndTheWeakestAreaStandsOut() {
        vm.area("pricing").scoreProperty().set(4);
        assertThat(vm.weakestProperty().get()).as("one score alone singles nothing out").isEmpty();
        vm.area("service").scoreProperty().set(2);
        vm.area("quality").scoreProperty().set(3);
        assertThat(vm.weakestProperty().get()).containsExactly("service");
        assertThat(vm.area("service").weakestProperty().get()).isTrue();
        assertThat(vm.area("quality").weakestProperty().get()).isFalse();
        assertThat(storedArea("service").score()).isEqualTo(2);

        vm.area("completeness").scoreProperty().set(2);
        assertThat(vm.weakestProperty().get()).containsExactly("service", "completeness");

        undo.undo();
        assertThat(storedArea("completeness").score()).isNull();
        assertThat(vm.weakestProperty().get()).containsExactly("service");
        vm.area("service").scoreProperty().set(null); // clicking the chosen score again clears it
        assertThat(storedArea("service").score()).isNull();
        assertThat(vm.weakestProperty().get()).containsExactly("quality");
    }

    @Test
    void aTieAcrossTheBoardSinglesNothingOut() {
        assertThat(CustomerExtrasModel.weakestOf(List.of(
                new AreaAssessment("pricing", 3, ""), new AreaAssessment("quality", 3, ""),
                new AreaAssessment("service", null, "")))).isEmpty();
        assertThat(CustomerExtrasModel.weakestOf(List.of(
                new AreaAssessment("pricing", 3, ""), new AreaAssessment("quality", 1, ""),
                new AreaAssessment("service", 1, "")))).containsExactly("quality", "service");
    }

    @Test
    void aNoteLongerThanTheLimitIsStoredUpToTheLimit() {
        vm.area("quality").noteProperty().set("x".repeat(Limits.NOTE_TEXT + 10));
        clock.advance(Duration.ofSeconds(1));
        assertThat(storedArea("quality").note()).hasSize(Limits.NOTE_TEXT);
    }
}
