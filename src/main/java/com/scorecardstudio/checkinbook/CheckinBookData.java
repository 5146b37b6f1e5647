package com.scorecardstudio.checkinbook;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one check-in workbook holds: the session, its rows (one per indicator and period, in the goals'
 * order, each indicator's periods oldest first) and when it was made. Rows of a closed period are
 * included, locked, so that the owner sees the history; their actuals cannot be changed through the
 * workbook.
 */
public record CheckinBookData(Session session, String owner, List<Period> periods, List<Line> lines, Instant exportedAt) {
    public CheckinBookData {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    /** One row: an indicator in a period, with its actual and note as stored now. */
    public record Line(Goal goal, Indicator indicator, Period period, Actual actual, boolean closed) {
        public CheckinBook.Key key(long sessionId) {
            return new CheckinBook.Key(sessionId, indicator.id(), period);
        }
    }

    /**
     * Reads the rows for a session: every indicator, or those of goals whose owner is {@code owner}
     * (case and surrounding spaces ignored); the periods of the schedule from its first through the
     * current review period, or only {@code period}.
     *
     * @throws CheckinBookException {@code checkinbook.refused.noSession}, {@code .noSchedule},
     *     {@code .notInSchedule}, {@code .noOwner}, {@code .noIndicators}
     */
    public static CheckinBookData read(Store store, long sessionId, String owner, Period period, LocalDate today)
            throws CheckinBookException {
        try {
            return store.transaction(tx -> {
                try {
                    return readIn(tx, sessionId, owner, period, today);
                } catch (CheckinBookException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused e) {
            throw (CheckinBookException) e.getCause();
        }
    }

    private static CheckinBookData readIn(Store tx, long sessionId, String owner, Period period, LocalDate today)
            throws CheckinBookException {
        Optional<Session> session = tx.sessions().find(sessionId);
        if (session.isEmpty()) {
            throw new CheckinBookException("cli.noSession", null, String.valueOf(sessionId));
        }
        Checkins checkins = tx.checkins().read(sessionId);
        if (!checkins.scheduled()) {
            throw new CheckinBookException("checkin.cli.noSchedule", null, String.valueOf(sessionId));
        }
        List<Period> periods;
        if (period != null) {
            if (!checkins.schedule().includes(period)) {
                throw new CheckinBookException("checkin.cli.notInSchedule", null, period.id(),
                        new CheckinBookException.Word("checkin.cadence." + checkins.schedule().cadence().key()), checkins.schedule().first().id());
            }
            periods = List.of(period);
        } else {
            periods = checkins.schedule().through(checkins.reviewPeriod(today).orElseThrow());
        }
        List<Goal> goals = tx.goals().list(sessionId);
        String wanted = owner == null ? null : Text.clean(owner).toLowerCase(Locale.ROOT);
        Map<Long, Map<Period, Actual>> actuals = checkins.byIndicator();
        List<Line> lines = new ArrayList<>();
        TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Goal g : goals) {
            if (!Text.clean(g.owner()).isEmpty()) {
                owners.add(Text.clean(g.owner()));
            }
            if (wanted != null && !Text.clean(g.owner()).toLowerCase(Locale.ROOT).equals(wanted)) {
                continue;
            }
            for (Indicator i : g.indicators()) {
                if (i.id() == null) {
                    continue;
                }
                for (Period p : periods) {
                    Actual a = actuals.getOrDefault(i.id(), Map.of()).get(p);
                    lines.add(new Line(g, i, p, a == null ? new Actual(i.id(), p, null, "") : a, checkins.isClosed(p)));
                }
            }
        }
        if (lines.isEmpty()) {
            if (wanted != null) {
                throw new CheckinBookException("checkinbook.refused.noOwner", null, Text.clean(owner),
                        owners.isEmpty() ? "—" : String.join(", ", owners));
            }
            throw new CheckinBookException("checkinbook.refused.noIndicators", null, String.valueOf(sessionId));
        }
        return new CheckinBookData(session.get(), wanted == null ? "" : Text.clean(owner), periods, lines, tx.clock().instant());
    }

    /** Carries a refusal out of the read transaction (which rolls back; nothing was written anyway). */
    private static final class Refused extends RuntimeException {
        Refused(CheckinBookException e) {
            super(e);
        }
    }

}
