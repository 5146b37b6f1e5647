package com.scorecardstudio.report;

import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Band;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The client matrix as a Markdown section for the session summary: the 3 × 3 table with the clients
 * of each cell, the zones with their strategies, the clients not placed and the dependence warning.
 *
 * <p>Use: {@code MatrixMarkdown.section(messages, new ScoringService(dsl, clock).read(sessionId))}.
 */
public final class MatrixMarkdown {
    private MatrixMarkdown() {
    }

    public static String section(Messages m, ScoringSheet sheet) {
        return section(m, sheet.matrix(), sheet.settings());
    }

    public static String section(Messages m, Matrix matrix, ScoringSettings settings) {
        Locale locale = m.locale();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(m.get("scoring.md.title")).append("\n\n");
        int all = matrix.placements().size();
        if (all == 0) {
            md.append(m.get("scoring.md.noClients")).append("\n");
            return md.toString();
        }
        int placed = all - matrix.notPlaced().size();
        md.append(m.get("scoring.md.counts", all, placed)).append(' ')
                .append(m.get("scoring.md.bands", LocalNumbers.of(locale).two(settings.limits().mediumFrom()),
                        LocalNumbers.of(locale).two(settings.limits().highFrom())))
                .append("\n\n");

        md.append("| ").append(escape(m.get("scoring.md.corner"))).append(" |");
        for (Band r : Band.values()) {
            md.append(' ').append(escape(m.get("scoring.band.relationship." + r.key(Axis.RELATIONSHIP)))).append(" |");
        }
        md.append("\n|---|---|---|---|\n");
        for (int a = Band.values().length - 1; a >= 0; a--) {
            Band attractiveness = Band.values()[a];
            md.append("| **").append(escape(m.get("scoring.band.attractiveness." + attractiveness.key(Axis.ATTRACTIVENESS))))
                    .append("** |");
            for (Band r : Band.values()) {
                md.append(' ').append(cellText(m, matrix, matrix.cell(new Cell(attractiveness, r)))).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');

        md.append("### ").append(m.get("scoring.md.strategies")).append("\n\n");
        for (Zone zone : List.of(Zone.DEEPEN_RELATIONSHIP, Zone.BUILD_LOYALTY, Zone.INVEST_SELECTIVELY, Zone.PROTECT_REVENUE)) {
            Matrix.ZoneSummary z = matrix.zone(zone);
            List<String> names = z.clients().stream().map(p -> p.client().name()).toList();
            md.append("- **").append(escape(StrategyTexts.zoneName(zone, m))).append("** — ")
                    .append(m.get("scoring.md.zoneCount", names.size()));
            if (z.share() != null) {
                md.append(", ").append(m.get("scoring.md.revenueShare", LocalNumbers.of(locale).percent(z.share())));
            }
            if (!names.isEmpty()) {
                md.append(": ").append(escape(String.join(", ", names)));
            }
            md.append(".  \n  ").append(escape(StrategyTexts.strategy(zone, settings, m)).replace("\n", "  \n  ")).append('\n');
        }
        if (!matrix.notPlaced().isEmpty()) {
            md.append('\n').append(m.get("scoring.md.notPlaced", escape(names(matrix.notPlaced())))).append('\n');
        }
        if (!matrix.concentrated().isEmpty()) {
            md.append('\n');
            for (Matrix.Concentration c : matrix.concentrated()) {
                md.append("> ⚠ ").append(m.get("scoring.concentration.warning", escape(c.placement().client().name()),
                        LocalNumbers.of(locale).percentBeside(c.share(), matrix.concentrationLimit().movePointLeft(2)),
                        LocalNumbers.of(locale).percent(matrix.concentrationLimit().movePointLeft(2)))).append('\n');
            }
        }
        return md.toString();
    }

    private static String cellText(Messages m, Matrix matrix, Matrix.CellSummary cell) {
        if (cell.clients().isEmpty()) {
            return "—";
        }
        String text = escape(names(cell.clients())) + " (" + cell.clients().size();
        if (cell.share() != null) {
            text += " · " + LocalNumbers.of(m.locale()).percent(cell.share());
        }
        return text + ")";
    }

    private static String names(List<Placement> placements) {
        return String.join(", ", placements.stream().map(p -> p.client().name()).toList());
    }

    /** Text that Markdown shows as written: no tables broken, no emphasis or links started by a name. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char ch : s.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : ch);
        }
        return sb.toString();
    }
}
