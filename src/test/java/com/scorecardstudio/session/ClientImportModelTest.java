package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.clientimport.ClientImporter;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.clientimport.ClientFileReader;
import com.scorecardstudio.clientimport.ColumnTarget;
import com.scorecardstudio.clientimport.ImportResult;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.TestDatabases;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's steps without a window. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class ClientImportModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private long sessionId;
    private ScoringService service;
    private final List<Throwable> unexpected = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("import.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        service = new ScoringService(db.dsl(), TestDatabases.fixedClock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ClientImportModelTest.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ClientImportModel vm(Language language) {
        ScoringSheet sheet = service.sheet(sessionId);
        ClientImportModel vm = new ClientImportModel(sessionId, service, new ClientImporter(db.store(TestDatabases.fixedClock())), new ClientFileReader(), sheet.criteria(),
                new DirectTaskRunner(), Runnable::run, new Messages(language), unexpected::add);
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        return vm;
    }

    @Test
    void previewThenImportWithTheColumnsAsMatchedOrChanged() {
        service.addClient(sessionId, Client.draft("Zeta Health"), Map.of());
        ClientImportModel vm = vm(Language.EN);
        vm.open(fixture("utf8.csv"));
        assertThat(vm.stepProperty().get()).isEqualTo(ClientImportModel.Step.PREVIEW);
        assertThat(vm.fileNameProperty().get()).isEqualTo("utf8.csv");
        assertThat(vm.mapping()).startsWith(ColumnTarget.of(Field.NAME), ColumnTarget.of(Field.SEGMENT));
        assertThat(vm.planProperty().get().added()).hasSize(3);
        assertThat(vm.planProperty().get().updated()).hasSize(1);
        assertThat(vm.canImport()).isTrue();
        assertThat(vm.label(ColumnTarget.criterion("margin"))).isEqualTo("Attractiveness · Profitability");
        assertThat(vm.label(null)).isEqualTo("(not imported)");

        // the segment column now goes into notes; without a name column nothing can be imported
        vm.setTarget(1, ColumnTarget.of(Field.NOTES));
        assertThat(vm.mapping().get(1)).isEqualTo(ColumnTarget.of(Field.NOTES));
        vm.setTarget(1, ColumnTarget.of(Field.NAME));
        assertThat(vm.mapping().get(0)).isNull(); // a target is held by one column only
        vm.setTarget(1, null);
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.canImport()).isFalse();
        vm.setTarget(0, ColumnTarget.of(Field.NAME));
        vm.setTarget(1, ColumnTarget.of(Field.NOTES));

        ImportResult[] done = new ImportResult[1];
        vm.start(false, r -> done[0] = r);
        assertThat(done[0]).isEqualTo(new ImportResult(3, 0, 1, 0));
        assertThat(vm.stepProperty().get()).isEqualTo(ClientImportModel.Step.DONE);
        assertThat(progress).contains(0.0, 1.0);
        assertThat(service.read(sessionId).clients()).filteredOn(c -> c.name().equals("Northwind, Ltd."))
                .singleElement().satisfies(c -> assertThat(c.notes()).isEqualTo("Logistics"));
        assertThat(unexpected).isEmpty();
    }

    @Test
    void aRefusedFileIsExplainedInTheUsersLanguageAndChangesNothing() {
        ClientImportModel vm = vm(Language.RU);
        vm.open(fixture("zip-bomb.xlsx"));
        assertThat(vm.stepProperty().get()).isEqualTo(ClientImportModel.Step.FAILED);
        assertThat(vm.errorProperty().get()).contains("zip-бомба");
        assertThat(vm.canImport()).isFalse();
        assertThat(service.read(sessionId).clients()).isEmpty();
        assertThat(unexpected).isEmpty();
    }

    @Test
    void aFileWithOnlyBadRowsCannotBeImported() {
        ClientImportModel vm = vm(Language.EN);
        vm.open(fixture("long-text.csv"));
        vm.setTarget(0, null);
        assertThat(vm.canImport()).isFalse();
        vm.start(true, r -> { });
        assertThat(vm.stepProperty().get()).isEqualTo(ClientImportModel.Step.PREVIEW);
    }
}
