package com.scorecardstudio.demo;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A realistic demo: a multi-specialty medical centre preparing next year's strategy. Its texts live
 * in {@code i18n/demo_<lang>.properties}, so the demo exists in every language the app speaks.
 */
public final class DemoSession {
    public static final String BUNDLE = "i18n.demo";

    private DemoSession() {
    }

    public static Session build(Language language, LocalDate today) {
        Messages t = new Messages(language, BUNDLE);
        List<Participant> people = new ArrayList<>();
        for (int i = 1; t.has("participant." + i + ".name"); i++) {
            people.add(new Participant(t.get("participant." + i + ".name"), t.get("participant." + i + ".role")));
        }
        int horizon = today.getYear() + 1;
        return new Session(null, UUID.randomUUID(), t.get("session.title", String.valueOf(horizon)),
                t.get("session.organization"), t.get("session.industry"), today, t.get("session.facilitator"),
                people, horizon, t.get("session.notes"), null, null);
    }
}
