package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.AgendaModel;

/** The agenda's standing in words: "12 min behind plan", "5 min ahead of plan", "On plan". */
final class AgendaText {
    private AgendaText() {
    }

    static String standing(Messages messages, AgendaModel agenda) {
        return standing(messages, agenda, "");
    }

    /** The short form, for the page header under the timer: "12 min behind". */
    static String shortStanding(Messages messages, AgendaModel agenda) {
        return standing(messages, agenda, ".short");
    }

    private static String standing(Messages messages, AgendaModel agenda, String form) {
        long seconds = agenda.delaySecondsProperty().get();
        long minutes = Math.abs(seconds) / 60;
        if (minutes == 0) {
            return messages.get("agenda.onPlan");
        }
        return messages.get((seconds > 0 ? "agenda.behind" : "agenda.ahead") + form, minutes);
    }

    /** -1, 0 or 1: ahead, on plan, behind (a style for the text). */
    static int sign(AgendaModel agenda) {
        long minutes = agenda.delaySecondsProperty().get() / 60;
        return Long.signum(minutes);
    }
}
