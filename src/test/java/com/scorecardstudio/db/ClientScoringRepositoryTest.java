package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.BandLimits;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.CriteriaTemplate;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DeletedClient;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients, criteria, scores, settings and templates on a real H2 file, reopened between steps. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class ClientScoringRepositoryTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private final Clock clock = TestDatabases.fixedClock();

    private Path file() {
        return dir.resolve("scoring.mv.db");
    }

    private long newSession(Database db, String title) {
        return new SessionRepository(db.dsl(), clock).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle(title)).id();
    }

    @Test
    void aSessionGetsTheDefaultCriteriaAndSettingsOnceOnFirstUse() throws Exception {
        try (Database db = engine.open(file())) {
            long s = newSession(db, "S");
            ScoringSettingsRepository settings = new ScoringSettingsRepository(db.dsl(), clock);
            CriteriaRepository criteria = new CriteriaRepository(db.dsl(), clock);
            assertThat(criteria.list(s)).isEmpty();
            assertThat(settings.setUpIfNew(s)).isTrue();
            assertThat(settings.setUpIfNew(s)).isFalse();
            List<Criterion> list = criteria.list(s);
            assertThat(list).hasSize(10);
            assertThat(list.subList(0, 5)).allSatisfy(c -> assertThat(c.axis()).isEqualTo(Axis.ATTRACTIVENESS));
            assertThat(list.get(0).key()).isEqualTo("revenue_potential");
            assertThat(list.get(5).key()).isEqualTo("tenure");
            assertThat(settings.load(s).limits()).isEqualTo(BandLimits.DEFAULT);
            assertThat(settings.load(s).concentrationLimit()).isEqualByComparingTo("25");

            // a session that removed a criterion keeps it removed
            criteria.replace(s, list.subList(1, 10));
            settings.setUpIfNew(s);
            assertThat(criteria.list(s)).hasSize(9);
        }
    }

    @Test
    void clientsAndScoresSurviveReopeningAndNamesAreUniqueIgnoringCase() throws Exception {
        long s;
        long acmeId;
        long margin;
        try (Database db = engine.open(file())) {
            s = newSession(db, "S");
            new ScoringSettingsRepository(db.dsl(), clock).setUpIfNew(s);
            List<Criterion> criteria = new CriteriaRepository(db.dsl(), clock).list(s);
            margin = criteria.get(1).id();
            ClientRepository clients = new ClientRepository(db.dsl(), clock);
            Client acme = clients.insert(s, new Client(null, "Acme Corp", "Retail", new BigDecimal("1234567.891"), "eur",
                    "Line 1\nLine 2"));
            acmeId = acme.id();
            clients.insert(s, Client.draft("Борей"));
            assertThatThrownBy(() -> clients.insert(s, Client.draft("  ACME   corp ")))
                    .isInstanceOf(ClientNameTakenException.class);
            // another session may use the name
            long other = newSession(db, "Other");
            clients.insert(other, Client.draft("Acme Corp"));
            clients.setScore(acmeId, margin, 4);
            clients.setScore(acmeId, margin, 5);
            clients.setScore(acmeId, criteria.get(5).id(), 2);
            clients.setScore(acmeId, criteria.get(5).id(), null);
            assertThatThrownBy(() -> clients.setScore(acmeId, margin, 6)).isInstanceOf(IllegalArgumentException.class);
        }
        try (Database db = engine.open(file())) {
            ClientRepository clients = new ClientRepository(db.dsl(), clock);
            List<Client> list = clients.list(s);
            assertThat(list).extracting(Client::name).containsExactly("Acme Corp", "Борей");
            Client acme = list.get(0);
            assertThat(acme.revenue()).isEqualByComparingTo("1234567.89");
            assertThat(acme.currency()).isEqualTo("EUR");
            assertThat(acme.notes()).isEqualTo("Line 1\nLine 2");
            assertThat(clients.scores(s)).isEqualTo(Map.of(acmeId, Map.of(margin, 5)));

            // renaming onto another client's name is refused; renaming in place is fine
            Client renamed = new Client(acmeId, "ACME CORP", "Retail", null, "", "");
            assertThat(clients.update(s, renamed).name()).isEqualTo("ACME CORP");
            assertThatThrownBy(() -> clients.update(s, new Client(acmeId, "борей", "", null, "", "")))
                    .isInstanceOf(ClientNameTakenException.class);
        }
    }

    @Test
    void aDeletedClientComesBackWithItsIdAndScores() throws Exception {
        try (Database db = engine.open(file())) {
            long s = newSession(db, "S");
            new ScoringSettingsRepository(db.dsl(), clock).setUpIfNew(s);
            List<Criterion> criteria = new CriteriaRepository(db.dsl(), clock).list(s);
            ClientRepository clients = new ClientRepository(db.dsl(), clock);
            Client c = clients.insert(s, new Client(null, "Kvant", "Industry", BigDecimal.TEN, "RUB", "n"));
            clients.setScores(c.id(), Map.of(criteria.get(0).id(), 3, criteria.get(9).id(), 4));
            DeletedClient deleted = clients.delete(c.id());
            assertThat(clients.list(s)).isEmpty();
            assertThat(clients.scores(s)).isEmpty();
            // a criterion removed in the meantime loses its score, the rest comes back
            new CriteriaRepository(db.dsl(), clock).replace(s, criteria.subList(0, 9));
            Client back = clients.restore(deleted);
            assertThat(back).isEqualTo(c);
            assertThat(clients.scoresOf(c.id())).isEqualTo(Map.of(criteria.get(0).id(), 3));
            assertThatThrownBy(() -> clients.delete(123456)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void replacingCriteriaKeepsTheScoresOfThoseThatStayEvenWithKeysSwapped() throws Exception {
        try (Database db = engine.open(file())) {
            long s = newSession(db, "S");
            new ScoringSettingsRepository(db.dsl(), clock).setUpIfNew(s);
            CriteriaRepository repo = new CriteriaRepository(db.dsl(), clock);
            List<Criterion> c = repo.list(s);
            ClientRepository clients = new ClientRepository(db.dsl(), clock);
            Client x = clients.insert(s, Client.draft("X"));
            clients.setScores(x.id(), Map.of(c.get(0).id(), 5, c.get(1).id(), 1, c.get(4).id(), 3));

            List<Criterion> edited = new ArrayList<>(c);
            // swap the keys of the first two, reweight, rename, move one to the other axis, drop one, add one
            edited.set(0, new Criterion(c.get(0).id(), Axis.ATTRACTIVENESS, c.get(1).key(), "Renamed", new BigDecimal("2.5")));
            edited.set(1, new Criterion(c.get(1).id(), Axis.ATTRACTIVENESS, c.get(0).key(), "", BigDecimal.ONE));
            edited.set(2, new Criterion(c.get(2).id(), Axis.RELATIONSHIP, c.get(2).key(), "", BigDecimal.ONE));
            edited.remove(4);
            edited.add(new Criterion(null, Axis.ATTRACTIVENESS, "innovation", "Innovation", new BigDecimal("0.5")));
            Map<Long, Integer> counts = repo.scoreCounts(s);
            assertThat(counts.get(c.get(4).id())).isEqualTo(1);

            List<Criterion> stored = repo.replace(s, edited);
            assertThat(stored).isEqualTo(repo.list(s));
            assertThat(stored).extracting(Criterion::key).containsExactly(
                    "margin", "revenue_potential", "strategic_fit", "innovation",
                    "growth_potential", "tenure", "share_of_wallet", "access_to_decision_makers", "satisfaction",
                    "breadth_of_services");
            assertThat(stored.get(0).weight()).isEqualByComparingTo("2.5");
            assertThat(stored.get(0).name()).isEqualTo("Renamed");
            assertThat(clients.scoresOf(x.id())).isEqualTo(Map.of(c.get(0).id(), 5, c.get(1).id(), 1));

            assertThatThrownBy(() -> repo.replace(s, List.of(edited.get(0))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(repo.list(s)).hasSize(10);
        }
    }

    @Test
    void settingsAndRewrittenStrategiesSurviveReopening() throws Exception {
        long s;
        try (Database db = engine.open(file())) {
            s = newSession(db, "S");
            new ScoringSettingsRepository(db.dsl(), clock).save(s, new ScoringSettings(
                    new BandLimits(new BigDecimal("2.5"), new BigDecimal("4")), new BigDecimal("30"),
                    Map.of(Zone.BUILD_LOYALTY, "Звонить ежемесячно.\nПриглашать на события.")));
        }
        try (Database db = engine.open(file())) {
            ScoringSettings loaded = new ScoringSettingsRepository(db.dsl(), clock).load(s);
            assertThat(loaded.limits()).isEqualTo(new BandLimits(new BigDecimal("2.50"), new BigDecimal("4.00")));
            assertThat(loaded.concentrationLimit()).isEqualByComparingTo("30");
            assertThat(loaded.strategies()).isEqualTo(Map.of(Zone.BUILD_LOYALTY, "Звонить ежемесячно.\nПриглашать на события."));
            // and the row that marks the session as set up is there: no defaults are added over it
            assertThat(new ScoringSettingsRepository(db.dsl(), clock).setUpIfNew(s)).isFalse();
        }
    }

    @Test
    void templatesOutliveTheirSessionAndApplyByKey() throws Exception {
        try (Database db = engine.open(file())) {
            long s1 = newSession(db, "First");
            new ScoringSettingsRepository(db.dsl(), clock).setUpIfNew(s1);
            CriteriaRepository repo = new CriteriaRepository(db.dsl(), clock);
            List<Criterion> mine = new ArrayList<>(repo.list(s1));
            mine.set(1, mine.get(1).withWeight(new BigDecimal("3")));
            mine.add(new Criterion(null, Axis.RELATIONSHIP, "nps", "NPS", BigDecimal.ONE));
            repo.replace(s1, mine);
            repo.saveTemplate("B2B services", repo.list(s1));
            repo.saveTemplate("b2b  SERVICES", repo.list(s1).subList(0, 6)); // replaces, ignoring case
            repo.saveTemplate("Retail", repo.list(s1));
            assertThatThrownBy(() -> repo.saveTemplate("  ", mine)).isInstanceOf(IllegalArgumentException.class);
            new SessionRepository(db.dsl(), clock).delete(s1);
            new SessionRepository(db.dsl(), clock).purgeDeleted();

            List<CriteriaTemplate> all = repo.templates();
            assertThat(all).extracting(CriteriaTemplate::name).containsExactly("b2b  SERVICES", "Retail");
            assertThat(all.get(0).criteria()).hasSize(6);
            CriteriaTemplate retail = all.get(1);
            assertThat(retail.criteria()).hasSize(11).allSatisfy(c -> assertThat(c.id()).isNull());
            assertThat(retail.criteria().get(1).weight()).isEqualByComparingTo("3");

            long s2 = newSession(db, "Second");
            new ScoringSettingsRepository(db.dsl(), clock).setUpIfNew(s2);
            List<Criterion> current = repo.list(s2);
            List<Criterion> merged = CriteriaRepository.merge(current, retail);
            assertThat(merged.get(0).id()).isEqualTo(current.get(0).id());
            assertThat(merged.get(10).id()).isNull();
            assertThat(repo.replace(s2, merged)).extracting(Criterion::key).contains("nps");
            repo.deleteTemplate(all.get(0).id());
            assertThat(repo.templates()).hasSize(1);
        }
    }

    @Test
    void deletingASessionDeletesItsClientsScoresAndSettings() throws Exception {
        try (Database db = engine.open(file())) {
            long s = newSession(db, "S");
            new ScoringSettingsRepository(db.dsl(), clock).setUpIfNew(s);
            Client c = new ClientRepository(db.dsl(), clock).insert(s, Client.draft("A"));
            new ClientRepository(db.dsl(), clock).setScore(c.id(), new CriteriaRepository(db.dsl(), clock).list(s).get(0).id(), 3);
            new SessionRepository(db.dsl(), clock).delete(s);
            new SessionRepository(db.dsl(), clock).purgeDeleted();
            for (String table : List.of("CLIENT", "CLIENT_SCORE", "SCORING_CRITERION", "SCORING_SETTINGS")) {
                assertThat(db.dsl().fetchCount(org.jooq.impl.DSL.table(table))).as(table).isZero();
            }
        }
    }
}
