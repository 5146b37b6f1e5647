package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.SessionSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Next year's session started from this one (methodology §2: the "after" of one cycle is the
 * "before" of the next). Carried over: the details and participants, every goal with its indicators
 * and open initiatives, the strategy map, the customer checklist and assessments, the time-boxes, the
 * client scoring and the open parking notes. Each indicator's latest actual (or, without check-ins,
 * its latest measurement) becomes its new baseline, dated at the end of its period. Left with last
 * year's session: the dots of its voting, its measurements and actuals, done and dropped initiatives,
 * done parking notes. The old session itself is never changed.
 *
 * @param snapshot        the new session, ready to be stored
 * @param schedule        the review schedule it continues with (same cadence and windows, from the
 *                        period after the last one with an actual), when the old session had one
 * @param rebased         indicators whose baseline now comes from the latest actual or measurement
 * @param initiativesLeft done and dropped initiatives left with last year's session
 */
public record NextYear(SessionSnapshot snapshot, Optional<ReviewSchedule> schedule, int goals, int indicators,
                       int rebased, int initiatives, int initiativesLeft) {

    /** Next year's session as stored, with what was carried over. */
    public record Started(Session session, NextYear plan) {
    }

    /** A title ending in a year ("Strategy 2026") gets the next year instead of an added one. */
    private static final Pattern ENDS_IN_YEAR = Pattern.compile("^(.*?)(\\d{4})\\s*$");

    public static NextYear plan(SessionSnapshot old, Checkins checkins, LocalDate today) {
        Session s = old.session();
        int horizon = Math.min(com.scorecardstudio.domain.Limits.MAX_YEAR,
                s.horizonYear() != null ? s.horizonYear() + 1 : today.getYear() + 1);
        Session next = new Session(null, java.util.UUID.randomUUID(), titleFor(s.title(), horizon), s.organization(),
                s.industry(), today, s.facilitator(), s.participants(), horizon, s.notes(), null, null);

        Map<Long, Map<Period, Actual>> actuals = checkins == null ? Map.of() : checkins.byIndicator();
        List<Goal> goals = new ArrayList<>();
        int indicators = 0;
        int rebased = 0;
        int initiatives = 0;
        int left = 0;
        for (Goal g : old.content().goals()) {
            List<Indicator> carried = new ArrayList<>();
            for (Indicator ind : g.indicators()) {
                indicators++;
                Optional<Indicator> moved = rebase(ind, ind.id() == null ? Map.of() : actuals.getOrDefault(ind.id(), Map.of()));
                if (moved.isPresent()) {
                    rebased++;
                }
                // an indicator with measurements always moves (its latest is the baseline): none are carried
                carried.add(moved.orElse(ind));
            }
            List<Initiative> open = new ArrayList<>();
            for (Initiative i : g.initiatives()) {
                if (i.status() == InitiativeStatus.DONE || i.status() == InitiativeStatus.DROPPED) {
                    left++;
                } else {
                    open.add(i);
                    initiatives++;
                }
            }
            goals.add(new Goal(g.id(), g.stage(), g.area(), g.title(), g.description(), g.owner(), g.priority(),
                    carried, open, List.of()));
        }
        List<ParkingNote> openNotes = old.content().parkingNotes().stream().filter(n -> !n.done()).toList();
        SessionContent content = new SessionContent(next, goals, old.content().policies(), old.content().assessments(),
                openNotes);
        SessionSnapshot snapshot = new SessionSnapshot(content, old.timeboxes(), old.scoring(), old.scoringSetUp(),
                Map.of(), old.map());
        return new NextYear(snapshot, continued(checkins, today), goals.size(), indicators, rebased, initiatives, left);
    }

    /** The indicator with its latest actual (or measurement) as baseline; empty when it has neither. */
    static Optional<Indicator> rebase(Indicator ind, Map<Period, Actual> byPeriod) {
        Period latest = null;
        BigDecimal value = null;
        for (Map.Entry<Period, Actual> e : byPeriod.entrySet()) {
            if (e.getValue().hasValue() && (latest == null || e.getKey().compareTo(latest) > 0)) {
                latest = e.getKey();
                value = e.getValue().value();
            }
        }
        LocalDate date;
        if (latest != null) {
            date = latest.lastDay();
        } else {
            Optional<Measurement> m = ind.latest();
            if (m.isEmpty()) {
                return Optional.empty();
            }
            value = m.get().value();
            date = m.get().date();
        }
        return Optional.of(new Indicator(ind.id(), ind.name(), ind.unit(), ind.direction(), value, date,
                ind.targetValue(), ind.targetDate(), ind.scale(), ind.impactValue(), ind.impactUnit(), ind.dataSource(),
                ind.reviewFrequency(), List.of()));
    }

    /** The same cadence and windows, from the period after the last one with an actual (or today's). */
    static Optional<ReviewSchedule> continued(Checkins checkins, LocalDate today) {
        if (checkins == null || !checkins.scheduled()) {
            return Optional.empty();
        }
        ReviewSchedule old = checkins.schedule();
        Optional<Period> last = checkins.actuals().stream().filter(Actual::hasValue).map(Actual::period)
                .filter(old::includes).max(Period::compareTo);
        LocalDate start = last.map(p -> p.next().start()).orElse(Period.containing(old.cadence(), today).start());
        return Optional.of(new ReviewSchedule(old.cadence(), start, old.afterWindow(), old.sustainPeriods()));
    }

    /** "Strategy 2026" → "Strategy 2027"; any other title gets the new horizon year added: "Strategy — 2027". */
    static String titleFor(String title, int year) {
        Matcher m = ENDS_IN_YEAR.matcher(title);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(2));
            if (y >= com.scorecardstudio.domain.Limits.MIN_YEAR && y < com.scorecardstudio.domain.Limits.MAX_YEAR) {
                return m.group(1) + (y + 1);
            }
        }
        String suffix = " — " + year;
        if (title.isBlank()) {
            return String.valueOf(year);
        }
        // within the title's limit: a long title gives way, never the year
        int room = com.scorecardstudio.domain.Limits.SHORT_TEXT - suffix.length();
        return (title.length() > room ? title.substring(0, room).strip() : title) + suffix;
    }
}
