package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Every cause → effect link of the strategy map, one row each, in the map's reading order (from the
 * cause's perspective up): the cause goal and its perspective, the effect goal and its perspective,
 * the link's strength and the hypothesis behind it (which the map has no room for).
 */
final class LinksSheet {
    static final int HEADER_ROW = 3;
    private static final String[] HEADERS = {"causePerspective", "cause", "effectPerspective", "effect", "strength", "hypothesis"};

    private LinksSheet() {
    }

    static void write(Sheet sheet, SheetContext cx, List<Goal> goals, List<MapSheet.Link> links) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        w.columns(14, 34, 14, 34, 11, 50);
        w.text(0, 0, cx.get("export.links.title"), st.title);
        w.row(0).setHeightInPoints(24);
        w.text(1, 0, cx.get("export.links.subtitle"), st.subtitle);
        for (int c = 0; c < HEADERS.length; c++) {
            w.text(HEADER_ROW, c, cx.get("export.links.col." + HEADERS[c]), st.header);
        }
        Map<Long, Goal> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.id(), g));
        List<Stage> upward = List.of(Stage.LEARNING_GROWTH, Stage.INTERNAL_PROCESSES, Stage.CUSTOMER, Stage.FINANCIAL);
        List<MapSheet.Link> ordered = links.stream().filter(l -> byId.containsKey(l.causeGoalId()) && byId.containsKey(l.effectGoalId()))
                .sorted(java.util.Comparator.comparingInt((MapSheet.Link l) -> upward.indexOf(byId.get(l.causeGoalId()).stage()))
                        .thenComparingInt(l -> upward.indexOf(byId.get(l.effectGoalId()).stage())))
                .toList();
        int r = HEADER_ROW + 1;
        if (ordered.isEmpty()) {
            w.text(r, 0, cx.get("export.links.none"), st.muted);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            r++;
        }
        for (MapSheet.Link link : ordered) {
            Goal cause = byId.get(link.causeGoalId());
            Goal effect = byId.get(link.effectGoalId());
            w.text(r, 0, cx.get("stage." + cause.stage().key()), st.stage.get(cause.stage()));
            w.text(r, 1, cause.title(), st.textBold);
            w.text(r, 2, cx.get("stage." + effect.stage().key()), st.stage.get(effect.stage()));
            w.text(r, 3, effect.title(), st.textBold);
            w.text(r, 4, cx.get("map.strength." + link.strength().key()), st.text);
            w.text(r, 5, link.hypothesis().isBlank() ? "—" : link.hypothesis(), link.hypothesis().isBlank() ? st.muted : st.text);
            r++;
        }
        int last = Math.max(HEADER_ROW + 1, r - 1);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        if (!ordered.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, HEADERS.length - 1));
        }
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), HEADER_ROW, HEADER_ROW, false);
        w.printAcross(HEADERS.length, new int[] {0, 1, 2, 3, 4, 5}, -1, -1);
    }
}
