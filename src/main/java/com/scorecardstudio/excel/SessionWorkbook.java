package com.scorecardstudio.excel;

import com.scorecardstudio.config.AppInfo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook a client keeps, assembled from its sheets in the order a reader goes through them.
 * Streamed ({@code SXSSF}): rows leave memory as they are written, so a session with thousands of
 * clients needs no more heap than a small one; the drawings (map, chart) live in the underlying
 * XSSF sheets.
 */
public final class SessionWorkbook {
    /** Rows kept in memory per sheet before they are flushed to the temp file. */
    private static final int WINDOW = 200;

    private SessionWorkbook() {
    }

    /** Sheet names in the language, in order (at most 31 characters, as Excel allows). */
    static String sheetName(Messages m, String key) {
        String name = m.get("export.sheet." + key).replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    static final String[] SHEETS = {"dashboard", "overview", "map", "links", "goals", "plan", "matrix", "scores", "notes"};
    /** The sheet of the results after the session, after "goals" in a session with review periods. */
    static final String RESULTS = "results";

    /**
     * Writes the workbook to {@code out}, encrypted with {@code password} (Agile encryption, as Excel
     * 2010 and later) when one is given.
     */
    public static void write(ExportData data, Messages m, char[] password, OutputStream out, DoubleConsumer progress)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            build(wb, data, m, LocalDate.now(), progress);
            if (password == null || password.length == 0) {
                wb.write(out);
            } else {
                encrypted(wb, password, out);
            }
            progress.accept(1.0);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** @param asOf the day the dashboard's traffic lights are judged on (the export's) */
    static void build(SXSSFWorkbook wb, ExportData data, Messages m, LocalDate asOf, DoubleConsumer progress) {
        XSSFWorkbook xwb = wb.getXSSFWorkbook();
        Session s = data.content().session();
        String title = s.title().isBlank() ? m.get("summary.untitled") : s.title();
        SheetContext cx = new SheetContext(m, new Styles(wb, m.language()), title, m.formatDate(s.date()));
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        // with review periods, the results after the session follow the goals and indicators
        java.util.Optional<com.scorecardstudio.domain.impact.Period> period = data.checkins().reviewPeriod(asOf);
        List<String> keys = new java.util.ArrayList<>(List.of(SHEETS));
        if (period.isPresent()) {
            keys.add(keys.indexOf("goals") + 1, RESULTS);
        }
        for (String key : keys) {
            sheets.put(key, wb.createSheet(sheetName(m, key)));
            names.put(key, sheetName(m, key));
        }
        double step = 1.0 / (SHEETS.length + 1);
        ActionPlanSheet.Layout plan = ActionPlanSheet.Layout.of(names.get("plan"), data.content().goals());
        ScoresSheet.Names clients = ScoresSheet.Names.of(cx, ScoresSheet.criteria(data.scoring()));
        DashboardSheet.write(sheets.get("dashboard"), cx, data, asOf, new DashboardSheet.Refs(names, plan, clients));
        progress.accept(step);
        OverviewSheet.write(sheets.get("overview"), cx, data);
        MapSheet.write(sheets.get("map"), xssf(xwb, names, "map").createDrawingPatriarch(), xwb, cx.styles(), m, data.map(), title,
                cx.date());
        progress.accept(2 * step);
        LinksSheet.write(sheets.get("links"), cx, data.content().goals(), data.map().links());
        GoalsSheet.write(sheets.get("goals"), cx, data.content().goals());
        period.ifPresent(p -> ResultsSheet.write(sheets.get(RESULTS), cx, data.content().goals(), data.checkins(), p));
        progress.accept(3 * step);
        ActionPlanSheet.write(sheets.get("plan"), cx, data.content().goals(), plan);
        progress.accept(4 * step);
        ScoresSheet.Layout layout = ScoresSheet.write(sheets.get("scores"), xssf(xwb, names, "scores"), cx, data.scoring(), data.matrix(),
                clients);
        progress.accept(5 * step);
        MatrixSheet.write(sheets.get("matrix"), xssf(xwb, names, "matrix").createDrawingPatriarch(), cx, data.matrix(),
                data.scoring().settings(), layout, clients);
        NotesSheet.write(sheets.get("notes"), cx, data.content());
        progress.accept(6 * step);
        opaqueColours(xwb);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        xwb.setForceFormulaRecalculation(true); // Excel and LibreOffice compute every formula on opening
        properties(xwb, s, m, title);
    }

    private static XSSFSheet xssf(XSSFWorkbook xwb, Map<String, String> names, String key) {
        return xwb.getSheet(names.get(key));
    }

    /** Title, subject, author (the facilitator), company (the client's organisation) and the application with its version. */
    static void properties(XSSFWorkbook xwb, Session s, Messages m, String title) {
        var core = xwb.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(m.get("export.properties.subject"));
        core.setCreator(s.facilitator().isBlank() ? m.get("app.name") : s.facilitator());
        core.setCreated(java.util.Optional.of(new java.util.Date()));
        var ext = xwb.getProperties().getExtendedProperties().getUnderlyingProperties();
        ext.setApplication(m.get("app.name") + " " + AppInfo.version());
        if (!s.organization().isBlank()) {
            ext.setCompany(s.organization());
        }
        if (ext.isSetAppVersion()) {
            ext.unsetAppVersion(); // Excel reads it as its own version number (XX.YYYY): the version is in the name
        }
    }

    /**
     * Conditional formats' font colours as ARGB, as the schema wants: POI's {@code setFontColor} drops
     * the alpha byte there (the fills keep it), which a strict reader refuses.
     */
    static void opaqueColours(XSSFWorkbook xwb) {
        var styles = xwb.getStylesSource();
        for (int i = 0; i < styles._getDXfsSize(); i++) {
            var dxf = styles.getDxfAt(i);
            if (dxf.isSetFont()) {
                for (var colour : dxf.getFont().getColorArray()) {
                    byte[] rgb = colour.isSetRgb() ? colour.getRgb() : null;
                    if (rgb != null && rgb.length == 3) {
                        colour.setRgb(new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]});
                    }
                }
            }
        }
    }

    private static void encrypted(SXSSFWorkbook wb, char[] password, OutputStream out) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(new String(password));
            try (OutputStream data = encryptor.getDataStream(fs)) {
                wb.write(data);
            } catch (GeneralSecurityException e) {
                throw new IOException("encryption failed", e);
            }
            fs.writeFilesystem(out);
        }
    }
}
