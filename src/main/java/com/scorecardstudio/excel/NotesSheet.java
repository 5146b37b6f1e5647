package com.scorecardstudio.excel;

import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The parking lot, the customer-policy checklist and the assessments of the five customer areas.
 * Printed so that every table keeps its header: a table starts on a new page unless its title, header
 * and first rows fit on the current one, and a table that runs over a page break repeats its header
 * row at the top of the next page (the page breaks are set here, from the rows' heights).
 */
final class NotesSheet {
    static final int[] WIDTHS = {5, 44, 22, 70};
    /** The printable height of an A4 landscape page between the margins, in points, with room to spare for a reader's row heights. */
    static final double PAGE_BUDGET = (SheetWriter.A4_SHORT_PT - 2 * 0.7 * 72) * 0.9;
    private static final float ROW = 15f;

    private NotesSheet() {
    }

    /** One table: its title, header texts and rows, each row as its cells' texts (a number as text is fine for the height). */
    private record Table(String title, String[] header, List<String[]> rows, List<IntConsumer> writers) {
    }

    static void write(Sheet sheet, SheetContext cx, SessionContent content) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        w.columns(WIDTHS);
        w.text(0, 0, cx.get("export.notes.title"), st.title);
        w.row(0).setHeightInPoints(24);

        List<Table> tables = new ArrayList<>();
        Table parking = new Table(cx.get("summary.parking.title"),
                new String[] {"#", cx.get("export.notes.col.note"), cx.get("export.notes.col.done")}, new ArrayList<>(), new ArrayList<>());
        List<ParkingNote> notes = content.parkingNotes();
        if (notes.isEmpty()) {
            parking.rows().add(new String[] {"", cx.get("export.notes.none")});
            parking.writers().add(r -> w.text(r, 1, cx.get("export.notes.none"), st.muted));
        }
        int n = 1;
        for (ParkingNote note : notes) {
            int i = n++;
            String done = note.done() ? cx.get("export.notes.yes") : "";
            parking.rows().add(new String[] {"", note.text(), done});
            parking.writers().add(r -> {
                w.number(r, 0, i, st.centred);
                w.text(r, 1, note.text(), st.text);
                w.text(r, 2, done, st.centred);
            });
        }
        tables.add(parking);

        Table policies = new Table(cx.get("summary.policies.title"), new String[] {"#", cx.get("export.notes.col.policy"),
                cx.get("export.notes.col.status"), cx.get("export.notes.col.note")}, new ArrayList<>(), new ArrayList<>());
        n = 1;
        for (PolicyCheck p : content.policies()) {
            int i = n++;
            String policy = cx.get("policy." + p.policy().key());
            String status = p.status() == null ? cx.get("summary.policy.status.none") : cx.get("policy.status." + p.status().key());
            policies.rows().add(new String[] {"", policy, status, p.note()});
            policies.writers().add(r -> {
                w.number(r, 0, i, st.centred);
                w.text(r, 1, policy, st.textBold);
                w.text(r, 2, status, st.text);
                w.text(r, 3, p.note(), st.text);
            });
        }
        tables.add(policies);

        Table areas = new Table(cx.get("summary.assessments.title"), new String[] {"#", cx.get("export.notes.col.area"),
                cx.get("export.notes.col.score"), cx.get("export.notes.col.note")}, new ArrayList<>(), new ArrayList<>());
        n = 1;
        List<String> weakest = AreaAssessment.weakest(content.assessments());
        for (AreaAssessment a : content.assessments()) {
            int i = n++;
            String area = cx.get("area." + Stage.CUSTOMER.key() + "." + a.area());
            String label = weakest.contains(a.area()) ? area + " (" + cx.get("summary.assessment.weakest") + ")" : area;
            areas.rows().add(new String[] {"", label, "", a.note()});
            areas.writers().add(r -> {
                w.number(r, 0, i, st.centred);
                w.text(r, 1, label, st.textBold);
                if (a.score() == null) {
                    w.text(r, 2, cx.get("summary.assessment.none"), st.text);
                } else {
                    w.number(r, 2, a.score(), st.centred);
                }
                w.text(r, 3, a.note(), st.text);
            });
        }
        tables.add(areas);

        int r = 2;
        double y = 24 + ROW; // the title row and the blank row under it
        for (Table t : tables) {
            double header = height(t.header());
            double firstRows = t.rows().stream().limit(2).mapToDouble(NotesSheet::height).sum();
            if (y > 0 && y + ROW + header + firstRows > PAGE_BUDGET) { // title, header and first rows together on the next page
                sheet.setRowBreak(r - 1);
                y = 0;
            }
            w.text(r++, 0, t.title(), st.section);
            y += ROW + 3;
            header(w, r++, t.header());
            y += header;
            for (int i = 0; i < t.rows().size(); i++) {
                double h = height(t.rows().get(i));
                if (y + h > PAGE_BUDGET) { // the table goes on over the break: its header again on top of the next page
                    sheet.setRowBreak(r - 1);
                    y = 0;
                    header(w, r++, t.header());
                    y += header;
                }
                t.writers().get(i).accept(r++);
                y += h;
            }
            r++;
            y += ROW;
        }
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), -1, -1, false);
        w.printAcross(4, new int[] {0, 1, 2, 3}, -1, -1);
    }

    private static void header(SheetWriter w, int r, String[] texts) {
        for (int c = 0; c < texts.length; c++) {
            w.text(r, c, texts[c], w.styles.header);
        }
    }

    /** A row's height as {@link SheetWriter} sets it: its tallest cell's lines of wrapped text, at least one line. */
    static double height(String[] texts) {
        int lines = 1;
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null && !texts[c].isEmpty()) {
                lines = Math.max(lines, SheetWriter.lines(texts[c], Math.max(4, WIDTHS[c] - 2)));
            }
        }
        return lines > 1 ? Math.min(409f, 13f * lines + 3f) : ROW;
    }
}
