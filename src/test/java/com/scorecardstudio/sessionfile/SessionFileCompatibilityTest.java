package com.scorecardstudio.sessionfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.map.CardPosition;
import com.scorecardstudio.sessionfile.SessionDocument.ClientDto;
import com.scorecardstudio.sessionfile.SessionDocument.CriterionDto;
import com.scorecardstudio.sessionfile.SessionDocument.GoalDto;
import com.scorecardstudio.sessionfile.SessionDocument.IndicatorDto;
import com.scorecardstudio.sessionfile.SessionDocument.InitiativeDto;
import com.scorecardstudio.sessionfile.SessionDocument.LinkDto;
import com.scorecardstudio.sessionfile.SessionDocument.MapDto;
import com.scorecardstudio.sessionfile.SessionDocument.PinDto;
import com.scorecardstudio.sessionfile.SessionDocument.ScoringDto;
import com.scorecardstudio.sessionfile.SessionFiles.OnConflict;
import com.scorecardstudio.testing.TestDatabases;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session files stay compatible across the move to a domain mapper: a file written by the app before
 * imports to the same session, and a session survives file → import → file unchanged.
 */
class SessionFileCompatibilityTest {
    /** Written by the app before session files were mapped through the domain (demo in Russian, a pin, a gap in positions). */
    private static final String OLD_FILE = "/fixtures/session-file-v1-app-0.1.scorecard";

    @TempDir
    Path dir;

    private final Clock clock = TestDatabases.fixedClock();

    @Test
    void aFileWrittenBeforeImportsToTheSameSession() throws Exception {
        Path file = dir.resolve("old.scorecard");
        try (InputStream in = getClass().getResourceAsStream(OLD_FILE)) {
            Files.copy(in, file);
        }
        SessionDocument old = SessionFileFormat.read(file);
        try (Database db = TestDatabases.open(dir.resolve("db.mv.db"))) {
            SessionFiles files = new SessionFiles(db.store(clock));
            SessionFiles.Imported imported = files.importFile(file, OnConflict.ASK, "(imported)");
            SessionDocument back = files.read(imported.sessionId());

            assertThat(old.goals()).hasSizeGreaterThan(10);
            assertThat(old.map().pins()).hasSize(1);
            assertThat(old.stageTimeboxes()).hasSize(1);
            assertThat(canonical(back)).usingRecursiveComparison().isEqualTo(canonical(old));
            assertThat(back.session().uid()).isEqualTo(old.session().uid());
            assertThat(back.session().createdAt()).isEqualTo(old.session().createdAt());
            // a file from before dot-voting: no votes, the default dots, and nothing about them written back
            assertThat(old.goals()).allSatisfy(g -> assertThat(g.votes()).isEmpty());
            assertThat(back.goals()).allSatisfy(g -> assertThat(g.votes()).isEmpty());
            assertThat(back.dotsPerParticipant()).isNull();
            assertThat(db.store(clock).goals().dotBudget(imported.sessionId()))
                    .isEqualTo(com.scorecardstudio.domain.DotVoting.DEFAULT_DOTS);
        }
    }

    @Test
    void demoToFileToImportToFileGivesAnEqualDocument() throws Exception {
        Path first = dir.resolve("first.scorecard");
        Path second = dir.resolve("second.scorecard");
        try (Database source = TestDatabases.open(dir.resolve("source.mv.db"));
                Database target = TestDatabases.open(dir.resolve("target.mv.db"))) {
            long demo = Demo.create(source.store(clock), Language.EN, LocalDate.of(2026, 11, 22)).id();
            var goals = source.store(clock).goals().list(demo);
            source.store(clock).map().pin(new CardPosition(goals.get(2).id(), -40.25, 1200));
            source.store(clock).facilitation().saveTimebox(demo, com.scorecardstudio.domain.Stage.FINANCIAL, 90);
            new SessionFiles(source.store(clock)).export(demo, first);

            SessionFiles into = new SessionFiles(target.store(clock));
            long imported = into.importFile(first, OnConflict.ASK, "(imported)").sessionId();
            into.export(imported, second);
        }
        SessionDocument a = SessionFileFormat.read(first);
        SessionDocument b = SessionFileFormat.read(second);
        assertThat(a.scoring().clients()).isNotEmpty();
        assertThat(a.map().links()).isNotEmpty();
        // the demo's dot-voting goes through too: its votes, and the dots per participant written beside them
        assertThat(a.goals()).anySatisfy(g -> assertThat(g.votes()).isNotEmpty());
        assertThat(a.dotsPerParticipant()).isEqualTo(com.scorecardstudio.domain.DotVoting.DEFAULT_DOTS);
        // the same document; goal refs are database ids, so they are compared by the goal they name
        assertThat(refsByPlace(b)).usingRecursiveComparison().isEqualTo(refsByPlace(a));
    }

    /** The document with goal refs replaced by the goal's place in the document. */
    private static SessionDocument refsByPlace(SessionDocument d) {
        Map<Long, Long> place = new HashMap<>();
        for (int i = 0; i < d.goals().size(); i++) {
            place.put(d.goals().get(i).ref(), (long) i);
        }
        List<GoalDto> goals = d.goals().stream().map(g -> new GoalDto(place.get(g.ref()), g.stage(), g.area(), g.position(),
                g.title(), g.description(), g.owner(), g.priority(), g.indicators(), g.initiatives(), g.votes())).toList();
        return new SessionDocument(d.session(), d.participants(), goals, d.policyChecks(), d.areaAssessments(),
                d.parkingNotes(), d.stageTimeboxes(), d.scoring(), d.map() == null ? null : new MapDto(
                        d.map().links().stream().map(l -> new LinkDto(place.get(l.cause()), place.get(l.effect()),
                                l.hypothesis(), l.strength())).toList(),
                        d.map().pins().stream().map(p -> new PinDto(place.get(p.goal()), p.x(), p.y())).toList()),
                d.dotsPerParticipant());
    }

    /**
     * What a document says, without what the file's layout leaves free: the order of goals (by stage,
     * area and position), positions as places in their list, goal refs as their place, the order of
     * checks, assessments, time-boxes, clients and strategies, and the session's update time.
     */
    private static SessionDocument canonical(SessionDocument d) {
        List<String> stages = List.of("financial", "internal_processes", "customer", "learning_growth");
        List<GoalDto> sorted = new ArrayList<>(d.goals());
        sorted.sort(Comparator.comparing((GoalDto g) -> stages.indexOf(g.stage())).thenComparing(GoalDto::area)
                .thenComparingInt(GoalDto::position));
        Map<Long, Long> place = new HashMap<>();
        Map<String, Integer> next = new HashMap<>();
        List<GoalDto> goals = new ArrayList<>();
        for (GoalDto g : sorted) {
            place.put(g.ref(), (long) goals.size());
            int position = next.merge(g.stage() + "/" + g.area(), 1, Integer::sum) - 1;
            List<IndicatorDto> indicators = new ArrayList<>(g.indicators());
            indicators.sort(Comparator.comparingInt(IndicatorDto::position));
            List<InitiativeDto> initiatives = new ArrayList<>(g.initiatives());
            initiatives.sort(Comparator.comparingInt(InitiativeDto::position));
            goals.add(new GoalDto(goals.size(), g.stage(), g.area(), position, g.title(), g.description(), g.owner(),
                    g.priority(), renumberIndicators(indicators), renumberInitiatives(initiatives), g.votes()));
        }
        var s = d.session();
        ScoringDto sc = d.scoring();
        ScoringDto scoring = sc == null ? null : new ScoringDto(sc.settings(), renumberCriteria(sc.criteria()),
                sc.clients().stream().sorted(Comparator.comparing(ClientDto::nameKey)).toList(),
                sc.strategies().stream().sorted(Comparator.comparing(SessionDocument.StrategyDto::zone)).toList());
        return new SessionDocument(new SessionDocument.SessionDto(s.uid(), s.title(), s.organization(), s.industry(), s.date(),
                s.facilitator(), s.horizonYear(), s.notes(), s.createdAt(), null), d.participants(), goals,
                d.policyChecks().stream().sorted(Comparator.comparing(SessionDocument.PolicyCheckDto::policy)).toList(),
                d.areaAssessments().stream().sorted(Comparator.comparing(SessionDocument.AreaAssessmentDto::area)).toList(),
                d.parkingNotes(),
                d.stageTimeboxes().stream().sorted(Comparator.comparing(SessionDocument.StageTimeboxDto::stage)).toList(),
                scoring, d.map() == null ? null : new MapDto(
                        d.map().links().stream().map(l -> new LinkDto(place.get(l.cause()), place.get(l.effect()),
                                l.hypothesis(), l.strength())).toList(),
                        d.map().pins().stream().map(p -> new PinDto(place.get(p.goal()), p.x(), p.y()))
                                .sorted(Comparator.comparingLong(PinDto::goal)).toList()),
                d.dotsPerParticipant());
    }

    private static List<IndicatorDto> renumberIndicators(List<IndicatorDto> list) {
        List<IndicatorDto> out = new ArrayList<>();
        for (IndicatorDto i : list) {
            out.add(new IndicatorDto(out.size(), i.name(), i.unit(), i.direction(), i.baselineValue(), i.baselineDate(),
                    i.targetValue(), i.targetDate(), i.scale(), i.impactValue(), i.impactUnit(), i.dataSource(),
                    i.reviewFrequency(), i.measurements()));
        }
        return out;
    }

    private static List<InitiativeDto> renumberInitiatives(List<InitiativeDto> list) {
        List<InitiativeDto> out = new ArrayList<>();
        for (InitiativeDto n : list) {
            out.add(new InitiativeDto(out.size(), n.title(), n.owner(), n.startDate(), n.dueDate(), n.budget(), n.status()));
        }
        return out;
    }

    private static List<CriterionDto> renumberCriteria(List<CriterionDto> list) {
        List<CriterionDto> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(CriterionDto::axis).thenComparingInt(CriterionDto::position));
        List<CriterionDto> out = new ArrayList<>();
        for (CriterionDto c : sorted) {
            out.add(new CriterionDto(c.axis(), out.size(), c.key(), c.name(), c.weight()));
        }
        return out;
    }
}
