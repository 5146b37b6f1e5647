package com.scorecardstudio.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen's logic, without a window, on a real H2 file. */
class SessionListModelTest {
    @TempDir
    Path dir;
    private Database db;
    private SessionListModel vm;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(dir.resolve("home.mv.db"));
        vm = new SessionListModel(db.store(TestDatabases.fixedClock()), new DirectTaskRunner(),
                new Messages(Language.EN), errors::add);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private Session create(String title, String org) {
        Session[] made = new Session[1];
        Session draft = Session.draft(LocalDate.of(2026, 11, 22)).withTitle(title);
        draft = new Session(null, draft.uid(), title, org, "", draft.date(), "Anna", List.of(), 2027, "", null, null);
        vm.create(draft, s -> made[0] = s);
        return made[0];
    }

    @Test
    void filterMatchesTitleOrganizationAndFacilitatorIgnoringCase() {
        create("Strategy 2027", "Vita Clinic");
        create("Board retreat", "Northwind");
        vm.filterProperty().set("vita");
        assertThat(vm.visibleSessions()).extracting(Session::title).containsExactly("Strategy 2027");
        vm.filterProperty().set("  ANNA ");
        assertThat(vm.visibleSessions()).hasSize(2);
        vm.filterProperty().set("");
        assertThat(vm.visibleSessions()).hasSize(2);
    }

    @Test
    void deleteThenUndoBringsTheSessionBack() {
        Session s = create("Keep me", "Org");
        vm.delete(s);
        assertThat(vm.sessions()).isEmpty();
        assertThat(vm.lastDeletedProperty().get()).isEqualTo(s);
        Session[] back = new Session[1];
        vm.undoDelete(x -> back[0] = x);
        assertThat(vm.sessions()).extracting(Session::title).containsExactly("Keep me");
        assertThat(back[0].id()).isEqualTo(s.id());
        assertThat(vm.lastDeletedProperty().get()).isNull();
    }

    @Test
    void duplicateAddsACopyNamedInTheUsersLanguage() {
        Session s = create("Strategy", "Org");
        Session[] copy = new Session[1];
        vm.duplicate(s, c -> copy[0] = c);
        assertThat(copy[0].title()).isEqualTo("Strategy (copy)");
        assertThat(vm.sessions()).hasSize(2);
    }

    @Test
    void theLastOpenedSessionIsOfferedForReopening() {
        Session s = create("Last one", "Org");
        vm.lastOpenedUidProperty().set(s.uid());
        assertThat(vm.lastOpenedProperty().get()).isEqualTo(s);
        vm.delete(s);
        assertThat(vm.lastOpenedProperty().get()).isNull();
    }
}
