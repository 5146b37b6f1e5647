package com.scorecardstudio.checkinbook;

import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session on a real H2 file for the check-in workbook's tests: three goals (owners Anna, Boris,
 * Anna), two indicators each, monthly review periods from 2026-06 (the test clock says 2026-11-22, so
 * six periods), a few actuals, and 2026-06 closed.
 */
final class CheckinBookFixture {
    final Path db;
    final long session;
    final List<Long> indicators = new ArrayList<>();

    CheckinBookFixture(Path dir) throws Exception {
        db = dir.resolve("test.mv.db");
        try (Database d = TestDatabases.open(db)) {
            Store store = d.store(TestDatabases.fixedClock());
            session = store.sessions().insert(Session.draft(LocalDate.of(2026, 5, 20)).withTitle("Clinic & Co strategy")).id();
            String[] owners = {"Anna", "Boris", "anna "};
            for (int g = 0; g < 3; g++) {
                List<Indicator> inds = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    inds.add(new Indicator(null, (g == 1 && i == 0 ? "=Share of repeat visits" : "Indicator " + g + "." + i), "%",
                            Direction.UP, new BigDecimal("50"), LocalDate.of(2026, 5, 31), new BigDecimal("80"),
                            LocalDate.of(2027, 5, 31), "all patients", null, "", "CRM", null, List.of()));
                }
                Goal stored = store.goals().insert(session, new Goal(null, Stage.CUSTOMER, Stage.CUSTOMER.areas().get(0),
                        "Goal " + g, "", owners[g], null, inds, List.of()), g);
                stored.indicators().forEach(i -> indicators.add(i.id()));
            }
            store.checkins().saveSchedule(session, ReviewSchedule.of(Cadence.MONTHLY, LocalDate.of(2026, 6, 1)));
            store.checkins().saveAll(session, List.of(
                    new Actual(indicators.get(0), Period.parse("2026-06"), new BigDecimal("51"), "June, before the campaign"),
                    new Actual(indicators.get(0), Period.parse("2026-10"), new BigDecimal("60.5"), ""),
                    new Actual(indicators.get(1), Period.parse("2026-11"), null, "figures next week")));
            store.checkins().close(session, Period.parse("2026-06"));
        }
    }

    Database open() throws Exception {
        return TestDatabases.open(db);
    }

    Store store(Database d) {
        return d.store(TestDatabases.fixedClock());
    }

    /** Every actual of the session, by "indicator@period", value and note: what "nothing changed" compares. */
    Map<String, String> actuals() throws Exception {
        try (Database d = open()) {
            Checkins c = store(d).checkins().read(session);
            Map<String, String> m = new TreeMap<>();
            for (Actual a : c.actuals()) {
                m.put(a.indicatorId() + "@" + a.period().id(), (a.value() == null ? "" : a.value().toPlainString()) + "|" + a.note());
            }
            return m;
        }
    }

    String actual(int indicator, String period) throws Exception {
        return actuals().get(indicators.get(indicator) + "@" + period);
    }
}
