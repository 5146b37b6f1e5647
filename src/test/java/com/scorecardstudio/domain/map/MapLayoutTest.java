package com.scorecardstudio.domain.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MapLayoutTest {

    /** A random map: goals spread over the lanes and areas, links mostly upwards, some pinned cards. */
    record Generated(List<MapCard> cards, List<GoalLink> links, Map<Long, CardPosition> pinned) {
    }

    static Generated generate(long seed, int goals, int links, int pinnedCount) {
        Random r = new Random(seed);
        List<MapCard> cards = new ArrayList<>();
        for (long id = 1; id <= goals; id++) {
            Stage s = Stage.values()[r.nextInt(4)];
            cards.add(new MapCard(id, s, s.areas().get(r.nextInt(s.areas().size()))));
        }
        Set<String> seen = new HashSet<>();
        List<GoalLink> ls = new ArrayList<>();
        while (ls.size() < links && goals > 1) {
            long a = 1 + r.nextInt(goals);
            long b = 1 + r.nextInt(goals);
            if (a != b && seen.add(a + ">" + b)) {
                ls.add(new GoalLink((long) ls.size() + 1, a, b, "", LinkStrength.MEDIUM));
            }
        }
        Map<Long, CardPosition> pinned = new HashMap<>();
        // pinned cards at the far right of their lane, where they cannot overlap one another
        for (int i = 0; i < pinnedCount; i++) {
            MapCard c = cards.get(r.nextInt(cards.size()));
            pinned.put(c.goalId(), new CardPosition(c.goalId(), 400 + (Lanes.CARD_WIDTH + 10) * (i + 1) * 3,
                    Lanes.cardsTop(c.stage()) + r.nextInt(8)));
        }
        return new Generated(cards, ls, pinned);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void cardsNeverOverlapPinnedCardsStayAndCrossingsAreNeverWorseThanTheInputOrder(long seed) {
        Generated g = generate(seed, 10 + (int) seed * 7, 15 + (int) seed * 12, (int) (seed % 4));
        MapLayout.Result result = MapLayout.layout(g.cards(), g.links(), g.pinned());

        assertThat(result.boxes()).hasSize(g.cards().size());
        List<CardBox> boxes = new ArrayList<>(result.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as(boxes.get(i) + " / " + boxes.get(j)).isFalse();
            }
        }
        g.pinned().values().forEach(p -> {
            CardBox b = result.boxes().get(p.goalId());
            assertThat(b.x()).isEqualTo(p.x());
            assertThat(b.y()).isEqualTo(p.y());
        });
        for (MapCard c : g.cards()) {
            CardBox b = result.boxes().get(c.goalId());
            assertThat(b.y()).as("card in its own lane").isBetween(Lanes.top(c.stage()), Lanes.bottom(c.stage()) - b.height());
        }
        Map<Long, CardBox> inputOrder = MapLayout.layout(g.cards(), List.of(), g.pinned()).boxes();
        int before = MapLayout.crossings(g.links(), inputOrder);
        assertThat(result.crossings()).isEqualTo(MapLayout.crossings(g.links(), result.boxes())).isLessThanOrEqualTo(before);
    }

    @Test
    void orderingByLinksUntanglesTwoCrossedPairs() {
        // input order crosses: A1 A2 in one lane, B1 B2 below, links A1<-B2 and A2<-B1
        List<MapCard> cards = List.of(new MapCard(1, Stage.FINANCIAL, "cost_structure"), new MapCard(2, Stage.FINANCIAL, "cost_structure"),
                new MapCard(3, Stage.CUSTOMER, "pricing"), new MapCard(4, Stage.CUSTOMER, "pricing"));
        List<GoalLink> links = List.of(GoalLink.between(4, 1), GoalLink.between(3, 2));
        assertThat(MapLayout.crossings(links, MapLayout.layout(cards, List.of(), Map.of()).boxes())).isEqualTo(1);
        assertThat(MapLayout.layout(cards, links, Map.of()).crossings()).isZero();
    }

    @Test
    void unpinnedCardsAreEvenlySpacedAndAreasKeepTheMethodsOrder() {
        List<MapCard> cards = List.of(new MapCard(1, Stage.CUSTOMER, "service"), new MapCard(2, Stage.CUSTOMER, "pricing"),
                new MapCard(3, Stage.CUSTOMER, "pricing"));
        MapLayout.Result r = MapLayout.layout(cards, List.of(), Map.of());
        CardBox p1 = r.boxes().get(2L);
        CardBox p2 = r.boxes().get(3L);
        CardBox s = r.boxes().get(1L);
        assertThat(p2.x() - p1.right()).isEqualTo(Lanes.GAP);
        assertThat(s.x()).isGreaterThan(p2.right()); // pricing comes before service in the method
        assertThat(r.areaLabels()).extracting(MapLayout.AreaLabel::area).containsExactly("pricing", "service");
    }

    @Test
    void aFreeCardFlowsAroundAPinnedOne() {
        List<MapCard> cards = List.of(new MapCard(1, Stage.FINANCIAL, "cost_structure"), new MapCard(2, Stage.FINANCIAL, "cost_structure"));
        double x = Lanes.GUTTER + Lanes.PADDING + 10;
        Map<Long, CardPosition> pinned = Map.of(1L, new CardPosition(1, x, Lanes.cardsTop(Stage.FINANCIAL)));
        MapLayout.Result r = MapLayout.layout(cards, List.of(), pinned);
        assertThat(r.boxes().get(2L).x()).isEqualTo(x + Lanes.CARD_WIDTH + Lanes.GAP);
    }
}
