package com.scorecardstudio.deck;

import com.scorecardstudio.deck.Slides.Para;
import com.scorecardstudio.deck.Tables.Column;
import com.scorecardstudio.deck.Tables.Row;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Progress;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.i18n.Messages;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.ImpactStatement;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.RollUp;
import com.scorecardstudio.domain.impact.Status;
import com.scorecardstudio.domain.impact.StatusRule;
import com.scorecardstudio.report.ImpactLines;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The session as a 16:9 PowerPoint deck in one language: title; participants and agenda; a slide per
 * stage with its goals by focus area (owner, priority, and the dots of dot-voting where the stage was voted on) and the stage's
 * guiding questions in the speaker notes; the strategy map as native shapes and glued connectors
 * ({@link MapSlides}); indicator tables per perspective; with review periods, the results of the review
 * period per perspective (issue 17); the initiative roadmap as a Gantt of native shapes by quarter
 * ({@link RoadmapSlides}, when an initiative has a date); the client matrix as shapes and as a native
 * bubble chart ({@link MatrixSlides}); the cause-and-effect hypotheses; the parking lot. Every text is
 * measured to fit (see {@link Slides}).
 */
public final class SessionDeck {
    private final DeckData data;
    private final Messages m;
    private final LocalNumbers numbers;
    private final Slides deck;

    private final MapLinks links;

    private SessionDeck(DeckData data, Messages m, MapLinks links) {
        this.data = data;
        this.m = m;
        this.links = links;
        this.numbers = new LocalNumbers(m.locale());
        Session s = data.content().session();
        String footer = s.organization().isEmpty() ? title(s) : title(s) + " · " + s.organization();
        this.deck = new Slides(m, footer);
    }

    /** Writes the deck of {@code data} in {@code m}'s language to {@code out} (not closed), the map's links glued. */
    public static void write(DeckData data, Messages m, OutputStream out) throws IOException {
        write(data, m, MapLinks.GLUED, out);
    }

    /** Writes the deck of {@code data} in {@code m}'s language to {@code out} (not closed). */
    public static void write(DeckData data, Messages m, MapLinks links, OutputStream out) throws IOException {
        TextMeasure.forget();
        SessionDeck d = new SessionDeck(data, m, links);
        d.build();
        d.deck.show.write(out);
        d.deck.show.close();
    }

    /** Adds every section's slides, in order, then the footers. */
    void build() {
        titleSlide();
        participantsSlide();
        for (Stage stage : Stage.values()) {
            stageSlides(stage);
        }
        new MapSlides(deck, data.content().goals(), data.map(), links).write(m.get("deck.map.notes")
                + (data.hasVotes() ? " " + m.get("deck.map.notes.votes") : ""));
        for (Stage stage : Stage.values()) {
            indicatorSlides(stage);
        }
        if (data.reviewPeriod() != null) {
            resultsSlides(data.reviewPeriod());
        }
        new RoadmapSlides(deck, data.content().goals(), data.content().session().date(), LocalDate.now()).write();
        new MatrixSlides(deck, data.matrix(), data.scoring().settings()).write();
        hypothesesSlides();
        parkingSlides();
        deck.finish();
    }

    private String title(Session s) {
        return s.title().isEmpty() ? m.get("summary.untitled") : s.title();
    }

    private void titleSlide() {
        Session s = data.content().session();
        XSLFSlide slide = deck.slide(null);
        double y = 0;
        for (Stage stage : com.scorecardstudio.domain.map.Lanes.TOP_TO_BOTTOM) {
            Slides.rect(slide, new Rectangle2D.Double(0, y, 22, Slides.HEIGHT / 4), Palette.strong(stage), null, 0);
            y += Slides.HEIGHT / 4;
        }
        Slides.fitted(slide, new Rectangle2D.Double(84, 96, 800, 28), List.of(Para.bold(m.get("deck.title.kicker").toUpperCase(m.locale()))
                .colour(Palette.MUTED)), 14, VerticalAlignment.BOTTOM, TextAlign.LEFT);
        Slides.name(Slides.fitted(slide, new Rectangle2D.Double(84, 128, 800, 150), List.of(Para.bold(title(s))), 40,
                VerticalAlignment.TOP, TextAlign.LEFT), "Title");
        List<Para> details = new ArrayList<>();
        if (!s.organization().isEmpty()) {
            details.add(Para.bold(s.organization()).scale(1.3));
        }
        details.add(Para.of(m.get("deck.title.date", m.formatDate(s.date()))).colour(Palette.MUTED).before(10));
        if (!s.facilitator().isEmpty()) {
            details.add(Para.of(m.get("deck.title.facilitator", s.facilitator())).colour(Palette.MUTED));
        }
        if (s.horizonYear() != null) {
            details.add(Para.of(m.get("deck.title.horizon", String.valueOf(s.horizonYear()))).colour(Palette.MUTED));
        }
        Slides.fitted(slide, new Rectangle2D.Double(84, 290, 800, 170), details, 18, VerticalAlignment.TOP, TextAlign.LEFT);
    }

    private void participantsSlide() {
        List<Participant> people = data.content().session().participants();
        double tableWidth = 520;
        Tables t = new Tables(deck, List.of(new Column(m.get("deck.participants.col.name"), 1),
                new Column(m.get("deck.participants.col.role"), 1)), tableWidth);
        List<Row> rows = new ArrayList<>();
        for (Participant p : people) {
            rows.add(Row.of(p.name(), p.role()).inks(Palette.INK, Palette.MUTED));
        }
        if (rows.isEmpty()) {
            rows.add(Row.of(m.get("deck.participants.none"), "").inks(Palette.MUTED));
        }
        List<XSLFSlide> slides = t.write(m.get("deck.participants.title"), Palette.NEUTRAL, rows, null, Slides.BODY);
        List<Para> agenda = new ArrayList<>();
        agenda.add(Para.bold(m.get("deck.agenda")).colour(Palette.NEUTRAL).scale(1.15));
        int n = 1;
        for (Stage stage : Stage.values()) {
            agenda.add(Para.of(n++ + ". " + m.get("stage." + stage.key())).colour(Palette.strong(stage)).before(6));
        }
        List<String> sections = new ArrayList<>(List.of("deck.agenda.map", "deck.agenda.indicators", "deck.agenda.matrix",
                "deck.agenda.hypotheses", "deck.agenda.parking"));
        if (RoadmapSlides.any(data.content().goals())) {
            sections.add(2, "deck.agenda.roadmap");
        }
        if (data.reviewPeriod() != null) {
            sections.add(2, "deck.agenda.results");
        }
        for (String key : sections) {
            agenda.add(Para.of(n++ + ". " + m.get(key)).before(6));
        }
        Rectangle2D right = new Rectangle2D.Double(Slides.BODY.getX() + tableWidth + 40, Slides.BODY.getY(),
                Slides.BODY.getWidth() - tableWidth - 40, Slides.BODY.getHeight());
        Slides.fitted(slides.get(0), right, agenda, 16, VerticalAlignment.TOP, TextAlign.LEFT);
    }

    private void stageSlides(Stage stage) {
        boolean votes = data.hasVotes(stage); // a stage nobody voted on keeps its slide as it was
        List<Column> cols = new ArrayList<>(List.of(new Column(m.get("deck.goals.col.goal"), 5.2),
                new Column(m.get("deck.goals.col.owner"), 1.9), new Column(m.get("deck.goals.col.priority"), 1.2)));
        if (votes) {
            cols.add(new Column(m.get("deck.goals.col.votes"), 0.9));
        }
        List<Row> rows = new ArrayList<>();
        for (String area : stage.areas()) {
            rows.add(Row.group(m.get("area." + stage.key() + "." + area), Palette.strong(stage), Palette.tint(stage)));
            List<Goal> goals = data.content().goals().stream().filter(g -> g.stage() == stage && g.area().equals(area)).toList();
            if (goals.isEmpty()) {
                rows.add(Row.of(m.get("deck.goals.none")).inks(Palette.MUTED));
            }
            for (Goal g : goals) {
                List<String> cells = new ArrayList<>(List.of(g.title().isEmpty() ? m.get("summary.untitled") : g.title(),
                        g.owner().isEmpty() ? m.get("stage.noOwner") : g.owner(), m.get("priority." + g.priority().key())));
                if (votes) {
                    cells.add(String.valueOf(data.votesOf(g)));
                }
                rows.add(new Row(cells, false, java.util.Arrays.asList(Palette.INK, g.owner().isEmpty() ? Palette.MUTED : Palette.INK,
                        g.priority() == com.scorecardstudio.domain.Priority.HIGH ? Palette.strong(stage) : Palette.INK), null));
            }
        }
        new Tables(deck, cols).write(m.get("deck.stage.title", m.get("stage." + stage.key())), Palette.strong(stage), rows,
                stageNotes(stage), Slides.BODY);
    }

    /** The guiding questions of each area of the stage; for the customer stage also the area assessments. */
    private String stageNotes(Stage stage) {
        StringBuilder sb = new StringBuilder(m.get("deck.notes.stage"));
        for (String area : stage.areas()) {
            sb.append("\n\n").append(m.get("area." + stage.key() + "." + area));
            String key = "area." + stage.key() + "." + area + ".questions";
            if (m.has(key)) {
                for (String q : m.get(key).split("\\|")) {
                    sb.append("\n• ").append(q);
                }
            }
        }
        if (stage == Stage.CUSTOMER && !data.content().assessments().isEmpty()) {
            sb.append("\n\n").append(m.get("summary.assessments.title"));
            for (AreaAssessment a : data.content().assessments()) {
                sb.append("\n• ").append(m.get("area.customer." + a.area())).append(": ")
                        .append(a.score() == null ? m.get("summary.assessment.none") : m.get("summary.assessment.score", a.score()));
                if (!a.note().isBlank()) {
                    sb.append(" — ").append(a.note().replace('\n', ' '));
                }
            }
        }
        return sb.toString();
    }

    private void indicatorSlides(Stage stage) {
        List<Goal> goals = data.content().goals().stream().filter(g -> g.stage() == stage && !g.indicators().isEmpty()).toList();
        if (goals.isEmpty()) {
            return;
        }
        List<Column> cols = List.of(new Column(m.get("deck.indicators.col.indicator"), 3.2),
                new Column(m.get("deck.indicators.col.baseline"), 1.5), new Column(m.get("deck.indicators.col.target"), 1.5),
                new Column(m.get("deck.indicators.col.latest"), 1.5), new Column(m.get("deck.indicators.col.status"), 1.6));
        List<Row> rows = new ArrayList<>();
        for (Goal g : goals) {
            rows.add(Row.group(g.title().isEmpty() ? m.get("summary.untitled") : g.title(), Palette.strong(stage), Palette.tint(stage)));
            for (Indicator ind : g.indicators()) {
                String name = ind.unit().isEmpty() ? ind.name() : ind.name() + ", " + ind.unit();
                String latest = ind.latest().map(x -> value(x.value(), x.date())).orElse("—");
                Color ink = MapSlides.state(ind);
                rows.add(Row.of(name, value(ind.baselineValue(), ind.baselineDate()), value(ind.targetValue(), ind.targetDate()), latest,
                        status(ind)).inks(Palette.INK, Palette.INK, Palette.INK, Palette.INK, ink == null ? Palette.MUTED : ink));
            }
        }
        new Tables(deck, cols).write(m.get("deck.indicators.title", m.get("stage." + stage.key())), Palette.strong(stage), rows,
                null, Slides.BODY);
    }

    /**
     * The results after the session (issue 17), a table per perspective for the review period: each
     * indicator's status, before, after, change and sustainability in the summary's words; the
     * perspective's roll-up, the scale, the value and the method's hints in the speaker notes.
     */
    private void resultsSlides(Period period) {
        Checkins c = data.checkins();
        List<Goal> goals = data.content().goals();
        Map<Long, Assessment> assessed = c.assessAll(goals, period, StatusRule.DEFAULT);
        Map<Stage, RollUp.Counts> counts = RollUp.byStage(goals, assessed);
        List<ImpactStatement> statements = c.statements(goals, period);
        ImpactLines lines = new ImpactLines(m);
        for (Stage stage : Stage.values()) {
            RollUp.Counts n = counts.get(stage);
            if (n.total() == 0) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            StringBuilder notes = new StringBuilder(m.get("results.md.period", period.id(),
                    m.get("checkin.cadence." + c.schedule().cadence().key()), m.formatDate(c.schedule().start()),
                    c.schedule().afterWindow(), c.schedule().sustainPeriods()));
            notes.append("\n\n").append(m.get("results.md.rollup", n.onTrack(), n.rated(), n.atRisk(), n.offTrack(), n.notRated()));
            for (Goal g : goals.stream().filter(g -> g.stage() == stage && !g.indicators().isEmpty()).toList()) {
                rows.add(Row.group(g.title().isEmpty() ? m.get("summary.untitled") : g.title(), Palette.strong(stage), Palette.tint(stage)));
                for (Indicator ind : g.indicators()) {
                    ImpactStatement st = statements.stream()
                            .filter(x -> x.indicator().id() != null && x.indicator().id().equals(ind.id())).findFirst().orElse(null);
                    if (st == null) {
                        continue;
                    }
                    Assessment a = assessed.get(ind.id());
                    Status status = a == null ? Status.NOT_RATED : a.status();
                    ImpactLines.Points p = lines.points(st);
                    String name = ind.unit().isEmpty() ? ind.name() : ind.name() + ", " + ind.unit();
                    rows.add(Row.of(name, m.get("checkin.status." + status.key()), p.before(), p.after(),
                            p.change() == null ? "—" : p.change(), p.sustainability())
                            .inks(Palette.INK, ink(status), Palette.INK, Palette.INK, Palette.INK, Palette.INK));
                    notes.append("\n\n").append(name).append(": ").append(m.get("results.md.scale")).append(" — ").append(p.scale());
                    if (p.value() != null) {
                        notes.append("; ").append(m.get("results.md.value")).append(" — ").append(p.value());
                    }
                    for (String hint : lines.hints(st)) {
                        notes.append("\n• ").append(hint);
                    }
                }
            }
            new Tables(deck, List.of(new Column(m.get("deck.indicators.col.indicator"), 2.6),
                    new Column(m.get("export.results.col.status"), 1.2), new Column(m.get("results.md.before"), 1.6),
                    new Column(m.get("results.md.after"), 2.2), new Column(m.get("results.md.change"), 1.6),
                    new Column(m.get("results.md.sustainability"), 2.2)))
                    .write(m.get("deck.results.title", m.get("stage." + stage.key()), period.id()), Palette.strong(stage), rows,
                            notes.toString(), Slides.BODY);
        }
    }

    private static Color ink(Status s) {
        return switch (s) {
            case ON_TRACK -> Palette.REACHED;
            case AT_RISK -> Palette.MOVING;
            case OFF_TRACK -> Palette.WARNING;
            case NOT_RATED -> Palette.MUTED;
        };
    }

    private String value(BigDecimal v, LocalDate date) {
        if (v == null) {
            return "—";
        }
        return date == null ? numbers.format(v) : numbers.format(v) + "\n" + m.formatDate(date);
    }

    private String status(Indicator ind) {
        if (ind.baselineValue() == null || ind.targetValue() == null) {
            return m.get("deck.status.incomplete");
        }
        Optional<Double> p = Progress.of(ind);
        if (p.isEmpty()) {
            return m.get("deck.status.notMeasured");
        }
        if (p.get() >= 1.0) {
            return m.get("deck.status.reached");
        }
        java.text.NumberFormat pf = java.text.NumberFormat.getPercentInstance(m.locale());
        pf.setMaximumFractionDigits(0);
        return m.get("deck.status.moving", pf.format(p.get()));
    }

    private void hypothesesSlides() {
        List<GoalLink> links = data.map().links();
        Map<Long, Goal> byId = new HashMap<>();
        data.content().goals().forEach(g -> {
            if (g.id() != null) {
                byId.put(g.id(), g);
            }
        });
        List<Row> rows = new ArrayList<>();
        for (GoalLink l : links) {
            Goal cause = byId.get(l.causeGoalId());
            Goal effect = byId.get(l.effectGoalId());
            if (cause == null || effect == null) {
                continue;
            }
            rows.add(Row.of(cause.title(), effect.title(), m.get("map.strength." + l.strength().key()),
                    l.hypothesis().isBlank() ? m.get("deck.hypotheses.none") : l.hypothesis())
                    .inks(Palette.strong(cause.stage()), Palette.strong(effect.stage()), Palette.INK,
                            l.hypothesis().isBlank() ? Palette.MUTED : Palette.INK));
        }
        if (rows.isEmpty()) {
            return;
        }
        new Tables(deck, List.of(new Column(m.get("deck.hypotheses.col.cause"), 2.4), new Column(m.get("deck.hypotheses.col.effect"), 2.4),
                new Column(m.get("deck.hypotheses.col.strength"), 1), new Column(m.get("deck.hypotheses.col.hypothesis"), 4)))
                .write(m.get("deck.hypotheses.title"), Palette.NEUTRAL, rows, null, Slides.BODY);
    }

    private void parkingSlides() {
        List<ParkingNote> notes = data.content().parkingNotes();
        if (notes.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (ParkingNote n : notes) {
            rows.add(Row.of(n.text(), m.get(n.done() ? "deck.parking.done" : "deck.parking.open"))
                    .inks(n.done() ? Palette.MUTED : Palette.INK, n.done() ? Palette.REACHED : Palette.INK));
        }
        new Tables(deck, List.of(new Column(m.get("deck.parking.col.note"), 6), new Column(m.get("deck.parking.col.status"), 1.3)))
                .write(m.get("parking.title"), Palette.NEUTRAL, rows, null, Slides.BODY);
    }
}
