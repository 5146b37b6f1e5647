package com.scorecardstudio.excel;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.scoring.Zone;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The one small set of cell styles a workbook uses, made once per workbook (a workbook holds at most
 * 64,000 styles, and every extra one slows Excel down). Colours are the app's: the four perspectives
 * from {@code app.css}, the four zones from {@code scoring.css}.
 */
public final class Styles {
    /** Perspective colours, as {@code app.css} (-sc-financial, -sc-customer, -sc-processes, -sc-learning). */
    static final Map<Stage, String> STAGE_COLOURS = Map.of(
            Stage.FINANCIAL, "1D4ED8", Stage.CUSTOMER, "0F766E",
            Stage.INTERNAL_PROCESSES, "B45309", Stage.LEARNING_GROWTH, "7C3AED");
    /** Light tints of the perspective colours, for the lanes of the map. */
    static final Map<Stage, String> STAGE_TINTS = Map.of(
            Stage.FINANCIAL, "E8EEFC", Stage.CUSTOMER, "E5F3F1",
            Stage.INTERNAL_PROCESSES, "FBF0E4", Stage.LEARNING_GROWTH, "F1EBFD");
    /** Zone background and foreground, as {@code scoring.css} (light theme). */
    static final Map<Zone, String[]> ZONE_COLOURS = Map.of(
            Zone.PROTECT_REVENUE, new String[] {"FBE4E2", "B42318"},
            Zone.INVEST_SELECTIVELY, new String[] {"FDF0CC", "93520A"},
            Zone.BUILD_LOYALTY, new String[] {"DCE8FD", "1D4ED8"},
            Zone.DEEPEN_RELATIONSHIP, new String[] {"CDEFDC", "05603A"});
    static final Map<InitiativeStatus, String> STATUS_COLOURS = Map.of(
            InitiativeStatus.PLANNED, "E5E7EB", InitiativeStatus.IN_PROGRESS, "DCE8FD",
            InitiativeStatus.DONE, "CDEFDC", InitiativeStatus.DROPPED, "FBE4E2");
    /** Traffic lights: background and foreground, in the zones' greens, ambers and reds. */
    static final Map<IndicatorStatus, String[]> LIGHT_COLOURS = Map.of(
            IndicatorStatus.REACHED, new String[] {"CDEFDC", "05603A"},
            IndicatorStatus.ON_TRACK, new String[] {"E3F6EA", "05603A"},
            IndicatorStatus.AT_RISK, new String[] {"FDF0CC", "93520A"},
            IndicatorStatus.OFF_TRACK, new String[] {"FBE4E2", "B42318"},
            IndicatorStatus.NOT_MEASURED, new String[] {"F3F4F6", "4B5563"});
    static final String HEADER_FILL = "1F2937";
    static final String INPUT_FILL = "FFF8DB";
    static final String INPUT_FONT = "1D4ED8";
    static final String BORDER = "C8CDD4";

    private final Workbook wb;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle header;
    final CellStyle section;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle plain;
    final CellStyle muted;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle score;
    final CellStyle inputScore;
    final CellStyle inputWeight;
    final CellStyle helper;
    final CellStyle centred;
    final Map<Stage, CellStyle> stage = new EnumMap<>(Stage.class);
    final Map<Zone, CellStyle> zone = new EnumMap<>(Zone.class);
    final Map<Zone, CellStyle> zoneTitle = new EnumMap<>(Zone.class);
    /** A zone's name on one line, in its colours (the dashboard). */
    final Map<Zone, CellStyle> zoneLine = new EnumMap<>(Zone.class);
    final Map<InitiativeStatus, CellStyle> status = new EnumMap<>(InitiativeStatus.class);
    /** The dashboard's traffic lights, one per indicator status. */
    final Map<IndicatorStatus, CellStyle> light = new EnumMap<>(IndicatorStatus.class);
    /** A warning on the dashboard: bold dark red on light red, wrapped. */
    final CellStyle warning;
    /** An input cell holding text (the currency revenue shares are counted in). */
    final CellStyle inputCurrency;
    /** The action plan's Gantt: a month's short name, a year above it, an empty month cell. */
    final CellStyle monthHeader;
    final CellStyle year;
    final CellStyle gantt;
    /** A hyperlink to another sheet: blue, underlined. */
    final CellStyle link;
    /** A goal's title on the dashboard: bold, on one line. */
    final CellStyle goalLine;
    /** Plain text on one line (the dashboard's rows are one line each, so that the page's height is known). */
    final CellStyle line;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public Styles(Workbook wb, Language language) {
        this.wb = wb;
        XSSFFont regular = font(false, 10, null);
        XSSFFont bold = font(true, 10, null);
        title = style(font(true, 16, "1F2937"), false, null);
        subtitle = style(font(false, 10, "6B7280"), false, null);
        subtitle.setWrapText(false);
        label = style(bold, false, null);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        header = style(font(true, 10, "FFFFFF"), true, HEADER_FILL);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        section = style(font(true, 12, "1F2937"), false, null);
        text = style(regular, true, null);
        text.setWrapText(true);
        textBold = style(bold, true, null);
        textBold.setWrapText(true);
        plain = style(regular, false, null);
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        plain.setWrapText(true);
        muted = style(font(false, 10, "6B7280"), false, null);
        muted.setWrapText(true);
        muted.setVerticalAlignment(VerticalAlignment.TOP);
        short dateFormat = wb.createDataFormat().getFormat(language == Language.RU ? "dd.mm.yyyy" : "[$-809]d mmm yyyy");
        date = style(regular, true, null);
        date.setDataFormat(dateFormat);
        date.setAlignment(HorizontalAlignment.LEFT);
        integer = numeric(regular, "#,##0");
        decimal = numeric(regular, "#,##0.00");
        percent = numeric(regular, "0%");
        score = numeric(bold, "0.00");
        XSSFFont inputFont = font(false, 10, INPUT_FONT);
        inputScore = numeric(inputFont, "0");
        inputScore.setAlignment(HorizontalAlignment.CENTER);
        fill(inputScore, INPUT_FILL);
        inputWeight = numeric(inputFont, "0.00");
        fill(inputWeight, INPUT_FILL);
        helper = numeric(font(false, 8, "9CA3AF"), "0");
        centred = style(regular, true, null);
        centred.setAlignment(HorizontalAlignment.CENTER);
        XSSFFont white = font(true, 10, "FFFFFF");
        for (Stage s : Stage.values()) {
            CellStyle st = style(white, true, STAGE_COLOURS.get(s));
            st.setWrapText(true);
            stage.put(s, st);
        }
        for (Zone z : Zone.values()) {
            String[] c = ZONE_COLOURS.get(z);
            CellStyle cell = style(font(false, 10, "1F2937"), true, c[0]);
            cell.setWrapText(true);
            zone.put(z, cell);
            CellStyle t = style(font(true, 11, c[1]), true, c[0]);
            t.setWrapText(true);
            zoneTitle.put(z, t);
            zoneLine.put(z, style(font(true, 10, c[1]), true, c[0]));
        }
        XSSFFont linkFont = font(false, 10, "1D4ED8");
        linkFont.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
        link = style(linkFont, false, null);
        goalLine = style(bold, false, null);
        monthHeader = style(font(true, 10, "FFFFFF"), true, HEADER_FILL);
        monthHeader.setDataFormat(wb.createDataFormat().getFormat(language == Language.RU ? "[$-419]mmm" : "[$-809]mmm"));
        monthHeader.setAlignment(HorizontalAlignment.CENTER);
        monthHeader.setVerticalAlignment(VerticalAlignment.CENTER);
        year = style(bold, false, null);
        year.setAlignment(HorizontalAlignment.LEFT);
        year.setDataFormat(wb.createDataFormat().getFormat("0"));
        gantt = style(regular, true, null);
        warning = style(font(true, 10, "B42318"), false, "FBE4E2");
        warning.setWrapText(false);
        inputCurrency = style(font(false, 10, INPUT_FONT), true, INPUT_FILL);
        line = style(regular, false, null);
        for (IndicatorStatus s : IndicatorStatus.values()) {
            String[] c = LIGHT_COLOURS.get(s);
            light.put(s, style(font(true, 10, c[1]), true, c[0]));
        }
        for (InitiativeStatus s : InitiativeStatus.values()) {
            CellStyle st = style(regular, true, STATUS_COLOURS.get(s));
            status.put(s, st);
        }
    }

    /** The title, subtitle, table header, wrapped text and muted text styles, for workbooks written outside this package. */
    public CellStyle title() {
        return title;
    }

    public CellStyle subtitle() {
        return subtitle;
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle text() {
        return text;
    }

    public CellStyle muted() {
        return muted;
    }

    /** An input cell's look (blue on light yellow, bordered), to be copied into an unlocked style. */
    public CellStyle input() {
        return inputCurrency;
    }

    /** The same style with the quote prefix: the cell's text is never taken for a formula. */
    public CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base.getIndex(), i -> {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(base);
            q.setQuotePrefixed(true);
            return q;
        });
    }

    /** A colour for styles and fonts: SpreadsheetML wants ARGB there (8 hex digits), opaque. */
    static XSSFColor colour(String hex) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)}, null);
    }

    private XSSFFont font(boolean bold, int points, String colour) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (colour != null) {
            f.setColor(colour(colour));
        }
        return f;
    }

    private CellStyle style(XSSFFont font, boolean border, String fill) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            XSSFColor b = colour(BORDER);
            s.setTopBorderColor(b);
            s.setBottomBorderColor(b);
            s.setLeftBorderColor(b);
            s.setRightBorderColor(b);
        }
        if (fill != null) {
            fill(s, fill);
        }
        return s;
    }

    private CellStyle numeric(XSSFFont font, String format) {
        CellStyle s = style(font, true, null);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private static void fill(CellStyle s, String hex) {
        ((XSSFCellStyle) s).setFillForegroundColor(colour(hex));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
