package com.scorecardstudio.domain.map;

import com.scorecardstudio.domain.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatic layout: each lane holds its goals in one row, grouped by focus area in the method's
 * order; inside each area the cards are ordered by the barycentre of the cards they are linked to
 * (a few sweeps down and up the lanes, as in layered graph drawing), which reduces link crossings.
 * The order with the fewest crossings wins, the input order included, so the layout never makes
 * crossings worse. Pinned cards stay exactly where the user put them; the others flow around them,
 * evenly spaced.
 */
public final class MapLayout {
    private static final int SWEEPS = 4;

    /** The result: a box per goal, the x-range of each area's label, the map's size and its lanes' heights. */
    public record Result(Map<Long, CardBox> boxes, List<AreaLabel> areaLabels, double width, double height, int crossings,
                         LaneBands lanes) {
    }

    /** How tall the cards and the area labels are: they grow to show their whole text. */
    public interface Sizing {
        double cardHeight(long goalId);

        /** The height of an area's label wrapped to {@code width}. */
        double areaLabelHeight(Stage stage, String area, double width);

        /** Every card of the usual height, every label on one line: the lanes of {@link Lanes}. */
        Sizing FIXED = new Sizing() {
            @Override
            public double cardHeight(long goalId) {
                return Lanes.CARD_HEIGHT;
            }

            @Override
            public double areaLabelHeight(Stage stage, String area, double width) {
                return 0;
            }
        };
    }

    /** Where an area's name is written in its lane's header row. */
    public record AreaLabel(Stage stage, String area, double x, double width) {
    }

    private MapLayout() {
    }

    public static Result layout(List<MapCard> cards, List<GoalLink> links, Map<Long, CardPosition> pinned) {
        return layout(cards, links, pinned, Sizing.FIXED);
    }

    /**
     * Lays out with cards as tall as their titles need: pinned positions are stored in the terms of
     * {@link Lanes} (see {@link LaneBands#fromStored}); the result's boxes are where the cards are drawn.
     */
    public static Result layout(List<MapCard> cards, List<GoalLink> links, Map<Long, CardPosition> pinned, Sizing sizing) {
        Map<Long, CardBox> pinnedBoxes = new HashMap<>();
        for (MapCard c : cards) {
            CardPosition p = pinned.get(c.goalId());
            if (p != null) {
                pinnedBoxes.put(c.goalId(), new CardBox(c.goalId(), p.x(), p.y(), Lanes.CARD_WIDTH, Lanes.CARD_HEIGHT));
            }
        }
        // the free cards of each area, in input order
        Map<Stage, Map<String, List<Long>>> groups = new LinkedHashMap<>();
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            Map<String, List<Long>> areas = new LinkedHashMap<>();
            s.areas().forEach(a -> areas.put(a, new ArrayList<>()));
            groups.put(s, areas);
        }
        for (MapCard c : cards) {
            if (!pinnedBoxes.containsKey(c.goalId())) {
                groups.get(c.stage()).get(c.area()).add(c.goalId());
            }
        }
        Map<Long, List<Long>> neighbours = new HashMap<>();
        for (GoalLink l : links) {
            neighbours.computeIfAbsent(l.causeGoalId(), k -> new ArrayList<>()).add(l.effectGoalId());
            neighbours.computeIfAbsent(l.effectGoalId(), k -> new ArrayList<>()).add(l.causeGoalId());
        }

        Placed best = place(groups, pinnedBoxes);
        int bestCrossings = crossings(links, best.boxes);
        Placed current = best;
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            List<Stage> order = sweep % 2 == 0 ? Lanes.TOP_TO_BOTTOM : reversed(Lanes.TOP_TO_BOTTOM);
            for (Stage lane : order) {
                Map<Long, CardBox> at = current.boxes;
                for (List<Long> area : groups.get(lane).values()) {
                    Map<Long, Double> key = new HashMap<>();
                    for (Long id : area) {
                        key.put(id, barycentre(id, neighbours, at));
                    }
                    area.sort(Comparator.comparingDouble(key::get)); // stable: unlinked cards keep their place
                }
                current = place(groups, pinnedBoxes);
            }
            int c = crossings(links, current.boxes);
            if (c < bestCrossings) {
                best = current;
                bestCrossings = c;
            }
        }
        return settle(cards, best, pinned, sizing, bestCrossings);
    }

    /** Gives the cards their heights and the lanes theirs, and puts every card at its final y. */
    private static Result settle(List<MapCard> cards, Placed placed, Map<Long, CardPosition> pinned, Sizing sizing, int crossings) {
        Map<Stage, Double> headers = new HashMap<>();
        for (AreaLabel a : placed.labels) {
            double h = sizing.areaLabelHeight(a.stage(), a.area(), a.width());
            if (h > 0) {
                headers.merge(a.stage(), h + 14, Math::max);
            }
        }
        LaneBands header = LaneBands.of(headers, Map.of());
        Map<Stage, Double> contents = new HashMap<>();
        Map<Long, Double> heights = new HashMap<>();
        for (MapCard c : cards) {
            double h = Math.max(Lanes.CARD_HEIGHT, sizing.cardHeight(c.goalId()));
            heights.put(c.goalId(), h);
            Stage s = c.stage();
            CardPosition p = pinned.get(c.goalId());
            // as in Lanes: a free card has the padding and 10 below it, a pinned one may come within 4 of the lane's end
            double below = p != null ? header.fromStored(s, p.y()) - header.top(s) + h + 4
                    : header.header(s) + Lanes.PADDING + h + Lanes.PADDING + 10;
            contents.merge(s, below, Math::max);
        }
        LaneBands bands = LaneBands.of(headers, contents);
        Map<Long, CardBox> boxes = new LinkedHashMap<>();
        Map<Long, Stage> stageOf = new HashMap<>();
        cards.forEach(c -> stageOf.put(c.goalId(), c.stage()));
        placed.boxes.forEach((id, b) -> {
            Stage s = stageOf.get(id);
            CardPosition p = pinned.get(id);
            double y = p != null ? bands.fromStored(s, p.y()) : bands.cardsTop(s);
            boxes.put(id, new CardBox(id, b.x(), y, b.width(), heights.getOrDefault(id, Lanes.CARD_HEIGHT)));
        });
        return new Result(boxes, placed.labels, placed.width, bands.totalHeight(), crossings, bands);
    }

    private record Placed(Map<Long, CardBox> boxes, List<AreaLabel> labels, double width) {
    }

    private static double barycentre(long id, Map<Long, List<Long>> neighbours, Map<Long, CardBox> at) {
        List<Long> ns = neighbours.getOrDefault(id, List.of());
        double sum = 0;
        int n = 0;
        for (Long other : ns) {
            CardBox b = at.get(other);
            if (b != null) {
                sum += b.centerX();
                n++;
            }
        }
        return n == 0 ? at.get(id).centerX() : sum / n;
    }

    /** Puts the free cards left to right in each lane, area by area, skipping over pinned cards. */
    private static Placed place(Map<Stage, Map<String, List<Long>>> groups, Map<Long, CardBox> pinned) {
        Map<Long, CardBox> boxes = new LinkedHashMap<>(pinned);
        List<AreaLabel> labels = new ArrayList<>();
        double width = Lanes.MIN_WIDTH;
        for (var lane : groups.entrySet()) {
            Stage stage = lane.getKey();
            List<CardBox> obstacles = pinned.values().stream()
                    .filter(b -> b.bottom() > Lanes.top(stage) && b.y() < Lanes.bottom(stage)).toList();
            double x = Lanes.GUTTER + Lanes.PADDING;
            double y = Lanes.cardsTop(stage);
            for (var area : lane.getValue().entrySet()) {
                double start = x;
                for (Long id : area.getValue()) {
                    CardBox box = free(new CardBox(id, x, y, Lanes.CARD_WIDTH, Lanes.CARD_HEIGHT), obstacles);
                    boxes.put(id, box);
                    x = box.right() + Lanes.GAP;
                }
                if (!area.getValue().isEmpty()) {
                    labels.add(new AreaLabel(stage, area.getKey(), start, x - Lanes.GAP - start));
                    x += Lanes.AREA_GAP - Lanes.GAP;
                }
            }
            width = Math.max(width, x + Lanes.PADDING);
        }
        for (CardBox b : pinned.values()) {
            width = Math.max(width, b.right() + Lanes.PADDING);
        }
        return new Placed(boxes, labels, width);
    }

    private static CardBox free(CardBox box, List<CardBox> obstacles) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (CardBox o : obstacles) {
                if (box.overlaps(o)) {
                    box = box.at(o.right() + Lanes.GAP, box.y());
                    moved = true;
                }
            }
        }
        return box;
    }

    /** Pairs of links whose straight lines (centre to centre) cross; links sharing a card do not count. */
    public static int crossings(List<GoalLink> links, Map<Long, CardBox> boxes) {
        int n = links.size();
        double[][] seg = new double[n][];
        for (int i = 0; i < n; i++) {
            CardBox a = boxes.get(links.get(i).causeGoalId());
            CardBox b = boxes.get(links.get(i).effectGoalId());
            seg[i] = a == null || b == null ? null : new double[] {a.centerX(), a.centerY(), b.centerX(), b.centerY()};
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (seg[i] == null) {
                continue;
            }
            GoalLink li = links.get(i);
            for (int j = i + 1; j < n; j++) {
                GoalLink lj = links.get(j);
                if (seg[j] == null || li.touches(lj.causeGoalId()) || li.touches(lj.effectGoalId())) {
                    continue;
                }
                if (intersect(seg[i], seg[j])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean intersect(double[] p, double[] q) {
        double d1 = cross(q[0], q[1], q[2], q[3], p[0], p[1]);
        double d2 = cross(q[0], q[1], q[2], q[3], p[2], p[3]);
        double d3 = cross(p[0], p[1], p[2], p[3], q[0], q[1]);
        double d4 = cross(p[0], p[1], p[2], p[3], q[2], q[3]);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double cross(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }
}
