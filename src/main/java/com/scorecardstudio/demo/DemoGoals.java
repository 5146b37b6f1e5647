package com.scorecardstudio.demo;

import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guided-session part of the demo: goals with indicators and initiatives in every focus area of
 * the four stages, the room's dot-voting on the financial and customer stages, the customer-policy checklist, the area assessment and a few parked topics.
 * Figures, dates and owners come from {@code demo/goals.properties} (one copy for all languages),
 * the texts from the demo bundle; dates are relative to the session, so the demo is always current.
 */
public final class DemoGoals {
    static final String FIGURES = "/demo/goals.properties";

    private static final Pattern PLANNING_DAY = Pattern.compile("P([+-]\\d+)?:(\\d{2})-(\\d{2})");
    private static final Pattern MONTHS_BEFORE = Pattern.compile("S-(\\d+)M");

    private DemoGoals() {
    }

    /** Adds the demo's goals and customer-stage notes to a stored session, inside the caller's transaction. */
    public static void insert(Store tx, Session session, Language language) {
        Messages text = new Messages(language, DemoSession.BUNDLE);
        Properties figures = figures();
        LocalDate sessionDate = session.date();
        int planningYear = session.horizonYear() == null ? sessionDate.getYear() + 1 : session.horizonYear();
        Dates dates = spec -> date(spec, sessionDate, planningYear);

        GoalRepository goals = tx.goals();
        Map<String, Integer> positions = new HashMap<>();
        for (int g = 1; figures.containsKey("goal." + g + ".stage"); g++) {
            Goal goal = goal(figures, text, dates, "goal." + g);
            int position = positions.merge(goal.stage().key() + "/" + goal.area(), 1, Integer::sum) - 1;
            goals.insert(session.id(), goal, position);
        }

        FacilitationRepository facilitation = tx.facilitation();
        for (CustomerPolicy p : CustomerPolicy.values()) {
            String status = figures.getProperty("policy." + p.key());
            if (status != null) {
                facilitation.savePolicy(session.id(), new PolicyCheck(p,
                        CustomerPolicy.Status.valueOf(status.toUpperCase(Locale.ROOT)), optional(text, "policy." + p.key() + ".note")));
            }
        }
        for (String area : Stage.CUSTOMER.areas()) {
            String score = figures.getProperty("assessment." + area);
            if (score != null) {
                facilitation.saveAssessment(session.id(),
                        new AreaAssessment(area, Integer.valueOf(score), optional(text, "assessment." + area + ".note")));
            }
        }
        for (int i = 1; text.has("parking." + i); i++) {
            facilitation.park(session.id(), text.get("parking." + i));
        }
    }

    private interface Dates {
        LocalDate of(String spec);
    }

    private static Goal goal(Properties f, Messages t, Dates dates, String key) {
        Stage stage = Stage.valueOf(required(f, key + ".stage").toUpperCase(Locale.ROOT));
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 1; f.containsKey(key + ".indicator." + i + ".direction"); i++) {
            indicators.add(indicator(f, t, dates, key + ".indicator." + i));
        }
        List<Initiative> initiatives = new ArrayList<>();
        for (int i = 1; f.containsKey(key + ".initiative." + i + ".status"); i++) {
            String k = key + ".initiative." + i;
            initiatives.add(new Initiative(null, text(t, k + ".title"), owner(f, t, k + ".owner"),
                    date(f, dates, k + ".start"), date(f, dates, k + ".due"), number(f, k + ".budget"),
                    InitiativeStatus.valueOf(required(f, k + ".status").toUpperCase(Locale.ROOT))));
        }
        return new Goal(null, stage, required(f, key + ".area"), text(t, key + ".title"), optional(t, key + ".description"),
                owner(f, t, key + ".owner"), Priority.valueOf(required(f, key + ".priority").toUpperCase(Locale.ROOT)),
                indicators, initiatives, votes(f, t, key + ".votes"));
    }

    /** The room's dots on a goal: "participant:dots" pairs, the participant by number as owners are. */
    private static List<Vote> votes(Properties f, Messages t, String key) {
        String spec = f.getProperty(key);
        List<Vote> votes = new ArrayList<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.strip().split("\\s+")) {
                String[] parts = pair.split(":");
                votes.add(new Vote(text(t, "participant." + parts[0] + ".name"), Integer.parseInt(parts[1])));
            }
        }
        return votes;
    }

    private static Indicator indicator(Properties f, Messages t, Dates dates, String k) {
        List<Measurement> measured = new ArrayList<>();
        String pairs = f.getProperty(k + ".measured", "");
        for (String pair : pairs.split(",")) {
            if (!pair.isBlank()) {
                String[] dateAndValue = pair.strip().split("\\s+");
                if (dateAndValue.length != 2) {
                    throw new IllegalStateException(k + ".measured: expected \"date value\" pairs, got " + pairs);
                }
                measured.add(new Measurement(null, dates.of(dateAndValue[0]), new BigDecimal(dateAndValue[1])));
            }
        }
        String review = f.getProperty(k + ".review");
        return new Indicator(null, text(t, k + ".name"), optional(t, k + ".unit"),
                Direction.valueOf(required(f, k + ".direction").toUpperCase(Locale.ROOT)),
                number(f, k + ".baseline"), date(f, dates, k + ".baseline_date"),
                number(f, k + ".target"), date(f, dates, k + ".target_date"),
                optional(t, k + ".scale"), number(f, k + ".impact"), optional(t, k + ".impact_unit"), optional(t, k + ".source"),
                review == null ? null : ReviewFrequency.valueOf(review.toUpperCase(Locale.ROOT)), measured);
    }

    /**
     * A date written relative to the session: {@code P:MM-DD} in the planning year ({@code P-1:},
     * {@code P+1:} around it), {@code S-nM} the last day of the month n months before the session's.
     */
    static LocalDate date(String spec, LocalDate sessionDate, int planningYear) {
        Matcher p = PLANNING_DAY.matcher(spec);
        if (p.matches()) {
            int year = planningYear + (p.group(1) == null ? 0 : Integer.parseInt(p.group(1)));
            return LocalDate.of(year, Integer.parseInt(p.group(2)), Integer.parseInt(p.group(3)));
        }
        Matcher s = MONTHS_BEFORE.matcher(spec);
        if (s.matches()) {
            return YearMonth.from(sessionDate).minusMonths(Integer.parseInt(s.group(1))).atEndOfMonth();
        }
        throw new IllegalArgumentException("not a demo date: " + spec);
    }

    private static LocalDate date(Properties f, Dates dates, String key) {
        String spec = f.getProperty(key);
        return spec == null ? null : dates.of(spec.strip());
    }

    private static BigDecimal number(Properties f, String key) {
        String v = f.getProperty(key);
        return v == null ? null : new BigDecimal(v.strip());
    }

    private static String owner(Properties f, Messages t, String key) {
        String n = f.getProperty(key);
        return n == null ? "" : text(t, "participant." + n.strip() + ".name");
    }

    private static String required(Properties f, String key) {
        String v = f.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("demo figure missing: " + key);
        }
        return v.strip();
    }

    /** A text the demo cannot do without: a missing one is a bug in the demo files, not a blank. */
    private static String text(Messages t, String key) {
        if (!t.has(key)) {
            throw new IllegalStateException("demo text missing in " + t.language().code() + ": " + key);
        }
        return t.get(key);
    }

    private static String optional(Messages t, String key) {
        return t.has(key) ? t.get(key) : "";
    }

    static Properties figures() {
        Properties p = new Properties();
        try (InputStream in = DemoGoals.class.getResourceAsStream(FIGURES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FIGURES);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
