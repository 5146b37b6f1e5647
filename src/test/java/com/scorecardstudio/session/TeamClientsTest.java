package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.ScoredClient;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two laptops scoring the same clients of a team workspace on a real PostgreSQL server: what each
 * changed is kept, the same field or score changed differently is a conflict the user decides, and
 * nothing is silently overwritten.
 */
@Tag("postgres")
class TeamClientsTest {
    private static final String CLIENT = "Airport Services";
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();
    private final List<Throwable> errors = new ArrayList<>();
    private final Messages en = new Messages(Language.EN);
    private Database anna;
    private Database boris;
    private long sessionId;

    @BeforeEach
    void open() throws Exception {
        anna = connect();
        boris = connect();
        Session s = Demo.create(anna.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
        sessionId = s.id();
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

    private ClientsModel model(Database db) {
        ClientsModel m = new ClientsModel(sessionId, db.store(TestDatabases.fixedClock()).scoring(), new DirectTaskRunner(),
                new EditHistory(), () -> en, errors::add);
        m.load();
        return m;
    }

    private static ClientRow row(ClientsModel m) {
        return m.rows().stream().filter(r -> r.client().name().equals(CLIENT)).findFirst().orElseThrow();
    }

    private static Criterion criterion(ClientsModel m, String key) {
        return m.criteria().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private ScoredClient stored() {
        var scoring = boris.store(TestDatabases.fixedClock()).scoring().read(sessionId);
        Client c = scoring.clients().stream().filter(x -> x.name().equals(CLIENT)).findFirst().orElseThrow();
        return new ScoredClient(c, scoring.scoresOf(c.id()));
    }

    /** The client's details changed through the dialog: the client as typed and every score it shows. */
    private static void edit(ClientsModel m, Client edited, Map<Long, Integer> scoreChanges) {
        Map<Long, Integer> scores = new HashMap<>(row(m).scores());
        scores.putAll(scoreChanges);
        m.updateClient(edited, scores);
    }

    @Test
    void differentFieldsAndScoresChangedOnTwoLaptopsAreAllKept() {
        ClientsModel a = model(anna);
        ClientsModel b = model(boris);
        Client annas = row(a).client();
        long profitability = criterion(a, "margin").id();
        long growth = criterion(a, "growth_potential").id();
        edit(a, new Client(annas.id(), annas.name(), "Aviation", annas.revenue(), annas.currency(), annas.notes()),
                Map.of(profitability, 4));
        // Boris, who has not seen Anna's change, types notes and another score
        Client boriss = row(b).client();
        edit(b, new Client(boriss.id(), boriss.name(), boriss.segment(), boriss.revenue(), boriss.currency(), "Met the CFO"),
                Map.of(growth, 5));

        assertThat(b.conflicts()).isEmpty();
        ScoredClient now = stored();
        assertThat(now.client().segment()).as("Anna's segment").isEqualTo("Aviation");
        assertThat(now.client().notes()).as("Boris's notes").isEqualTo("Met the CFO");
        assertThat(now.scores()).containsEntry(profitability, 4).containsEntry(growth, 5);
        assertThat(row(b).client().segment()).as("Boris's screen takes Anna's segment with his write").isEqualTo("Aviation");
        assertThat(row(b).scores()).containsEntry(profitability, 4);

        // a single score from the table, on each laptop, different criteria: both stand
        long payment = criterion(a, "payment_discipline").id();
        a.setScore(row(a).id(), payment, 3);
        b.setScore(row(b).id(), profitability, 2);
        assertThat(b.conflicts()).isEmpty();
        assertThat(stored().scores()).containsEntry(payment, 3).containsEntry(profitability, 2);
    }

    @Test
    void theSameScoreSetDifferentlyIsAConflictAndKeepMineWritesMineKnowingly() {
        ClientsModel a = model(anna);
        ClientsModel b = model(boris);
        long profitability = criterion(a, "margin").id();
        a.setScore(row(a).id(), profitability, 5);
        b.setScore(row(b).id(), profitability, 1);

        assertThat(stored().scores()).as("Anna's score stands").containsEntry(profitability, 5);
        assertThat(b.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("client");
            assertThat(((ScoredClient) c.theirs()).scores()).containsEntry(profitability, 5);
            assertThat(((ScoredClient) c.mine()).scores()).containsEntry(profitability, 1);
            assertThat(c.changedBy()).isEqualTo(target.user());
            assertThat(c.changedAt()).isPresent();
        });
        assertThat(row(b).scores()).as("Boris's score stays on his screen until he decides").containsEntry(profitability, 1);

        b.conflicts().get(0).keepMine();
        assertThat(b.conflicts()).isEmpty();
        assertThat(stored().scores()).containsEntry(profitability, 1);
    }

    @Test
    void theSameFieldTypedDifferentlyIsAConflictAndKeepTheirsShowsTheirsWithoutWriting() {
        ClientsModel a = model(anna);
        ClientsModel b = model(boris);
        Client annas = row(a).client();
        edit(a, new Client(annas.id(), annas.name(), "Aviation", annas.revenue(), annas.currency(), annas.notes()), Map.of());
        Client boriss = row(b).client();
        edit(b, new Client(boriss.id(), boriss.name(), "Logistics", boriss.revenue(), boriss.currency(), "Two hubs"), Map.of());

        assertThat(b.conflicts()).singleElement().satisfies(c ->
                assertThat(((ScoredClient) c.theirs()).client().segment()).isEqualTo("Aviation"));
        assertThat(stored().client().notes()).as("nothing of Boris's write went in, not even his notes").isEmpty();

        b.conflicts().get(0).keepTheirs();
        assertThat(row(b).client().segment()).isEqualTo("Aviation");
        assertThat(stored().client().segment()).isEqualTo("Aviation");
    }

    @Test
    void aClientDeletedOnOneLaptopIsNotBroughtBackByAnEditOnTheOther() {
        ClientsModel a = model(anna);
        ClientsModel b = model(boris);
        a.deleteClient(row(a).id());
        Client boriss = row(b).client();
        edit(b, new Client(boriss.id(), boriss.name(), "Logistics", boriss.revenue(), boriss.currency(), ""), Map.of());
        assertThat(errors).as("Boris's write is refused and his page read again").hasSize(1);
        errors.clear();
        assertThat(b.rows()).noneMatch(r -> r.client().name().equals(CLIENT));
        assertThat(boris.store(TestDatabases.fixedClock()).scoring().read(sessionId).clients())
                .noneMatch(c -> c.name().equals(CLIENT));
    }

    private ScoringSetupModel setupForm(Database db) {
        var service = db.store(TestDatabases.fixedClock()).scoring();
        ScoringSetupModel vm = new ScoringSetupModel(sessionId, service, new DirectTaskRunner(), en, errors::add);
        var sheet = service.sheet(sessionId);
        vm.show(sheet.criteria(), sheet.settings());
        return vm;
    }

    private static ScoringSetupModel.CriterionItem item(ScoringSetupModel vm, String key) {
        return vm.items().stream().filter(i -> i.keyProperty().get().equals(key)).findFirst().orElseThrow();
    }

    private java.math.BigDecimal storedWeight(String key) {
        return boris.store(TestDatabases.fixedClock()).scoring().read(sessionId).criteria().stream()
                .filter(c -> c.key().equals(key)).findFirst().orElseThrow().weight();
    }

    @Test
    void theScoringSetUpSavedOnAnotherLaptopMeanwhileIsNeverOverwrittenUnseen() {
        ScoringSetupModel a = setupForm(anna);
        ScoringSetupModel b = setupForm(boris);
        item(a, "margin").weightProperty().set("2.5");
        a.save((names, lost) -> true, s -> { });
        assertThat(storedWeight("margin")).isEqualByComparingTo("2.5");

        // Boris's form was filled before Anna saved: asked, he keeps theirs, and his form shows them
        item(b, "growth_potential").weightProperty().set("3");
        List<ScoringSetupModel> asked = new ArrayList<>();
        b.save((names, lost) -> true, theirs -> {
            asked.add(b);
            return false;
        }, s -> { });
        assertThat(asked).hasSize(1);
        assertThat(storedWeight("growth_potential")).as("nothing of Boris's written").isEqualByComparingTo("1");
        assertThat(item(b, "margin").weightProperty().get()).isEqualTo("2.5");

        // now based on Anna's, his change goes through without a question
        item(b, "growth_potential").weightProperty().set("3");
        b.save((names, lost) -> true, theirs -> {
            throw new AssertionError("not stale any more");
        }, s -> { });
        assertThat(storedWeight("growth_potential")).isEqualByComparingTo("3");
        assertThat(storedWeight("margin")).isEqualByComparingTo("2.5");

        // Anna, still on her old form, keeps hers knowingly: written over Boris's
        item(a, "margin").weightProperty().set("2");
        a.save((names, lost) -> true, theirs -> true, s -> { });
        assertThat(storedWeight("margin")).isEqualByComparingTo("2");
        assertThat(storedWeight("growth_potential")).as("her form's value, over his").isEqualByComparingTo("1");
    }
}
