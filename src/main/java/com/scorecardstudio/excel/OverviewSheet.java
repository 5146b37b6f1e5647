package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.report.StrategyTexts;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;

/** The first sheet: what the session was, who was there, how much it produced, and how to read the rest. */
final class OverviewSheet {
    private OverviewSheet() {
    }

    static void write(Sheet sheet, SheetContext cx, ExportData data) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        Session s = data.content().session();
        w.columns(26, 44, 70);
        w.text(0, 0, cx.sessionTitle(), st.title);
        w.row(0).setHeightInPoints(24);
        w.text(1, 0, cx.get("export.overview.subtitle"), st.subtitle);
        int r = 3;
        r = pair(w, r, cx.get("export.overview.session"), s.title());
        r = pair(w, r, cx.get("summary.header.organization"), s.organization());
        r = pair(w, r, cx.get("summary.header.date"), cx.date());
        if (s.horizonYear() != null) {
            r = pair(w, r, cx.get("summary.header.horizon"), String.valueOf(s.horizonYear()));
        }
        r = pair(w, r, cx.get("summary.header.facilitator"), s.facilitator());
        String people = s.participants().stream().map(Participant::toString).collect(Collectors.joining("\n"));
        r = pair(w, r, cx.get("summary.header.participants"), people);
        if (!s.participants().isEmpty()) {
            w.row(r - 1).setHeightInPoints(Math.min(400, 14f * s.participants().size()));
        }
        r++;
        w.text(r++, 0, cx.get("export.overview.counts"), st.section);
        int indicators = data.content().goals().stream().mapToInt(g -> g.indicators().size()).sum();
        int initiatives = data.content().goals().stream().mapToInt(g -> g.initiatives().size()).sum();
        r = count(w, r, cx.get("export.overview.goals"), data.content().goals().size());
        r = count(w, r, cx.get("export.overview.indicators"), indicators);
        r = count(w, r, cx.get("export.overview.initiatives"), initiatives);
        r = count(w, r, cx.get("export.overview.clients"), data.scoring().clients().size());
        r++;
        w.text(r++, 0, cx.get("export.overview.legend"), st.section);
        w.text(r, 0, cx.get("export.overview.perspectives"), st.label);
        for (Stage stage : Stage.values()) {
            long goals = data.content().goals().stream().filter(g -> g.stage() == stage).count();
            w.text(r, 1, cx.get("stage." + stage.key() + ".full"), st.stage.get(stage));
            w.text(r++, 2, cx.get("export.overview.goalCount", goals), st.plain);
        }
        w.text(r, 0, cx.get("export.overview.zones"), st.label);
        for (Zone zone : new Zone[] {Zone.DEEPEN_RELATIONSHIP, Zone.BUILD_LOYALTY, Zone.INVEST_SELECTIVELY, Zone.PROTECT_REVENUE}) {
            w.text(r, 1, StrategyTexts.zoneName(zone, cx.m()), st.zoneTitle.get(zone));
            w.text(r++, 2, StrategyTexts.strategy(zone, data.scoring().settings(), cx.m()), st.muted);
        }
        w.text(r, 0, cx.get("export.overview.statuses"), st.label);
        for (InitiativeStatus status : InitiativeStatus.values()) {
            w.text(r++, 1, cx.get("status." + status.key()), st.status.get(status));
        }
        w.text(r, 0, cx.get("export.overview.inputs"), st.label);
        w.number(r, 1, 4, st.inputScore);
        w.text(r++, 2, cx.get("export.overview.inputs.text"), st.muted);
        w.text(r, 0, cx.get("export.overview.formulas"), st.label);
        w.text(r++, 2, cx.get("export.overview.formulas.text"), st.muted);
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), -1, -1, false);
        w.printAcross(3, new int[] {0, 1, 2}, -1, -1);
        sheet.setDisplayGridlines(false);
    }

    private static int pair(SheetWriter w, int r, String label, String value) {
        w.text(r, 0, label, w.styles.label);
        w.text(r, 1, value == null || value.isBlank() ? "—" : value, w.styles.plain);
        return r + 1;
    }

    private static int count(SheetWriter w, int r, String label, int n) {
        w.text(r, 0, label, w.styles.label);
        w.number(r, 1, n, w.styles.integer).setCellStyle(w.styles.plain);
        return r + 1;
    }

    static long goalsIn(java.util.List<Goal> goals, Stage stage) {
        return goals.stream().filter(g -> g.stage() == stage).count();
    }
}
