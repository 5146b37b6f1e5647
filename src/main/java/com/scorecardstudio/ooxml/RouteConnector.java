package com.scorecardstudio.ooxml;

import com.scorecardstudio.domain.map.Route;
import java.util.Locale;
import org.openxmlformats.schemas.drawingml.x2006.main.CTCustomGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuideList;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualConnectorProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPath2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;

/**
 * A link's route (an orthogonal polyline from the cause card to the effect card) as a DrawingML
 * connector that runs along it and stays glued to both cards: the preset elbow connector with as many
 * segments as the route ({@code bentConnector2}–{@code 5}), turned and flipped so that it leaves the
 * way the route does, its adjust values bending it where the route bends. Excel and PowerPoint draw it
 * as stored and re-route it only when a card is moved, so the client sees the app's routes and can
 * still drag a card with its arrows. A route with more bends than the presets have is drawn as its own
 * path (still glued).
 *
 * <p>The presets' paths (ECMA-376 part 1, presetShapeDefinitions): in a box {@code w × h}, each starts
 * at the top-left corner heading right and ends at the bottom-right corner; {@code flipH} mirrors the
 * box, then {@code rot} turns it clockwise about its centre.
 */
public record RouteConnector(Kind kind, int segments, double x, double y, double width, double height, int quarterTurns,
                             boolean flipH, boolean flipV, long[] adjust, boolean reversed, int causeSite, int effectSite,
                             double[] path) {
    /** Connection sites of a rectangle and a rounded rectangle (in the presets' order). */
    public static final int TOP = 0;
    public static final int LEFT = 1;
    public static final int BOTTOM = 2;
    public static final int RIGHT = 3;

    public enum Kind { STRAIGHT, BENT, PATH }

    /**
     * The connector for a route given as x, y pairs (drawing units), its start on the cause card.
     *
     * @param minExtent the least box side that an adjust value is measured against (a U-shaped route
     *                  between ends at one height has none): the end moves by less than this
     */
    public static RouteConnector of(double[] points, double minExtent) {
        double[] p = simplify(points);
        int n = p.length / 2 - 1;
        int causeSite = leaving(p[2] - p[0], p[3] - p[1]);
        int effectSite = arriving(p[2 * n] - p[2 * n - 2], p[2 * n + 1] - p[2 * n - 1]);
        if (n == 1) {
            double w = Math.abs(p[2] - p[0]);
            double h = Math.abs(p[3] - p[1]);
            return new RouteConnector(Kind.STRAIGHT, 1, Math.min(p[0], p[2]), Math.min(p[1], p[3]), w, h, 0, p[2] < p[0],
                    p[3] < p[1], new long[0], false, causeSite, effectSite, p);
        }
        if (n <= 5) {
            // either way round; rather the one whose box needs no widening (its end then lies exactly on the route's)
            RouteConnector forward = bent(p, n, false, causeSite, effectSite, minExtent);
            RouteConnector backward = bent(reverse(p), n, true, causeSite, effectSite, minExtent);
            if (forward != null && (backward == null || !widened(forward, n, minExtent) || widened(backward, n, minExtent))) {
                return forward;
            }
            if (backward != null) {
                return backward;
            }
        }
        return path(p, n, causeSite, effectSite, minExtent);
    }

    /**
     * The route as a path of its own in its bounding box, not a preset: drawn exactly as stored by every
     * office suite (LibreOffice 7.4 re-draws connectors its own way), for a drawing that is read and
     * printed rather than edited.
     */
    public static RouteConnector path(double[] points, double minExtent) {
        double[] p = simplify(points);
        int n = p.length / 2 - 1;
        return path(p, n, leaving(p[2] - p[0], p[3] - p[1]), arriving(p[2 * n] - p[2 * n - 2], p[2 * n + 1] - p[2 * n - 1]),
                minExtent);
    }

    private static RouteConnector path(double[] p, int n, int causeSite, int effectSite, double minExtent) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < p.length; i += 2) {
            minX = Math.min(minX, p[i]);
            maxX = Math.max(maxX, p[i]);
            minY = Math.min(minY, p[i + 1]);
            maxY = Math.max(maxY, p[i + 1]);
        }
        return new RouteConnector(Kind.PATH, n, minX, minY, Math.max(minExtent, maxX - minX), Math.max(minExtent, maxY - minY), 0,
                false, false, new long[0], false, causeSite, effectSite, p);
    }

    /** The preset elbow for a path of {@code n} segments, or null when it cannot start this way round. */
    private static RouteConnector bent(double[] p, int n, boolean reversed, int causeSite, int effectSite, double minExtent) {
        double ux = Math.signum(p[2] - p[0]);
        double uy = Math.signum(p[3] - p[1]);
        for (int turns = 0; turns < 4; turns++) {
            for (boolean flip : new boolean[] {false, true}) {
                int[] m = matrix(turns, flip);
                if (m[0] != ux || m[2] != uy) {
                    continue; // the preset's first segment (local +x) must run the way the route leaves
                }
                double[] local = new double[p.length];
                for (int i = 0; i < p.length; i += 2) {
                    double dx = p[i] - p[0];
                    double dy = p[i + 1] - p[1];
                    local[i] = m[0] * dx + m[2] * dy; // the transpose inverts a turn-and-flip
                    local[i + 1] = m[1] * dx + m[3] * dy;
                }
                double w = local[2 * n];
                double h = local[2 * n + 1];
                if (w < -1e-6 || h < -1e-6) {
                    continue;
                }
                double aw = Math.max(minExtent, w);
                double ah = Math.max(minExtent, h);
                long[] adj = switch (n) {
                    case 2 -> new long[0];
                    case 3 -> new long[] {share(local[2], aw)};
                    case 4 -> new long[] {share(local[2], aw), share(local[5], ah)};
                    default -> new long[] {share(local[2], aw), share(local[5], ah), share(local[6], aw)};
                };
                if (n == 2) {
                    aw = Math.max(0, w);
                    ah = Math.max(0, h);
                }
                // the box's centre is the middle of the local box, turned into place about the start
                double cx = p[0] + (m[0] * aw + m[1] * ah) / 2;
                double cy = p[1] + (m[2] * aw + m[3] * ah) / 2;
                return new RouteConnector(Kind.BENT, n, cx - aw / 2, cy - ah / 2, aw, ah, turns, flip, false, adj, reversed,
                        causeSite, effectSite, p);
            }
        }
        return null;
    }

    /** True when the box had to be widened to {@code minExtent} to carry an adjust value. */
    private static boolean widened(RouteConnector c, int n, double minExtent) {
        return n >= 3 && c.width <= minExtent || n >= 4 && c.height <= minExtent;
    }

    /**
     * The linear part of "flip, then turn clockwise a quarter {@code turns} times" (y down), as
     * {a, b, c, d} for x' = a·x + b·y, y' = c·x + d·y.
     */
    static int[] matrix(int turns, boolean flipH) {
        int a = flipH ? -1 : 1;
        int b = 0;
        int c = 0;
        int d = 1;
        for (int t = 0; t < turns; t++) { // (x, y) → (−y, x)
            int na = -c;
            int nb = -d;
            int nc = a;
            int nd = b;
            a = na;
            b = nb;
            c = nc;
            d = nd;
        }
        return new int[] {a, b, c, d};
    }

    private static long share(double v, double of) {
        return Math.round(v / of * 100_000);
    }

    /** Without repeated points and with runs in one direction joined: one entry per segment. */
    static double[] simplify(double[] points) {
        double[] p = Route.simplify(points);
        if (p.length < 4) {
            throw new IllegalArgumentException("a route needs two distinct points");
        }
        return p;
    }

    private static double[] reverse(double[] p) {
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i += 2) {
            r[p.length - 2 - i] = p[i];
            r[p.length - 1 - i] = p[i + 1];
        }
        return r;
    }

    /** The site a route leaves its card by, from its first step. */
    private static int leaving(double dx, double dy) {
        if (Math.abs(dy) >= Math.abs(dx)) {
            return dy < 0 ? TOP : BOTTOM;
        }
        return dx < 0 ? LEFT : RIGHT;
    }

    /** The site a route enters its card by, from its last step. */
    private static int arriving(double dx, double dy) {
        if (Math.abs(dy) >= Math.abs(dx)) {
            return dy > 0 ? TOP : BOTTOM;
        }
        return dx > 0 ? LEFT : RIGHT;
    }

    /** The box the connector covers on the page, turned: what a spreadsheet anchor of a turned shape spans. */
    public double[] bounds() {
        if (quarterTurns % 2 == 0) {
            return new double[] {x, y, width, height};
        }
        double cx = x + width / 2;
        double cy = y + height / 2;
        return new double[] {cx - height / 2, cy - width / 2, height, width};
    }

    /** True when the connector runs effect → cause, so its arrowhead belongs at its start ({@code headEnd}). */
    public boolean arrowAtStart() {
        return reversed;
    }

    /** Writes position, turn, flips and geometry into a connector's shape properties. */
    public void applyTo(CTShapeProperties sp, double emuPerUnit) {
        CTTransform2D xfrm = sp.isSetXfrm() ? sp.getXfrm() : sp.addNewXfrm();
        var off = xfrm.isSetOff() ? xfrm.getOff() : xfrm.addNewOff();
        off.setX(Math.round(x * emuPerUnit));
        off.setY(Math.round(y * emuPerUnit));
        var ext = xfrm.isSetExt() ? xfrm.getExt() : xfrm.addNewExt();
        ext.setCx(Math.round(width * emuPerUnit));
        ext.setCy(Math.round(height * emuPerUnit));
        if (quarterTurns != 0) {
            xfrm.setRot(quarterTurns * 5_400_000);
        } else if (xfrm.isSetRot()) {
            xfrm.unsetRot();
        }
        setFlip(xfrm, flipH, flipV);
        if (sp.isSetCustGeom()) {
            sp.unsetCustGeom();
        }
        if (sp.isSetPrstGeom()) {
            sp.unsetPrstGeom();
        }
        if (kind == Kind.PATH) {
            CTCustomGeometry2D g = sp.addNewCustGeom();
            g.addNewAvLst();
            g.addNewGdLst();
            g.addNewAhLst();
            g.addNewCxnLst();
            g.addNewRect().setL("l");
            g.getRect().setT("t");
            g.getRect().setR("r");
            g.getRect().setB("b");
            CTPath2D path = g.addNewPathLst().addNewPath();
            path.setW(Math.round(width * emuPerUnit));
            path.setH(Math.round(height * emuPerUnit));
            path.setFill(org.openxmlformats.schemas.drawingml.x2006.main.STPathFillMode.NONE);
            for (int i = 0; i < this.path.length; i += 2) {
                var pt = i == 0 ? path.addNewMoveTo().addNewPt() : path.addNewLnTo().addNewPt();
                pt.setX(Math.round((this.path[i] - x) * emuPerUnit));
                pt.setY(Math.round((this.path[i + 1] - y) * emuPerUnit));
            }
            return;
        }
        CTPresetGeometry2D g = sp.addNewPrstGeom();
        g.setPrst(kind == Kind.STRAIGHT ? STShapeType.STRAIGHT_CONNECTOR_1 : switch (segments) {
            case 2 -> STShapeType.BENT_CONNECTOR_2;
            case 3 -> STShapeType.BENT_CONNECTOR_3;
            case 4 -> STShapeType.BENT_CONNECTOR_4;
            default -> STShapeType.BENT_CONNECTOR_5;
        });
        CTGeomGuideList av = g.addNewAvLst();
        for (int i = 0; i < adjust.length; i++) {
            CTGeomGuide gd = av.addNewGd();
            gd.setName("adj" + (i + 1));
            gd.setFmla(String.format(Locale.ROOT, "val %d", adjust[i]));
        }
    }

    private static void setFlip(CTTransform2D xfrm, boolean h, boolean v) {
        if (h) {
            xfrm.setFlipH(true);
        } else if (xfrm.isSetFlipH()) {
            xfrm.unsetFlipH();
        }
        if (v) {
            xfrm.setFlipV(true);
        } else if (xfrm.isSetFlipV()) {
            xfrm.unsetFlipV();
        }
    }

    /** Glues the connector's start and end to the cards' sites (the start is the effect when reversed). */
    public void glue(CTNonVisualConnectorProperties nv, long causeShapeId, long effectShapeId) {
        var st = nv.isSetStCxn() ? nv.getStCxn() : nv.addNewStCxn();
        var en = nv.isSetEndCxn() ? nv.getEndCxn() : nv.addNewEndCxn();
        st.setId(reversed ? effectShapeId : causeShapeId);
        st.setIdx(reversed ? effectSite : causeSite);
        en.setId(reversed ? causeShapeId : effectShapeId);
        en.setIdx(reversed ? causeSite : effectSite);
    }
}
