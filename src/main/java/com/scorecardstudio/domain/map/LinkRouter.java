package com.scorecardstudio.domain.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes the links' arrows around the cards: orthogonal polylines that keep {@link #MARGIN} away
 * from every card other than their ends, so that no line crosses a card (a goal with no link never
 * looks linked) and no arrow hides under another card or a link handle.
 *
 * <p>How: each link leaves its cause and enters its effect through a port on the side facing the
 * other card (top or bottom between lanes, left or right within a row); the ports of a side are
 * spread along it in the order of the cards at their other ends, and a right-hand port keeps clear of
 * the link handle in the middle of that side. A route then is a shortest path with few bends on the
 * grid made of the cards' edges (at the margin), the ports and a few tracks in the free channels
 * between them (weighted A* over grid points and the direction of travel). Paths through a card cost as
 * much as a detour of 100 000 units, so a route crosses a card only when the cards leave no way
 * round (cards placed by hand over one another); an area label costs a little more to run along,
 * and the first links routed along a grid edge make it dearer for the next, which spreads parallel
 * links over the free tracks.
 */
public final class LinkRouter {
    /** How far a route keeps from a card: also the length of the stub out of a port. */
    public static final double MARGIN = 10;
    /** Half the height of the band around a card's right-hand middle (its link handle) that no port uses. */
    public static final double HANDLE_CLEAR = 16;
    private static final double BEND = 24;
    private static final double SOFT = 6;
    private static final double BLOCKED = 100_000;
    private static final double TRACK = 12;
    /**
     * The search is greedy towards the goal (weighted A*): on a map of 200 cards the exact search
     * visits most of the grid for every link (2.6 s for 400 links), this one a few hundred points
     * (about 50 ms), with routes a little longer but with fewer bends.
     */
    private static final double HEURISTIC_WEIGHT = 2;
    /** What each link already along an edge adds per unit, up to {@link #CONGESTION_CAP} links. */
    private static final double CONGESTION = 0.25;
    private static final int CONGESTION_CAP = 2;

    enum Side { TOP, BOTTOM, LEFT, RIGHT }

    private LinkRouter() {
    }

    /**
     * Routes for the links, in their order (null for a link whose cards are not among the boxes).
     *
     * @param avoid areas a route should rather not run along (the area labels); they may be crossed
     */
    public static List<Route> route(Map<Long, CardBox> boxes, List<GoalLink> links, List<CardBox> avoid) {
        int n = links.size();
        List<Route> routes = new ArrayList<>(java.util.Collections.nCopies(n, (Route) null));
        if (n == 0 || boxes.isEmpty()) {
            return routes;
        }
        // 1. sides and ports
        Side[] from = new Side[n];
        Side[] to = new Side[n];
        double[][] port = new double[2 * n][]; // [2i] cause's port, [2i+1] effect's: x, y on the edge
        Map<String, List<int[]>> bySide = new HashMap<>(); // goal/side -> (end index, ...)
        for (int i = 0; i < n; i++) {
            GoalLink l = links.get(i);
            CardBox a = boxes.get(l.causeGoalId());
            CardBox b = boxes.get(l.effectGoalId());
            if (a == null || b == null || a == b) {
                continue;
            }
            Side[] s = sides(a, b);
            from[i] = s[0];
            to[i] = s[1];
            bySide.computeIfAbsent(a.goalId() + "/" + s[0], k -> new ArrayList<>()).add(new int[] {2 * i});
            bySide.computeIfAbsent(b.goalId() + "/" + s[1], k -> new ArrayList<>()).add(new int[] {2 * i + 1});
        }
        for (List<int[]> ends : bySide.values()) {
            int first = ends.get(0)[0];
            GoalLink l0 = links.get(first / 2);
            CardBox own = boxes.get(first % 2 == 0 ? l0.causeGoalId() : l0.effectGoalId());
            Side side = first % 2 == 0 ? from[first / 2] : to[first / 2];
            boolean horizontalSide = side == Side.TOP || side == Side.BOTTOM;
            ends.sort(Comparator.comparingDouble(e -> {
                GoalLink l = links.get(e[0] / 2);
                CardBox other = boxes.get(e[0] % 2 == 0 ? l.effectGoalId() : l.causeGoalId());
                return horizontalSide ? other.centerX() : other.centerY();
            }));
            int count = ends.size();
            for (int k = 0; k < count; k++) {
                double t = (k + 0.5) / count;
                double[] p;
                switch (side) {
                    case TOP -> p = new double[] {own.x() + own.width() * (0.15 + 0.7 * t), own.y()};
                    case BOTTOM -> p = new double[] {own.x() + own.width() * (0.15 + 0.7 * t), own.bottom()};
                    case LEFT -> p = new double[] {own.x(), own.y() + own.height() * (0.2 + 0.6 * t)};
                    default -> {
                        double upperTop = own.y() + 10;
                        double upperEnd = own.centerY() - HANDLE_CLEAR;
                        double lowerTop = own.centerY() + HANDLE_CLEAR;
                        double lowerEnd = own.bottom() - 10;
                        double y = t < 0.5 ? upperTop + (upperEnd - upperTop) * (t * 2) : lowerTop + (lowerEnd - lowerTop) * ((t - 0.5) * 2);
                        p = new double[] {own.right(), y};
                    }
                }
                port[ends.get(k)[0]] = p;
            }
        }
        // 2. the grid
        Grid grid = new Grid(boxes.values(), port, from, to, avoid);
        // 3. the routes, the shortest first: the long ones go round them
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> port[2 * i] == null ? 0
                : Math.abs(port[2 * i][0] - port[2 * i + 1][0]) + Math.abs(port[2 * i][1] - port[2 * i + 1][1])));
        for (int i : order) {
            if (from[i] == null) {
                continue;
            }
            GoalLink l = links.get(i);
            double[] pts = grid.route(port[2 * i], from[i], port[2 * i + 1], to[i]);
            routes.set(i, new Route(l.causeGoalId(), l.effectGoalId(), pts));
        }
        return routes;
    }

    /**
     * Routes for cards drawn at another scale (a workbook page, a slide): the routing runs in map units,
     * on the drawn boxes divided by the scales, so that its margins and tracks keep the app's proportions
     * however small the drawing, and the routes come back at the drawing's scale. Axis-parallel
     * scaling keeps a route orthogonal and off every card it kept off.
     */
    public static List<Route> route(Map<Long, CardBox> drawn, List<GoalLink> links, List<CardBox> avoid, double scaleX,
                                    double scaleY) {
        if (!(scaleX > 0) || !(scaleY > 0)) {
            throw new IllegalArgumentException("scales must be positive");
        }
        Map<Long, CardBox> boxes = new HashMap<>();
        drawn.forEach((id, b) -> boxes.put(id, unscale(b, scaleX, scaleY)));
        List<CardBox> away = avoid.stream().map(b -> unscale(b, scaleX, scaleY)).toList();
        List<Route> routes = new ArrayList<>();
        for (Route r : route(boxes, links, away)) {
            if (r == null) {
                routes.add(null);
                continue;
            }
            double[] pts = r.points();
            for (int i = 0; i < pts.length; i += 2) {
                pts[i] *= scaleX;
                pts[i + 1] *= scaleY;
            }
            routes.add(new Route(r.causeGoalId(), r.effectGoalId(), pts));
        }
        return routes;
    }

    private static CardBox unscale(CardBox b, double sx, double sy) {
        return new CardBox(b.goalId(), b.x() / sx, b.y() / sy, b.width() / sx, b.height() / sy);
    }

    /**
     * A quick route while a card is being dragged: out of the facing sides with two bends, not yet
     * round the other cards (the real route is made when the card is dropped).
     */
    public static Route elbow(CardBox a, CardBox b) {
        Side[] s = sides(a, b);
        double[] pa = middle(a, s[0]);
        double[] pb = middle(b, s[1]);
        double[] pts;
        if (vertical(s[0])) {
            double y = (pa[1] + pb[1]) / 2;
            pts = new double[] {pa[0], pa[1], pa[0], y, pb[0], y, pb[0], pb[1]};
        } else {
            double x = (pa[0] + pb[0]) / 2;
            pts = new double[] {pa[0], pa[1], x, pa[1], x, pb[1], pb[0], pb[1]};
        }
        return new Route(a.goalId(), b.goalId(), pts);
    }

    private static double[] middle(CardBox b, Side s) {
        return switch (s) {
            case TOP -> new double[] {b.centerX(), b.y()};
            case BOTTOM -> new double[] {b.centerX(), b.bottom()};
            case LEFT -> new double[] {b.x(), b.centerY()};
            case RIGHT -> new double[] {b.right(), b.y() + Math.min(b.height() / 4, b.height() / 2 - HANDLE_CLEAR)};
        };
    }

    /** The sides a link leaves its cause and enters its effect by. */
    static Side[] sides(CardBox a, CardBox b) {
        if (b.bottom() + 2 * MARGIN <= a.y()) {
            return new Side[] {Side.TOP, Side.BOTTOM};
        }
        if (a.bottom() + 2 * MARGIN <= b.y()) {
            return new Side[] {Side.BOTTOM, Side.TOP};
        }
        if (b.x() >= a.right() + 2 * MARGIN) {
            return new Side[] {Side.RIGHT, Side.LEFT};
        }
        if (b.right() + 2 * MARGIN <= a.x()) {
            return new Side[] {Side.LEFT, Side.RIGHT};
        }
        return a.centerY() >= b.centerY() ? new Side[] {Side.TOP, Side.BOTTOM} : new Side[] {Side.BOTTOM, Side.TOP};
    }

    private static double[] outward(Side s) {
        return switch (s) {
            case TOP -> new double[] {0, -1};
            case BOTTOM -> new double[] {0, 1};
            case LEFT -> new double[] {-1, 0};
            case RIGHT -> new double[] {1, 0};
        };
    }

    private static boolean vertical(Side s) {
        return s == Side.TOP || s == Side.BOTTOM;
    }

    /** The routing grid: its lines, the cost of each edge, the links already routed along them. */
    private static final class Grid {
        final double[] xs;
        final double[] ys;
        final int nx;
        final int ny;
        /** Per-unit cost factor of the edge to the right of / below each point; BLOCKED added when inside a card. */
        final double[] hCost;
        final double[] vCost;
        final int[] hUse;
        final int[] vUse;
        // A* state: point * 2 + direction (0 horizontal, 1 vertical)
        final double[] g;
        final int[] parent;
        final int[] seen;
        int run;
        final Heap open;

        Grid(java.util.Collection<CardBox> cards, double[][] port, Side[] from, Side[] to, List<CardBox> avoid) {
            Coords cx = new Coords();
            Coords cy = new Coords();
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (CardBox b : cards) {
                cx.add(b.x() - MARGIN);
                cx.add(b.right() + MARGIN);
                cy.add(b.y() - MARGIN);
                cy.add(b.bottom() + MARGIN);
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.right());
                maxY = Math.max(maxY, b.bottom());
            }
            for (int e = 0; e < port.length; e++) {
                if (port[e] != null) {
                    Side s = e % 2 == 0 ? from[e / 2] : to[e / 2];
                    double[] o = outward(s);
                    cx.add(port[e][0] + o[0] * MARGIN);
                    cy.add(port[e][1] + o[1] * MARGIN);
                }
            }
            cx.add(minX - 3 * MARGIN);
            cx.add(maxX + 3 * MARGIN);
            cy.add(minY - 3 * MARGIN);
            cy.add(maxY + 3 * MARGIN);
            xs = cx.tracks();
            ys = cy.tracks();
            nx = xs.length;
            ny = ys.length;
            int points = nx * ny;
            hCost = new double[points];
            vCost = new double[points];
            Arrays.fill(hCost, 1);
            Arrays.fill(vCost, 1);
            hUse = new int[points];
            vUse = new int[points];
            for (CardBox b : avoid) {
                mark(b.x(), b.right(), b.y(), b.bottom(), SOFT, true);
            }
            for (CardBox b : cards) {
                mark(b.x() - MARGIN, b.right() + MARGIN, b.y() - MARGIN, b.bottom() + MARGIN, BLOCKED, false);
            }
            g = new double[points * 2];
            parent = new int[points * 2];
            seen = new int[points * 2];
            open = new Heap(1024);
        }

        /** Adds {@code cost} to the edges inside a rectangle (whose edges are grid lines, unless {@code midpoints}). */
        private void mark(double l, double r, double t, double b, double cost, boolean midpoints) {
            int i0 = ceil(xs, l);
            int i1 = floor(xs, r);
            int j0 = ceil(ys, t);
            int j1 = floor(ys, b);
            for (int j = j0; j <= j1; j++) {
                boolean rowInside = ys[j] > t && ys[j] < b;
                for (int i = Math.max(0, i0 - 1); i <= Math.min(nx - 2, i1); i++) {
                    double mid = (xs[i] + xs[i + 1]) / 2;
                    if (rowInside && mid > l && mid < r && (midpoints || (xs[i] >= l - 0.01 && xs[i + 1] <= r + 0.01))) {
                        hCost[j * nx + i] += cost;
                    }
                }
            }
            for (int i = i0; i <= i1; i++) {
                boolean colInside = xs[i] > l && xs[i] < r;
                for (int j = Math.max(0, j0 - 1); j <= Math.min(ny - 2, j1); j++) {
                    double mid = (ys[j] + ys[j + 1]) / 2;
                    if (colInside && mid > t && mid < b && (midpoints || (ys[j] >= t - 0.01 && ys[j + 1] <= b + 0.01))) {
                        vCost[j * nx + i] += cost;
                    }
                }
            }
        }

        double[] route(double[] pa, Side sa, double[] pb, Side sb) {
            double[] oa = outward(sa);
            double[] ob = outward(sb);
            int si = nearest(xs, pa[0] + oa[0] * MARGIN);
            int sj = nearest(ys, pa[1] + oa[1] * MARGIN);
            int ti = nearest(xs, pb[0] + ob[0] * MARGIN);
            int tj = nearest(ys, pb[1] + ob[1] * MARGIN);
            int startDir = vertical(sa) ? 1 : 0;
            int goalDir = vertical(sb) ? 1 : 0;
            int start = (sj * nx + si) * 2 + startDir;
            int goalPoint = tj * nx + ti;
            int goal = goalPoint * 2 + goalDir;
            run++;
            open.clear();
            g[start] = 0;
            parent[start] = -1;
            seen[start] = run;
            open.push(heuristic(si, sj, ti, tj), start);
            boolean found = false;
            while (open.size > 0) {
                double f = open.topKey();
                int s = open.pop();
                int p = s >> 1;
                int dir = s & 1;
                int i = p % nx;
                int j = p / nx;
                double gs = g[s];
                if (f > gs + heuristic(i, j, ti, tj) + 1e-9) {
                    continue; // a stale entry
                }
                if (s == goal) {
                    found = true;
                    break;
                }
                if (p == goalPoint) {
                    relax(s, goal, gs + BEND, ti, tj, ti, tj);
                }
                if (i + 1 < nx) {
                    int e = j * nx + i;
                    relax(s, (p + 1) * 2, gs + (xs[i + 1] - xs[i]) * (hCost[e] + CONGESTION * Math.min(CONGESTION_CAP, hUse[e])) + (dir == 1 ? BEND : 0), i + 1, j, ti, tj);
                }
                if (i > 0) {
                    int e = j * nx + i - 1;
                    relax(s, (p - 1) * 2, gs + (xs[i] - xs[i - 1]) * (hCost[e] + CONGESTION * Math.min(CONGESTION_CAP, hUse[e])) + (dir == 1 ? BEND : 0), i - 1, j, ti, tj);
                }
                if (j + 1 < ny) {
                    int e = j * nx + i;
                    relax(s, (p + nx) * 2 + 1, gs + (ys[j + 1] - ys[j]) * (vCost[e] + CONGESTION * Math.min(CONGESTION_CAP, vUse[e])) + (dir == 0 ? BEND : 0), i, j + 1, ti, tj);
                }
                if (j > 0) {
                    int e = (j - 1) * nx + i;
                    relax(s, (p - nx) * 2 + 1, gs + (ys[j] - ys[j - 1]) * (vCost[e] + CONGESTION * Math.min(CONGESTION_CAP, vUse[e])) + (dir == 0 ? BEND : 0), i, j - 1, ti, tj);
                }
            }
            List<double[]> pts = new ArrayList<>();
            pts.add(new double[] {pb[0], pb[1]});
            if (found) {
                int prevPoint = -1;
                for (int s = goal; s != -1; s = parent[s]) {
                    int p = s >> 1;
                    if (p != prevPoint) {
                        pts.add(new double[] {xs[p % nx], ys[p / nx]});
                        if (prevPoint != -1) {
                            use(prevPoint, p);
                        }
                    }
                    prevPoint = p;
                }
            } else { // cannot happen on a connected grid; an elbow all the same
                pts.add(new double[] {pb[0] + ob[0] * MARGIN, pa[1] + oa[1] * MARGIN});
            }
            pts.add(new double[] {pa[0], pa[1]});
            java.util.Collections.reverse(pts);
            return simplify(pts);
        }

        private void use(int a, int b) {
            int lo = Math.min(a, b);
            if (Math.abs(a - b) == 1) {
                hUse[lo]++;
            } else {
                vUse[lo]++;
            }
        }

        private void relax(int from, int to, double cost, int i, int j, int ti, int tj) {
            if (seen[to] != run || cost < g[to] - 1e-9) {
                seen[to] = run;
                g[to] = cost;
                parent[to] = from;
                open.push(cost + heuristic(i, j, ti, tj), to);
            }
        }

        /** Manhattan distance, weighted: a route a little longer than the shortest, found in far fewer steps. */
        private double heuristic(int i, int j, int ti, int tj) {
            return HEURISTIC_WEIGHT * (Math.abs(xs[i] - xs[ti]) + Math.abs(ys[j] - ys[tj]));
        }
    }

    private static double[] simplify(List<double[]> pts) {
        double[] flat = new double[pts.size() * 2];
        for (int k = 0; k < pts.size(); k++) {
            flat[2 * k] = pts.get(k)[0];
            flat[2 * k + 1] = pts.get(k)[1];
        }
        double[] out = Route.simplify(flat);
        return out.length >= 4 ? out : new double[] {out[0], out[1], out[0], out[1]};
    }

    /** A set of grid coordinates; {@link #tracks} adds a few tracks in wide free channels. */
    private static final class Coords {
        private double[] v = new double[64];
        private int size;

        void add(double d) {
            if (size == v.length) {
                v = Arrays.copyOf(v, size * 2);
            }
            v[size++] = d;
        }

        double[] tracks() {
            double[] s = Arrays.copyOf(v, size);
            Arrays.sort(s);
            double[] out = new double[size * 4 + 4];
            int n = 0;
            for (double d : s) {
                if (n > 0 && d - out[n - 1] < 0.01) {
                    continue;
                }
                if (n > 0) {
                    double gap = d - out[n - 1];
                    int extra = (int) Math.min(3, Math.floor(gap / TRACK) - 1);
                    double last = out[n - 1];
                    for (int k = 1; k <= extra; k++) {
                        out[n++] = last + gap * k / (extra + 1);
                    }
                }
                out[n++] = d;
            }
            return Arrays.copyOf(out, n);
        }
    }

    private static int nearest(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i >= 0) {
            return i;
        }
        int ins = -i - 1;
        if (ins == 0) {
            return 0;
        }
        if (ins == a.length) {
            return a.length - 1;
        }
        return v - a[ins - 1] <= a[ins] - v ? ins - 1 : ins;
    }

    /** The first index whose value is at or above v (with a little slack). */
    private static int ceil(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v - 0.01) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(lo, a.length - 1);
    }

    /** The last index whose value is at or below v (with a little slack). */
    private static int floor(double[] a, double v) {
        int lo = -1;
        int hi = a.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (a[mid] > v + 0.01) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return Math.max(lo, 0);
    }

    /** A binary min-heap of (key, state), with stale entries skipped by the caller. */
    private static final class Heap {
        double[] keys;
        int[] vals;
        int size;

        Heap(int capacity) {
            keys = new double[capacity];
            vals = new int[capacity];
        }

        void clear() {
            size = 0;
        }

        void push(double k, int v) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                vals = Arrays.copyOf(vals, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (keys[p] <= k) {
                    break;
                }
                keys[i] = keys[p];
                vals[i] = vals[p];
                i = p;
            }
            keys[i] = k;
            vals[i] = v;
        }

        double topKey() {
            return keys[0];
        }

        int pop() {
            int top = vals[0];
            size--;
            if (size > 0) {
                double k = keys[size];
                int v = vals[size];
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= size) {
                        break;
                    }
                    if (c + 1 < size && keys[c + 1] < keys[c]) {
                        c++;
                    }
                    if (keys[c] >= k) {
                        break;
                    }
                    keys[i] = keys[c];
                    vals[i] = vals[c];
                    i = c;
                }
                keys[i] = k;
                vals[i] = v;
            }
            return top;
        }
    }
}
