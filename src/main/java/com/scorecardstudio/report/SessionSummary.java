package com.scorecardstudio.report;

import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.DotVoting;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Progress;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A session as Markdown, for pasting into an e-mail (issue 3 item 11): the title, a short header,
 * then the four stages in the method's order ({@code ## }), every focus area of each ({@code ### },
 * also when it is empty), and each goal as a {@code - } bullet with its description, indicators and
 * initiatives nested under it. The customer stage ends with the policy checklist and the area
 * assessment; the parking lot closes the summary. Plain Java, so the command line and the GUI share it.
 *
 * <p>Dot-voting (issue 14): in a stage where anyone put dots, each goal's bullet ends with its dots
 * and the stage's areas are followed by a short ranking, the goals with dots, most first, ties sharing
 * a rank ({@link DotVoting#ranks}). A stage without dots prints exactly as it did before voting existed.
 *
 * <p>Extension point: further sections (the strategy map, the client matrix) are passed in as
 * finished Markdown and placed after the four stages, before the parking lot; user text in them
 * should go through {@link Markdown#inline}.
 */
public final class SessionSummary {
    /** Between the parts of one bullet; the same in every language. */
    private static final String PARTS = "; ";
    private static final String DASH = " — ";
    private static final String INDENT = "  ";

    private final Messages messages;
    private final LocalNumbers numbers;
    /** The dots each participant had per stage, named over the ranking. */
    private final int dotBudget;

    public SessionSummary(Messages messages) {
        this(messages, DotVoting.DEFAULT_DOTS);
    }

    /** @param dotBudget the session's dots per participant and stage (the ranking's title says it) */
    public SessionSummary(Messages messages, int dotBudget) {
        this.messages = messages;
        this.numbers = new LocalNumbers(messages.locale());
        this.dotBudget = dotBudget;
    }

    /** The whole session; {@code extraSections} as in the long form below. */
    public String render(SessionContent c, List<String> extraSections) {
        return render(c.session(), c.goals(), c.policies(), c.assessments(), c.parkingNotes(), extraSections);
    }

    public String render(Session session, List<Goal> goals, List<PolicyCheck> policies,
            List<AreaAssessment> assessments, List<ParkingNote> parkingNotes) {
        return render(session, goals, policies, assessments, parkingNotes, List.of());
    }

    /**
     * @param extraSections finished Markdown sections, each starting with {@code ## }, in the order
     *                      they should appear after the four stages
     */
    public String render(Session session, List<Goal> goals, List<PolicyCheck> policies,
            List<AreaAssessment> assessments, List<ParkingNote> parkingNotes, List<String> extraSections) {
        List<String> blocks = new ArrayList<>();
        blocks.add("# " + Markdown.inline(session.title()));
        header(session).ifPresent(blocks::add);
        for (Stage stage : Stage.values()) {
            blocks.add("## " + Markdown.inline(messages.get("stage." + stage.key() + ".full")));
            // the stage's goals in the order the summary lists them: area by area
            List<Goal> inStage = new ArrayList<>();
            boolean voted = DotVoting.anyVotes(goals.stream().filter(g -> g.stage() == stage).toList());
            for (String area : stage.areas()) {
                blocks.add("### " + Markdown.inline(messages.get("area." + stage.key() + "." + area)));
                List<Goal> inArea = goals.stream().filter(g -> g.stage() == stage && g.area().equals(area)).toList();
                inStage.addAll(inArea);
                blocks.add(inArea.isEmpty() ? "_" + Markdown.inline(messages.get("summary.area.empty")) + "_"
                        : inArea.stream().map(g -> goal(g, voted)).collect(Collectors.joining("\n")));
            }
            if (voted) {
                blocks.add(ranking(inStage));
            }
            if (stage == Stage.CUSTOMER) {
                policies(policies).ifPresent(blocks::add);
                assessments(assessments).ifPresent(blocks::add);
            }
        }
        for (String section : extraSections) {
            if (section != null && !section.isBlank()) {
                blocks.add(section.strip());
            }
        }
        parkingLot(parkingNotes).ifPresent(blocks::add);
        return String.join("\n\n", blocks) + "\n";
    }

    private Optional<String> header(Session s) {
        List<String> lines = new ArrayList<>();
        headerLine(lines, "summary.header.organization", Markdown.inline(s.organization()));
        headerLine(lines, "summary.header.date", Markdown.inline(messages.formatDate(s.date())));
        headerLine(lines, "summary.header.horizon", s.horizonYear() == null ? "" : String.valueOf(s.horizonYear()));
        headerLine(lines, "summary.header.facilitator", Markdown.inline(s.facilitator()));
        headerLine(lines, "summary.header.participants",
                s.participants().stream().map(this::participant).collect(Collectors.joining(PARTS)));
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    private void headerLine(List<String> lines, String labelKey, String value) {
        if (!value.isEmpty()) {
            lines.add("- **" + Markdown.inline(messages.get(labelKey)) + ":** " + value);
        }
    }

    private String participant(Participant p) {
        if (p.role().isEmpty()) {
            return Markdown.inline(p.name());
        }
        if (p.name().isEmpty()) {
            return Markdown.inline(p.role());
        }
        return Markdown.inline(p.name()) + " (" + Markdown.inline(p.role()) + ")";
    }

    /** @param voted whether anyone put dots on the goal's stage: then its own dots (or none) are shown */
    private String goal(Goal g, boolean voted) {
        String owner = g.owner().isEmpty() ? messages.get("summary.goal.noOwner") : g.owner();
        StringBuilder b = new StringBuilder("- ").append(title(g.title())).append(DASH)
                .append(Markdown.inline(owner)).append(", ")
                .append(Markdown.inline(messages.get("summary.priority." + g.priority().key())));
        if (voted) {
            b.append(", ").append(Markdown.inline(messages.get("summary.goal.dots", g.totalVotes())));
        }
        String description = Markdown.inline(g.description());
        if (!description.isEmpty()) {
            b.append('\n').append(INDENT).append("- _").append(description).append('_');
        }
        g.indicators().forEach(i -> b.append('\n').append(INDENT).append("- ").append(indicator(i)));
        g.initiatives().forEach(i -> b.append('\n').append(INDENT).append("- ").append(initiative(i)));
        return b.toString();
    }

    /**
     * The stage's goals that got dots, most first, as bullets "**1. Title** — 5 dots"; goals with as
     * many dots share a rank (1, 2, 2, 4). The rank sits inside the bold text so that no renderer
     * takes "2." for an ordered list and renumbers it.
     */
    private String ranking(List<Goal> inStage) {
        StringBuilder b = new StringBuilder("**").append(Markdown.inline(messages.get("summary.votes.title", dotBudget)))
                .append("**\n");
        List<Goal> ranked = DotVoting.ranked(inStage);
        int[] ranks = DotVoting.ranks(ranked);
        for (int i = 0; i < ranked.size() && ranked.get(i).totalVotes() > 0; i++) {
            Goal g = ranked.get(i);
            String title = g.title().isEmpty() ? messages.get("summary.untitled") : g.title();
            b.append("\n- **").append(ranks[i]).append(". ")
                    .append(Markdown.inline(title)).append("**").append(DASH)
                    .append(Markdown.inline(messages.get("summary.goal.dots", g.totalVotes())));
        }
        return b.toString();
    }

    /** Name and unit, baseline → target, then latest value and progress, scale, value, source, review. */
    String indicator(Indicator ind) {
        List<String> parts = new ArrayList<>();
        String name = Markdown.inline(messages.get("summary.indicator.label")) + ": " + title(ind.name());
        if (!ind.unit().isEmpty()) {
            name += ", " + Markdown.inline(ind.unit());
        }
        parts.add(name + DASH
                + side(ind.baselineValue(), ind.baselineDate(), "summary.indicator.noBaseline") + " → "
                + side(ind.targetValue(), ind.targetDate(), "summary.indicator.noTarget") + ", "
                + Markdown.inline(messages.get("summary.direction." + ind.direction().key())));
        ind.latest().ifPresent(m -> {
            String latest = Markdown.inline(messages.get("summary.indicator.latest", valueOn(m.value(), m.date())));
            Optional<Double> progress = Progress.of(ind);
            if (progress.isPresent()) {
                latest += ", " + Markdown.inline(messages.get("summary.indicator.progress", progress.get()));
            }
            parts.add(latest);
        });
        if (!ind.scale().isEmpty()) {
            parts.add(Markdown.inline(messages.get("summary.indicator.scale", ind.scale())));
        }
        if (ind.impactValue() != null) {
            String value = numbers.format(ind.impactValue()) + (ind.impactUnit().isEmpty() ? "" : " " + ind.impactUnit());
            parts.add(Markdown.inline(messages.get("summary.indicator.impact", value)));
        }
        if (!ind.dataSource().isEmpty()) {
            parts.add(Markdown.inline(messages.get("summary.indicator.source", ind.dataSource())));
        }
        if (ind.reviewFrequency() != null) {
            parts.add(Markdown.inline(messages.get("summary.review." + ind.reviewFrequency().key())));
        }
        return String.join(PARTS, parts);
    }

    /** A title in bold; one left empty still shows that something is there. */
    private String title(String text) {
        return Markdown.bold(text.isEmpty() ? messages.get("summary.untitled") : text);
    }

    private String side(BigDecimal value, LocalDate date, String missingKey) {
        if (value == null) {
            String missing = Markdown.inline(messages.get(missingKey));
            return date == null ? missing : missing + " (" + Markdown.inline(messages.formatDate(date)) + ")";
        }
        return Markdown.inline(valueOn(value, date));
    }

    private String valueOn(BigDecimal value, LocalDate date) {
        return date == null ? numbers.format(value) : numbers.format(value) + " (" + messages.formatDate(date) + ")";
    }

    /** Title, owner, start – due, status, budget. */
    String initiative(Initiative in) {
        List<String> parts = new ArrayList<>();
        String owner = in.owner().isEmpty() ? messages.get("summary.initiative.noOwner") : in.owner();
        parts.add(Markdown.inline(messages.get("summary.initiative.label")) + ": " + title(in.title())
                + DASH + Markdown.inline(owner));
        if (in.start() != null && in.due() != null) {
            parts.add(Markdown.inline(messages.formatDate(in.start()) + " – " + messages.formatDate(in.due())));
        } else if (in.start() != null) {
            parts.add(Markdown.inline(messages.get("summary.initiative.from", messages.formatDate(in.start()))));
        } else if (in.due() != null) {
            parts.add(Markdown.inline(messages.get("summary.initiative.due", messages.formatDate(in.due()))));
        }
        parts.add(Markdown.inline(messages.get("summary.status." + in.status().key())));
        if (in.budget() != null) {
            parts.add(Markdown.inline(messages.get("summary.initiative.budget", numbers.format(in.budget()))));
        }
        return String.join(PARTS, parts);
    }

    /** The eight policies, or nothing when none has been discussed yet. */
    private Optional<String> policies(List<PolicyCheck> checks) {
        if (checks.stream().allMatch(c -> c.status() == null && c.note().isEmpty())) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("**").append(Markdown.inline(messages.get("summary.policies.title"))).append("**\n");
        for (PolicyCheck c : checks) {
            String status = messages.get(c.status() == null ? "summary.policy.status.none"
                    : "summary.policy.status." + c.status().key());
            b.append("\n- ").append(Markdown.inline(messages.get("summary.policy." + c.policy().key()))).append(": ")
                    .append(Markdown.bold(status));
            if (!c.note().isEmpty()) {
                b.append(DASH).append(Markdown.inline(c.note()));
            }
        }
        return Optional.of(b.toString());
    }

    /** The five areas with their scores, the weakest marked; nothing when none has been assessed. */
    private Optional<String> assessments(List<AreaAssessment> all) {
        if (all.stream().allMatch(a -> a.score() == null && a.note().isEmpty())) {
            return Optional.empty();
        }
        List<String> weakest = AreaAssessment.weakest(all);
        StringBuilder b = new StringBuilder("**").append(Markdown.inline(messages.get("summary.assessments.title"))).append("**\n");
        for (AreaAssessment a : all) {
            b.append("\n- ").append(Markdown.inline(messages.get("area." + Stage.CUSTOMER.key() + "." + a.area()))).append(": ")
                    .append(a.score() == null ? Markdown.inline(messages.get("summary.assessment.none"))
                            : Markdown.inline(messages.get("summary.assessment.score", String.valueOf(a.score()))));
            if (!a.note().isEmpty()) {
                b.append(DASH).append(Markdown.inline(a.note()));
            }
            if (weakest.contains(a.area())) {
                b.append(DASH).append(Markdown.bold(messages.get("summary.assessment.weakest")));
            }
        }
        return Optional.of(b.toString());
    }

    private Optional<String> parkingLot(List<ParkingNote> notes) {
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("## ").append(Markdown.inline(messages.get("summary.parking.title"))).append('\n');
        for (ParkingNote n : notes) {
            b.append("\n- ").append(Markdown.inline(n.text()));
            if (n.done()) {
                b.append(' ').append(Markdown.inline(messages.get("summary.parking.done")));
            }
        }
        return Optional.of(b.toString());
    }
}
