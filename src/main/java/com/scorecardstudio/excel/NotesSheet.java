package com.scorecardstudio.excel;

import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.Stage;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** The parking lot, the customer-policy checklist and the assessments of the five customer areas. */
final class NotesSheet {
    private NotesSheet() {
    }

    static void write(Sheet sheet, SheetContext cx, SessionContent content) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        w.columns(5, 44, 22, 70);
        w.text(0, 0, cx.get("export.notes.title"), st.title);
        w.row(0).setHeightInPoints(24);
        int r = 2;
        w.text(r++, 0, cx.get("summary.parking.title"), st.section);
        w.text(r, 0, "#", st.header);
        w.text(r, 1, cx.get("export.notes.col.note"), st.header);
        w.text(r++, 2, cx.get("export.notes.col.done"), st.header);
        List<ParkingNote> notes = content.parkingNotes();
        if (notes.isEmpty()) {
            w.text(r++, 1, cx.get("export.notes.none"), st.muted);
        }
        int n = 1;
        for (ParkingNote note : notes) {
            w.number(r, 0, n++, st.centred);
            w.text(r, 1, note.text(), st.text);
            w.text(r++, 2, note.done() ? cx.get("export.notes.yes") : "", st.centred);
        }
        r++;
        w.text(r++, 0, cx.get("summary.policies.title"), st.section);
        w.text(r, 0, "#", st.header);
        w.text(r, 1, cx.get("export.notes.col.policy"), st.header);
        w.text(r, 2, cx.get("export.notes.col.status"), st.header);
        w.text(r++, 3, cx.get("export.notes.col.note"), st.header);
        n = 1;
        for (PolicyCheck p : content.policies()) {
            w.number(r, 0, n++, st.centred);
            w.text(r, 1, cx.get("policy." + p.policy().key()), st.textBold);
            w.text(r, 2, p.status() == null ? cx.get("summary.policy.status.none") : cx.get("policy.status." + p.status().key()),
                    st.text);
            w.text(r++, 3, p.note(), st.text);
        }
        r++;
        w.text(r++, 0, cx.get("summary.assessments.title"), st.section);
        w.text(r, 0, "#", st.header);
        w.text(r, 1, cx.get("export.notes.col.area"), st.header);
        w.text(r, 2, cx.get("export.notes.col.score"), st.header);
        w.text(r++, 3, cx.get("export.notes.col.note"), st.header);
        n = 1;
        List<String> weakest = AreaAssessment.weakest(content.assessments());
        for (AreaAssessment a : content.assessments()) {
            w.number(r, 0, n++, st.centred);
            String area = cx.get("area." + Stage.CUSTOMER.key() + "." + a.area());
            w.text(r, 1, weakest.contains(a.area()) ? area + " (" + cx.get("summary.assessment.weakest") + ")" : area, st.textBold);
            if (a.score() == null) {
                w.text(r, 2, cx.get("summary.assessment.none"), st.text);
            } else {
                w.number(r, 2, a.score(), st.centred);
            }
            w.text(r++, 3, a.note(), st.text);
        }
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), -1, -1, false);
        w.printAcross(4, new int[] {0, 1, 2, 3}, -1, -1);
    }
}
