package com.scorecardstudio.ui.team;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.ScoredClient;
import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a conflict is about, in the user's words: the row's name, and each field that differs with
 * theirs and mine as the language writes them (numbers, dates, choices by their labels).
 */
final class ConflictFields {
    private ConflictFields() {
    }

    /** The row's name as they left it (a row without one: "Unnamed indicator" and the like). */
    static String name(com.scorecardstudio.session.Conflict c, Messages messages) {
        String name = switch (c.theirs()) {
            case Goal g -> g.title();
            case Indicator i -> i.name().isBlank() ? messages.get("indicator.untitled") : i.name();
            case Initiative i -> i.title().isBlank() ? messages.get("initiative.untitled") : i.title();
            case ScoredClient sc -> sc.client().name();
            case com.scorecardstudio.domain.Session s -> s.title();
            case com.scorecardstudio.domain.PolicyCheck p -> messages.get("policy." + p.policy().key());
            case java.util.Optional<?> schedule -> messages.get("team.conflict.schedule");
            case Integer dots -> messages.get("team.conflict.dotBudget");
            case com.scorecardstudio.domain.PlannedMinutes m -> m.breakAfter()
                    ? messages.get("team.conflict.breakAfter", messages.get("stage." + m.stage().key()))
                    : messages.get("stage." + m.stage().key());
            case com.scorecardstudio.domain.impact.Actual x -> (c.goal() == null ? "" : c.goal().indicators().stream()
                    .filter(i -> i.storedId() == x.indicatorId()).findFirst().map(i -> i.nameProperty().get() + " · ").orElse(""))
                    + x.period().id();
            case com.scorecardstudio.domain.AreaAssessment a -> messages.get("area.customer." + a.area());
            case com.scorecardstudio.domain.ParkingNote n -> n.text();
            case com.scorecardstudio.domain.map.GoalLink l when c.row() instanceof com.scorecardstudio.session.LinkItem item ->
                    messages.get("team.conflict.link", item.cause().titleProperty().get(), item.effect().titleProperty().get());
            default -> "";
        };
        return name;
    }

    /** The row's own fields that differ: name, theirs, mine. */
    static List<String[]> differences(Object theirs, Object mine, Messages messages, Function<Long, String> criterionName) {
        List<String[]> out = new ArrayList<>();
        LocalNumbers numbers = new LocalNumbers(messages.locale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        Function<LocalDate, String> date = d -> d == null ? "" : dates.format(d);
        if (theirs instanceof Goal t && mine instanceof Goal m) {
            add(out, messages.get("team.conflict.field.title"), t.title(), m.title());
            add(out, messages.get("team.conflict.field.description"), t.description(), m.description());
            add(out, messages.get("team.conflict.field.owner"), t.owner(), m.owner());
            add(out, messages.get("team.conflict.field.priority"), messages.get("priority." + t.priority().key()),
                    messages.get("priority." + m.priority().key()));
        } else if (theirs instanceof Indicator t && mine instanceof Indicator m) {
            add(out, messages.get("team.conflict.field.name"), t.name(), m.name());
            add(out, messages.get("team.conflict.field.unit"), t.unit(), m.unit());
            add(out, messages.get("team.conflict.field.direction"), messages.get("direction." + t.direction().key()),
                    messages.get("direction." + m.direction().key()));
            add(out, messages.get("team.conflict.field.baseline"), numbers.format(t.baselineValue()), numbers.format(m.baselineValue()));
            add(out, messages.get("team.conflict.field.baselineDate"), date.apply(t.baselineDate()), date.apply(m.baselineDate()));
            add(out, messages.get("team.conflict.field.target"), numbers.format(t.targetValue()), numbers.format(m.targetValue()));
            add(out, messages.get("team.conflict.field.targetDate"), date.apply(t.targetDate()), date.apply(m.targetDate()));
            add(out, messages.get("team.conflict.field.scale"), t.scale(), m.scale());
            add(out, messages.get("team.conflict.field.impact"), numbers.format(t.impactValue()), numbers.format(m.impactValue()));
            add(out, messages.get("team.conflict.field.impactUnit"), t.impactUnit(), m.impactUnit());
            add(out, messages.get("team.conflict.field.dataSource"), t.dataSource(), m.dataSource());
            add(out, messages.get("team.conflict.field.review"),
                    t.reviewFrequency() == null ? "" : messages.get("review." + t.reviewFrequency().key()),
                    m.reviewFrequency() == null ? "" : messages.get("review." + m.reviewFrequency().key()));
        } else if (theirs instanceof Initiative t && mine instanceof Initiative m) {
            add(out, messages.get("team.conflict.field.title"), t.title(), m.title());
            add(out, messages.get("team.conflict.field.owner"), t.owner(), m.owner());
            add(out, messages.get("team.conflict.field.start"), date.apply(t.start()), date.apply(m.start()));
            add(out, messages.get("team.conflict.field.due"), date.apply(t.due()), date.apply(m.due()));
            add(out, messages.get("team.conflict.field.budget"), numbers.format(t.budget()), numbers.format(m.budget()));
            add(out, messages.get("team.conflict.field.status"), messages.get("status." + t.status().key()),
                    messages.get("status." + m.status().key()));
        } else if (theirs instanceof com.scorecardstudio.domain.map.GoalLink t && mine instanceof com.scorecardstudio.domain.map.GoalLink m) {
            add(out, messages.get("team.conflict.field.hypothesis"), t.hypothesis(), m.hypothesis());
            add(out, messages.get("team.conflict.field.strength"), messages.get("map.strength." + t.strength().key()),
                    messages.get("map.strength." + m.strength().key()));
        } else if (theirs instanceof com.scorecardstudio.domain.ParkingNote t && mine instanceof com.scorecardstudio.domain.ParkingNote m) {
            add(out, messages.get("team.conflict.field.note"), t.text(), m.text());
            add(out, messages.get("team.conflict.field.done"), messages.get(t.done() ? "team.conflict.yes" : "team.conflict.no"),
                    messages.get(m.done() ? "team.conflict.yes" : "team.conflict.no"));
        } else if (theirs instanceof com.scorecardstudio.domain.Session t && mine instanceof com.scorecardstudio.domain.Session m) {
            add(out, messages.get("session.field.title"), t.title(), m.title());
            add(out, messages.get("session.field.organization"), t.organization(), m.organization());
            add(out, messages.get("session.field.industry"), t.industry(), m.industry());
            add(out, messages.get("session.field.date"), date.apply(t.date()), date.apply(m.date()));
            add(out, messages.get("session.field.facilitator"), t.facilitator(), m.facilitator());
            add(out, messages.get("session.field.participants"), participants(t), participants(m));
            add(out, messages.get("session.field.horizon_year"), t.horizonYear() == null ? "" : String.valueOf(t.horizonYear()),
                    m.horizonYear() == null ? "" : String.valueOf(m.horizonYear()));
            add(out, messages.get("session.field.notes"), t.notes(), m.notes());
        } else if (theirs instanceof com.scorecardstudio.domain.PolicyCheck t && mine instanceof com.scorecardstudio.domain.PolicyCheck m) {
            add(out, messages.get("team.conflict.field.status"),
                    t.status() == null ? "" : messages.get("policy.status." + t.status().key()),
                    m.status() == null ? "" : messages.get("policy.status." + m.status().key()));
            add(out, messages.get("team.conflict.field.note"), t.note(), m.note());
        } else if (theirs instanceof com.scorecardstudio.domain.AreaAssessment t && mine instanceof com.scorecardstudio.domain.AreaAssessment m) {
            add(out, messages.get("team.conflict.field.score"), t.score() == null ? "" : t.score() + " / 5",
                    m.score() == null ? "" : m.score() + " / 5");
            add(out, messages.get("team.conflict.field.note"), t.note(), m.note());
        } else if (theirs instanceof com.scorecardstudio.domain.impact.Actual t && mine instanceof com.scorecardstudio.domain.impact.Actual m) {
            add(out, messages.get("team.conflict.field.actual"), numbers.format(t.value()), numbers.format(m.value()));
            add(out, messages.get("team.conflict.field.note"), t.note(), m.note());
        } else if (theirs instanceof com.scorecardstudio.domain.PlannedMinutes t && mine instanceof com.scorecardstudio.domain.PlannedMinutes m) {
            add(out, messages.get("team.conflict.field.minutes"), t.minutes() == null ? "" : String.valueOf(t.minutes()),
                    m.minutes() == null ? "" : String.valueOf(m.minutes()));
        } else if (theirs instanceof java.util.Optional<?> t && mine instanceof java.util.Optional<?> m) {
            // the check-in's review schedule (none on one side: it was cleared)
            com.scorecardstudio.domain.impact.ReviewSchedule ts = (com.scorecardstudio.domain.impact.ReviewSchedule) t.orElse(null);
            com.scorecardstudio.domain.impact.ReviewSchedule ms = (com.scorecardstudio.domain.impact.ReviewSchedule) m.orElse(null);
            Function<com.scorecardstudio.domain.impact.ReviewSchedule, String[]> fields = r -> r == null ? new String[] {"", "", "", ""}
                    : new String[] {messages.get("checkin.cadence." + r.cadence().key()), date.apply(r.start()),
                            String.valueOf(r.afterWindow()), String.valueOf(r.sustainPeriods())};
            String[] a = fields.apply(ts);
            String[] b = fields.apply(ms);
            String[] names = {"checkin.cadence", "checkin.start", "checkin.afterWindow", "checkin.sustain"};
            for (int i = 0; i < names.length; i++) {
                add(out, messages.get(names[i]), a[i], b[i]);
            }
        } else if (theirs instanceof Integer t && mine instanceof Integer m) {
            add(out, messages.get("team.conflict.field.dots"), String.valueOf(t), String.valueOf(m));
        } else if (theirs instanceof ScoredClient t && mine instanceof ScoredClient m) {
            add(out, messages.get("clients.field.name"), t.client().name(), m.client().name());
            add(out, messages.get("clients.field.segment"), t.client().segment(), m.client().segment());
            add(out, messages.get("clients.field.revenue"), numbers.format(t.client().revenue()), numbers.format(m.client().revenue()));
            add(out, messages.get("clients.field.currency"), t.client().currency(), m.client().currency());
            add(out, messages.get("clients.field.notes"), t.client().notes(), m.client().notes());
            java.util.Set<Long> criteria = new java.util.TreeSet<>(t.scores().keySet());
            criteria.addAll(m.scores().keySet());
            for (Long id : criteria) {
                Integer ts = t.scores().get(id);
                Integer ms = m.scores().get(id);
                add(out, criterionName.apply(id), ts == null ? "" : ts + " / 5", ms == null ? "" : ms + " / 5");
            }
        }
        return out;
    }

    /** The participants as one line: "Name (role), …". */
    private static String participants(com.scorecardstudio.domain.Session s) {
        return String.join(", ", s.participants().stream()
                .map(p -> p.role().isBlank() ? p.name() : p.name() + " (" + p.role() + ")").toList());
    }

    private static void add(List<String[]> out, String name, String theirs, String mine) {
        if (!theirs.equals(mine)) {
            out.add(new String[] {name, theirs.isBlank() ? "—" : theirs, mine.isBlank() ? "—" : mine});
        }
    }

}
