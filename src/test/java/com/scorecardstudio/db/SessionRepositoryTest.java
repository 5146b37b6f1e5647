package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions on a real H2 file: what is written is there after the database is closed and reopened. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class SessionRepositoryTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("sessions.mv.db");
    }

    private static Session session(String title, LocalDate date) {
        return new Session(null, UUID.randomUUID(), title, "Vita Clinic", "Healthcare", date, "Anna",
                List.of(new Participant("Igor", "CEO"), new Participant("Марина Орлова", "Финансовый директор")),
                2027, "Two days.\nDay 1: finance.", null, null);
    }

    @Test
    void createEditDeleteSurviveReopening() throws Exception {
        long keptId;
        long deletedId;
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            Session kept = repo.insert(session("Strategy 2027 🎯", LocalDate.of(2026, 11, 20)));
            Session other = repo.insert(session("Old session", LocalDate.of(2025, 3, 1)));
            keptId = kept.id();
            deletedId = other.id();
            Session edited = new Session(kept.id(), kept.uid(), "Strategy 2027 (final)", "Vita Clinic LLC", "Healthcare",
                    kept.date(), "Anna Sokolova", List.of(new Participant("Igor Belov", "CEO")), 2028, "Edited",
                    kept.createdAt(), kept.updatedAt());
            repo.update(edited);
            repo.delete(other.id());
        }
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            List<Session> all = repo.list();
            assertThat(all).extracting(Session::id).containsExactly(keptId);
            Session s = all.get(0);
            assertThat(s.title()).isEqualTo("Strategy 2027 (final)");
            assertThat(s.organization()).isEqualTo("Vita Clinic LLC");
            assertThat(s.facilitator()).isEqualTo("Anna Sokolova");
            assertThat(s.horizonYear()).isEqualTo(2028);
            assertThat(s.participants()).containsExactly(new Participant("Igor Belov", "CEO"));
            assertThat(s.notes()).isEqualTo("Edited");
            assertThat(repo.find(deletedId)).isEmpty();
        }
    }

    @Test
    void unicodeAndMultilineTextRoundTrip() throws Exception {
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            Session s = repo.insert(session("Стратегическая сессия «Вита» 2027 — 数字 ✓", LocalDate.of(2026, 11, 22)));
            Session back = repo.find(s.id()).orElseThrow();
            assertThat(back.title()).isEqualTo("Стратегическая сессия «Вита» 2027 — 数字 ✓");
            assertThat(back.notes()).isEqualTo("Two days.\nDay 1: finance.");
            assertThat(back.participants()).extracting(Participant::name).containsExactly("Igor", "Марина Орлова");
            assertThat(repo.findByUid(s.uid())).contains(back);
        }
    }

    @Test
    void listIsNewestFirstByDate() throws Exception {
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            repo.insert(session("middle", LocalDate.of(2026, 5, 1)));
            repo.insert(session("newest", LocalDate.of(2026, 11, 1)));
            repo.insert(session("oldest", LocalDate.of(2025, 1, 1)));
            assertThat(repo.list()).extracting(Session::title).containsExactly("newest", "middle", "oldest");
        }
    }

    @Test
    void deleteCanBeUndoneUntilPurged() throws Exception {
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            Session s = repo.insert(session("to delete", LocalDate.of(2026, 1, 1)));
            repo.delete(s.id());
            assertThat(repo.list()).isEmpty();
            repo.undelete(s.id());
            assertThat(repo.list()).extracting(Session::title).containsExactly("to delete");
            assertThat(repo.find(s.id()).orElseThrow().participants()).hasSize(2);

            repo.delete(s.id());
            assertThat(repo.purgeDeleted()).isEqualTo(1);
            repo.undelete(s.id());
            assertThat(repo.list()).isEmpty();
        }
    }

    @Test
    void duplicateCopiesEverythingUnderANewIdentity() throws Exception {
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            Session s = repo.insert(session("Original", LocalDate.of(2026, 1, 1)));
            Session copy = repo.duplicate(s.id(), "Original (copy)");
            assertThat(copy.id()).isNotEqualTo(s.id());
            assertThat(copy.uid()).isNotEqualTo(s.uid());
            assertThat(copy.title()).isEqualTo("Original (copy)");
            assertThat(repo.find(copy.id()).orElseThrow().participants()).isEqualTo(s.participants());
        }
    }

    @Test
    void aFailedWriteLeavesNothingHalfWritten() throws Exception {
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            // the second participant's name breaks the column limit: the whole insert must roll back
            Session bad = new Session(null, UUID.randomUUID(), "Half", "", "", LocalDate.of(2026, 1, 1), "",
                    List.of(new Participant("ok", ""), new Participant("x".repeat(1000), "")), null, "", null, null);
            assertThatThrownBy(() -> repo.insert(bad)).isInstanceOf(RuntimeException.class);
            assertThat(repo.list()).isEmpty();
        }
    }

    @Test
    void updatingAMissingSessionFails() throws Exception {
        try (Database db = engine.open(file())) {
            SessionRepository repo = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            Session ghost = session("ghost", LocalDate.of(2026, 1, 1)).withId(999, null, null);
            assertThatThrownBy(() -> repo.update(ghost)).isInstanceOf(NotFoundException.class);
        }
    }
}
