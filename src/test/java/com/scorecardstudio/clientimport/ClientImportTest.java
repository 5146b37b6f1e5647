package com.scorecardstudio.clientimport;

import com.scorecardstudio.clientimport.ClientImporter;
import com.scorecardstudio.db.ScoringService;
import static com.scorecardstudio.clientimport.ClientFileReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.db.ClientRepository;
import com.scorecardstudio.db.CriteriaRepository;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an import: all of it in one transaction, existing clients updated only where the file says. */
class ClientImportTest {
    @TempDir
    Path dir;
    private final Clock clock = TestDatabases.fixedClock();

    private long session(Database db) {
        return new SessionRepository(db.dsl(), clock).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
    }

    @Test
    void anImportAddsNewClientsAndUpdatesExistingOnesOnlyWhereTheFileGivesAValue() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("a.mv.db"))) {
            long s = session(db);
            ScoringService service = new ScoringService(db.dsl(), clock);
            List<Criterion> criteria = service.sheet(s).criteria();
            long margin = criteria.get(1).id();
            long tenure = criteria.get(5).id();
            long satisfaction = criteria.get(8).id();
            Client zeta = service.addClient(s, new Client(null, "ZETA health", "Old segment", new BigDecimal("77"), "USD", "Keep me"),
                    Map.of(margin, 1, satisfaction, 2));

            ImportTable t = new ClientFileReader().read(fixture("utf8.csv"));
            ImportPlan plan = ImportPlan.build(t, ColumnMapping.auto(t.headers(), criteria), criteria, service.clientIdsByName(s));
            List<Double> progress = new ArrayList<>();
            ImportResult r = new ClientImporter(db.store(clock)).apply(s, plan, true, progress::add);
            assertThat(r).isEqualTo(new ImportResult(3, 1, 0, 0));
            assertThat(progress).first().isEqualTo(0.0);
            assertThat(progress).last().isEqualTo(1.0);
            assertThat(progress).isSorted();

            ScoringSheet sheet = service.read(s);
            assertThat(sheet.clients()).extracting(Client::name)
                    .containsExactly("Alpha \"Prime\" Group", "Björk & Søn", "Northwind, Ltd.", "ZETA health");
            Client updated = sheet.clients().get(3);
            assertThat(updated.id()).isEqualTo(zeta.id());
            assertThat(updated.segment()).isEqualTo("Healthcare");
            assertThat(updated.revenue()).isEqualByComparingTo("77");
            assertThat(updated.currency()).isEqualTo("USD");
            assertThat(updated.notes()).isEqualTo("Keep me");
            // the file's scores are set, the others kept
            assertThat(sheet.scoresOf(zeta.id())).isEqualTo(Map.of(margin, 3, tenure, 3, criteria.get(6).id(), 3, satisfaction, 2));
        }
    }

    @Test
    void existingClientsAreLeftAloneWhenTheUserSaysSo() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("b.mv.db"))) {
            long s = session(db);
            ScoringService service = new ScoringService(db.dsl(), clock);
            List<Criterion> criteria = service.sheet(s).criteria();
            service.addClient(s, Client.draft("Zeta Health"), Map.of());
            ImportTable t = new ClientFileReader().read(fixture("utf8.csv"));
            ImportPlan plan = ImportPlan.build(t, ColumnMapping.auto(t.headers(), criteria), criteria, service.clientIdsByName(s));
            assertThat(new ClientImporter(db.store(clock)).apply(s, plan, false, p -> { })).isEqualTo(new ImportResult(3, 0, 1, 0));
            assertThat(service.read(s).clients()).filteredOn(c -> c.name().equals("Zeta Health"))
                    .singleElement().satisfies(c -> assertThat(c.segment()).isEmpty());
        }
    }

    @Test
    void aFailedImportChangesNothing() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("c.mv.db"))) {
            long s = session(db);
            ScoringService service = new ScoringService(db.dsl(), clock);
            List<Criterion> criteria = service.sheet(s).criteria();
            ImportTable t = new ClientFileReader().read(fixture("utf8.csv"));
            ImportPlan plan = ImportPlan.build(t, ColumnMapping.auto(t.headers(), criteria), criteria, Map.of());
            // a criterion removed after the preview: the last rows' scores cannot be stored
            new CriteriaRepository(db.dsl(), clock).replace(s, withoutKey(criteria, "tenure"));
            assertThatThrownBy(() -> new ClientImporter(db.store(clock)).apply(s, plan, true, p -> { }))
                    .isInstanceOf(org.jooq.exception.DataAccessException.class);
            assertThat(new ClientRepository(db.dsl(), clock).count(s)).isZero();
        }
    }

    private static List<Criterion> withoutKey(List<Criterion> c, String key) {
        return c.stream().filter(x -> !x.key().equals(key)).toList();
    }

    @Test
    void theCommandLineImportRunsInOneTransactionIncludingTheFirstUseDefaults() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("d.mv.db"))) {
            long s = session(db);
            assertThatThrownBy(() -> ClientImport.run(db.store(clock), s, fixture("no-name-column.csv")))
                    .isInstanceOf(ImportException.class)
                    .extracting(e -> ((ImportException) e).key()).isEqualTo("clients.import.error.noNameColumn");
            assertThat(db.dsl().fetchCount(DSL.table("SCORING_SETTINGS"))).isZero();
            assertThat(db.dsl().fetchCount(DSL.table("SCORING_CRITERION"))).isZero();

            ClientImport.Outcome o = ClientImport.run(db.store(clock), s, fixture("clients.xlsx"));
            assertThat(o.result()).isEqualTo(new ImportResult(2, 0, 0, 2));
            assertThat(o.ignoredColumns()).containsExactly("Comment");
            assertThat(o.plan().rejected()).extracting(ImportPlan.Rejected::row).containsExactly(5, 6);
            ClientImport.Outcome again = ClientImport.run(db.store(clock), s, fixture("clients.xlsx"));
            assertThat(again.result()).isEqualTo(new ImportResult(0, 2, 0, 2));
        }
    }

    @Test
    void twoThousandRowsImportInOneGo() throws Exception {
        StringBuilder csv = new StringBuilder("name;segment;revenue;margin;tenure\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("Client ").append(i).append(";Seg;").append(1000 + i).append(",5;").append(i % 5 + 1).append(';')
                    .append((i + 2) % 5 + 1).append('\n');
        }
        Path file = dir.resolve("big.csv");
        java.nio.file.Files.writeString(file, csv);
        try (Database db = TestDatabases.open(dir.resolve("e.mv.db"))) {
            long s = session(db);
            ClientImport.Outcome o = ClientImport.run(db.store(clock), s, file);
            assertThat(o.result().imported()).isEqualTo(2000);
            ScoringSheet sheet = new ScoringService(db.dsl(), clock).read(s);
            assertThat(sheet.clients()).hasSize(2000);
            assertThat(sheet.scores().values().stream().mapToInt(Map::size).sum()).isEqualTo(4000);
        }
    }
}
