package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Band;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import com.scorecardstudio.session.EditHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's state without a window: every change shows at once, is stored, and can be undone. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class ClientsModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private Session session;
    private ScoringService service;
    private final List<Throwable> errors = new ArrayList<>();
    private final Messages en = new Messages(Language.EN);

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("vm.mv.db"));
        session = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
        service = new ScoringService(db.dsl(), TestDatabases.fixedClock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ClientsModel loaded() {
        ClientsModel vm = new ClientsModel(session.id(), service, new DirectTaskRunner(), new EditHistory(), () -> en, errors::add);
        vm.load();
        return vm;
    }

    private static ClientRow row(ClientsModel vm, String name) {
        return vm.rows().stream().filter(r -> r.client().name().equals(name)).findFirst().orElseThrow();
    }

    private static Criterion criterion(ClientsModel vm, String key) {
        return vm.criteria().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static String cellOf(ClientsModel vm, String name) {
        return row(vm, name).placement().cell().map(Cell::key).orElse("-");
    }

    @Test
    void loadingShowsTheDemoOnTheMatrix() {
        ClientsModel vm = loaded();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.rows()).hasSize(25);
        assertThat(vm.criteria()).hasSize(10);
        assertThat(cellOf(vm, "Northern Shield Insurance")).isEqualTo("high/strong");
        assertThat(cellOf(vm, "Meridian Shipping")).isEqualTo("-");
        assertThat(vm.matrixProperty().get().concentrated()).hasSize(1);
        assertThat(vm.rows().get(0).client().name()).isEqualTo("Airport Services");
    }

    @Test
    void aScoreMovesTheClientAtOnceIsStoredAndCanBeUndoneAndRedone() {
        ClientsModel vm = loaded();
        long taxi = row(vm, "Smart Taxi").id();
        assertThat(cellOf(vm, "Smart Taxi")).isEqualTo("low/weak");
        for (String key : List.of("revenue_potential", "margin", "growth_potential", "strategic_fit", "payment_discipline")) {
            vm.setScore(taxi, criterion(vm, key).id(), 5);
        }
        assertThat(cellOf(vm, "Smart Taxi")).isEqualTo("high/weak");
        assertThat(row(vm, "Smart Taxi").placement().attractiveness().rounded()).isEqualByComparingTo("5.00");
        assertThat(cellOf(loaded(), "Smart Taxi")).isEqualTo("high/weak");

        vm.undo();
        assertThat(row(vm, "Smart Taxi").scores().get(criterion(vm, "payment_discipline").id())).isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            vm.undo();
        }
        assertThat(cellOf(vm, "Smart Taxi")).isEqualTo("low/weak");
        assertThat(cellOf(loaded(), "Smart Taxi")).isEqualTo("low/weak");
        assertThat(vm.history().canUndoProperty().get()).isFalse();
        vm.redo();
        assertThat(row(loaded(), "Smart Taxi").scores().get(criterion(vm, "revenue_potential").id())).isEqualTo(5);

        // clearing the last relationship scores takes the client off the matrix
        for (Criterion c : vm.criteria()) {
            if (c.axis() == com.scorecardstudio.domain.scoring.Axis.RELATIONSHIP) {
                vm.setScore(taxi, c.id(), null);
            }
        }
        assertThat(cellOf(vm, "Smart Taxi")).isEqualTo("-");
        assertThat(vm.matrixProperty().get().notPlaced()).extracting(p -> p.client().name()).contains("Smart Taxi");
        assertThat(errors).isEmpty();
    }

    @Test
    void clientsAreAddedEditedAndDeletedWithUndo() {
        ClientsModel vm = loaded();
        Criterion margin = criterion(vm, "margin");
        ClientRow[] added = new ClientRow[1];
        vm.addClient(new Client(null, "Baker & Sons", "Retail", new BigDecimal("1000"), "EUR", ""), Map.of(margin.id(), 4),
                r -> added[0] = r);
        assertThat(added[0]).isNotNull();
        long id = added[0].id();
        assertThat(vm.rows()).hasSize(26);
        assertThat(vm.rows().get(2).client().name()).isEqualTo("Baker & Sons"); // in name order
        assertThat(vm.nameTaken("  baker & SONS ", null)).isTrue();
        assertThat(vm.nameTaken("Baker & Sons", id)).isFalse();

        vm.updateClient(new Client(id, "Baker and Sons", "Retail", new BigDecimal("2000"), "EUR", "note"),
                Map.of(margin.id(), 5));
        assertThat(loaded().row(id).orElseThrow().client().name()).isEqualTo("Baker and Sons");
        assertThat(loaded().row(id).orElseThrow().scores()).isEqualTo(Map.of(margin.id(), 5));
        vm.undo();
        assertThat(loaded().row(id).orElseThrow().client().name()).isEqualTo("Baker & Sons");
        assertThat(loaded().row(id).orElseThrow().scores()).isEqualTo(Map.of(margin.id(), 4));

        vm.deleteClient(id);
        assertThat(vm.lastDeletedProperty().get().name()).isEqualTo("Baker & Sons");
        assertThat(loaded().rows()).hasSize(25);
        vm.undo();
        assertThat(loaded().row(id)).isPresent();
        assertThat(loaded().row(id).orElseThrow().scores()).isEqualTo(Map.of(margin.id(), 4));
        vm.undo(); // the edit was undone already, so this takes back the add
        assertThat(vm.rows()).hasSize(25);
        assertThat(loaded().row(id)).isEmpty();
        vm.redo();
        assertThat(loaded().row(id)).isPresent();
        assertThat(errors).isEmpty();
    }

    @Test
    void searchFiltersByNameSegmentAndNotes() {
        ClientsModel vm = loaded();
        vm.filterProperty().set("insur");
        assertThat(vm.visibleRows()).extracting(r -> r.client().name())
                .containsExactly("MedGuarantee Insurance", "Northern Shield Insurance");
        vm.filterProperty().set("renewal");
        assertThat(vm.visibleRows()).extracting(r -> r.client().name()).containsExactly("Northern Shield Insurance");
        vm.filterProperty().set(" ");
        assertThat(vm.visibleRows()).hasSize(25);
    }

    @Test
    void aCellTurnsIntoAGoalTitle() {
        ClientsModel vm = loaded();
        assertThat(vm.goalTitle(new Cell(Band.HIGH, Band.LOW)))
                .contains("Build loyalty with City Metro, Green Valley Farms, Vostok Logistics");
        vm.filterProperty().set("nothing matches");
        assertThat(vm.goalTitle(new Cell(Band.HIGH, Band.LOW))).isPresent(); // the matrix is not filtered
        // a cell without clients gives nothing to copy
        vm.rows().stream().filter(r -> r.placement().cell().filter(c -> c.equals(new Cell(Band.LOW, Band.LOW))).isPresent())
                .map(ClientRow::id).toList().forEach(vm::deleteClient);
        assertThat(vm.goalTitle(new Cell(Band.LOW, Band.LOW))).isEmpty();
    }

    @Test
    void aFailedWriteIsReportedAndThePageShowsWhatIsStored() {
        ClientsModel vm = loaded();
        long taxi = row(vm, "Smart Taxi").id();
        // someone else removed the client: the score cannot be stored
        db.dsl().deleteFrom(DSL.table("CLIENT")).where(DSL.field("ID").eq(taxi)).execute();
        vm.setScore(taxi, criterion(vm, "margin").id(), 5);
        assertThat(errors).hasSize(1);
        assertThat(vm.rows()).hasSize(24);
        assertThat(vm.row(taxi)).isEmpty();
        assertThat(vm.history().canUndoProperty().get()).isFalse();
    }
}
