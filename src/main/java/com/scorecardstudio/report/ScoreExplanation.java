package com.scorecardstudio.report;

import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.AxisScore;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a client's scores were made, in words: each axis with its rounded score and band, every scored
 * criterion with its score and its share of the weight, and the revenue with its share.
 */
public final class ScoreExplanation {
    private ScoreExplanation() {
    }

    public static String text(Placement p, Matrix matrix, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(p.client().name());
        for (Axis axis : Axis.values()) {
            lines.add("");
            AxisScore s = p.score(axis);
            String axisName = m.get("scoring.axis." + axis.key());
            if (s == null) {
                lines.add(m.get("scoring.tip.axisNone", axisName));
                continue;
            }
            lines.add(m.get("scoring.tip.axis", axisName, LocalNumbers.of(m.locale()).two(s.rounded()),
                    bandName(axis, s, m).toLowerCase(m.locale())));
            for (AxisScore.Part part : s.scored()) {
                lines.add("   " + m.get("scoring.tip.part", CriterionNames.name(part.criterion(), m), part.score(),
                        LocalNumbers.of(m.locale()).percent(s.share(part))));
            }
            if (!s.complete()) {
                lines.add("   " + m.get("scoring.tip.partial", s.scored().size(), s.criteriaOnAxis()));
            }
        }
        Client c = p.client();
        if (c.revenue() != null) {
            lines.add("");
            String revenue = money(c, m.locale());
            lines.add(matrix.share(c).map(share -> m.get("scoring.tip.revenue", revenue, LocalNumbers.of(m.locale()).percent(share)))
                    .orElseGet(() -> m.get("scoring.tip.revenueOnly", revenue)));
        }
        return String.join("\n", lines);
    }

    public static String bandName(Axis axis, AxisScore s, Messages m) {
        return m.get("scoring.band." + axis.key() + "." + s.band().key(axis));
    }

    /** Revenue as the user's language writes it, with the currency code after it. */
    public static String money(Client c, Locale locale) {
        if (c.revenue() == null) {
            return "";
        }
        String n = LocalNumbers.of(locale).format(c.revenue(), 2);
        return c.currency().isEmpty() ? n : n + " " + c.currency();
    }
}
