package com.scorecardstudio.ooxml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;

/**
 * Reads back where a connector is drawn, as an office suite would: the preset's path from the
 * specification's shape definitions (or the custom path), in its box, flipped and turned into place.
 * Written apart from {@link RouteConnector} so that a test compares the drawing with the route.
 */
public final class ConnectorPaths {
    private ConnectorPaths() {
    }

    /** The connector's path as x, y pairs in EMU on the page. */
    public static double[] path(CTShapeProperties sp) {
        CTTransform2D xfrm = sp.getXfrm();
        double ox = coordinate(xfrm.getOff().getX());
        double oy = coordinate(xfrm.getOff().getY());
        double w = xfrm.getExt().getCx();
        double h = xfrm.getExt().getCy();
        double[] local;
        if (sp.isSetCustGeom()) {
            var path = sp.getCustGeom().getPathLst().getPathArray(0);
            double sx = path.getW() == 0 ? 1 : w / path.getW();
            double sy = path.getH() == 0 ? 1 : h / path.getH();
            var moves = path.getMoveToArray();
            var lines = path.getLnToArray();
            local = new double[2 + 2 * lines.length];
            local[0] = coordinate(moves[0].getPt().getX()) * sx;
            local[1] = coordinate(moves[0].getPt().getY()) * sy;
            for (int i = 0; i < lines.length; i++) {
                local[2 + 2 * i] = coordinate(lines[i].getPt().getX()) * sx;
                local[3 + 2 * i] = coordinate(lines[i].getPt().getY()) * sy;
            }
        } else {
            String prst = sp.getPrstGeom().getPrst().toString();
            Map<String, Double> adj = new HashMap<>(Map.of("adj1", 50_000.0, "adj2", 50_000.0, "adj3", 50_000.0));
            if (sp.getPrstGeom().isSetAvLst()) {
                for (CTGeomGuide gd : sp.getPrstGeom().getAvLst().getGdArray()) {
                    adj.put(gd.getName(), Double.parseDouble(gd.getFmla().replace("val ", "").trim()));
                }
            }
            double x1 = w * adj.get("adj1") / 100_000;
            double y2 = h * adj.get("adj2") / 100_000;
            double x3 = w * adj.get("adj3") / 100_000;
            local = switch (prst) {
                case "straightConnector1", "line" -> new double[] {0, 0, w, h};
                case "bentConnector2" -> new double[] {0, 0, w, 0, w, h};
                case "bentConnector3" -> new double[] {0, 0, x1, 0, x1, h, w, h};
                case "bentConnector4" -> new double[] {0, 0, x1, 0, x1, y2, w, y2, w, h};
                case "bentConnector5" -> new double[] {0, 0, x1, 0, x1, y2, x3, y2, x3, h, w, h};
                default -> throw new AssertionError("not a connector: " + prst);
            };
        }
        double turn = xfrm.isSetRot() ? xfrm.getRot() / 60_000.0 : 0;
        double cos = Math.cos(Math.toRadians(turn));
        double sin = Math.sin(Math.toRadians(turn));
        double cx = ox + w / 2;
        double cy = oy + h / 2;
        double[] out = new double[local.length];
        for (int i = 0; i < local.length; i += 2) {
            double dx = local[i] - w / 2;
            double dy = local[i + 1] - h / 2;
            if (xfrm.getFlipH()) {
                dx = -dx;
            }
            if (xfrm.getFlipV()) {
                dy = -dy;
            }
            out[i] = cx + Math.round(dx * cos - dy * sin);
            out[i + 1] = cy + Math.round(dx * sin + dy * cos);
        }
        return out;
    }

    private static double coordinate(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(o));
    }

    /**
     * What is wrong with a link drawn along {@code path}, in words (empty when nothing): a slanted
     * segment, an end off its card's edge, a segment through another card. Boxes are x, y, width,
     * height in the path's units; {@code tolerance} absorbs rounding to whole EMU or pixels.
     */
    public static List<String> problems(double[] path, double[] cause, double[] effect, Map<String, double[]> others,
                                        double tolerance) {
        List<String> out = new ArrayList<>();
        int n = path.length / 2;
        for (int i = 1; i < n; i++) {
            if (Math.abs(path[2 * i] - path[2 * i - 2]) > tolerance && Math.abs(path[2 * i + 1] - path[2 * i - 1]) > tolerance) {
                out.add("segment " + i + " is slanted");
            }
        }
        boolean forward = onEdge(path[0], path[1], cause, tolerance) && onEdge(path[2 * n - 2], path[2 * n - 1], effect, tolerance);
        boolean backward = onEdge(path[0], path[1], effect, tolerance) && onEdge(path[2 * n - 2], path[2 * n - 1], cause, tolerance);
        if (!forward && !backward) {
            out.add("does not run from edge to edge of its cards: " + java.util.Arrays.toString(path));
        }
        others.forEach((name, b) -> {
            for (int i = 1; i < n; i++) {
                double minX = Math.min(path[2 * i - 2], path[2 * i]);
                double maxX = Math.max(path[2 * i - 2], path[2 * i]);
                double minY = Math.min(path[2 * i - 1], path[2 * i + 1]);
                double maxY = Math.max(path[2 * i - 1], path[2 * i + 1]);
                if (minX < b[0] + b[2] - tolerance && maxX > b[0] + tolerance && minY < b[1] + b[3] - tolerance && maxY > b[1] + tolerance) {
                    out.add("crosses " + name);
                    return;
                }
            }
        });
        return out;
    }

    private static boolean onEdge(double x, double y, double[] b, double t) {
        boolean inX = x >= b[0] - t && x <= b[0] + b[2] + t;
        boolean inY = y >= b[1] - t && y <= b[1] + b[3] + t;
        boolean onVertical = Math.abs(x - b[0]) <= t || Math.abs(x - b[0] - b[2]) <= t;
        boolean onHorizontal = Math.abs(y - b[1]) <= t || Math.abs(y - b[1] - b[3]) <= t;
        return inX && inY && (onVertical || onHorizontal);
    }
}
