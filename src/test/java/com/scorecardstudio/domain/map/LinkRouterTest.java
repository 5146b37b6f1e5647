package com.scorecardstudio.domain.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRouterTest {

    /** Every route: axis-parallel segments, from the cause's edge to the effect's, through no other card. */
    private static void assertRoutesAvoidCards(Map<Long, CardBox> boxes, List<GoalLink> links, List<Route> routes) {
        assertRoutesAvoidCards(boxes, links, routes, LinkRouter.HANDLE_CLEAR);
    }

    /** As above, on a drawing whose link handles are {@code handleClear} high each side of the middle. */
    private static void assertRoutesAvoidCards(Map<Long, CardBox> boxes, List<GoalLink> links, List<Route> routes, double handleClear) {
        assertThat(routes).hasSize(links.size());
        for (int k = 0; k < links.size(); k++) {
            GoalLink l = links.get(k);
            Route r = routes.get(k);
            assertThat(r).as("route of " + l).isNotNull();
            for (int i = 1; i < r.size(); i++) {
                assertThat(r.x(i) == r.x(i - 1) || r.y(i) == r.y(i - 1)).as("orthogonal: " + r).isTrue();
            }
            CardBox cause = boxes.get(l.causeGoalId());
            CardBox effect = boxes.get(l.effectGoalId());
            assertThat(onEdge(cause, r.x(0), r.y(0))).as("starts on the cause's edge: " + r).isTrue();
            assertThat(onEdge(effect, r.x(r.size() - 1), r.y(r.size() - 1))).as("ends on the effect's edge: " + r).isTrue();
            for (CardBox b : boxes.values()) {
                if (b.goalId() != l.causeGoalId() && b.goalId() != l.effectGoalId()) {
                    assertThat(r.crosses(b)).as(r + " crosses the card of goal " + b.goalId() + " " + b).isFalse();
                }
            }
            // neither end may pass through its own card either: only the last stub touches it
            for (int i = 1; i < r.size() - 1; i++) {
                for (CardBox own : List.of(cause, effect)) {
                    assertThat(Route.segmentEntersBox(r.x(i - 1), r.y(i - 1), r.x(i), r.y(i), own)
                            && !(i == 1 && own == cause)).as(r + " runs through its own card").isFalse();
                }
            }
            // the arrowhead's end never sits on the link handle (middle of the right side)
            double ex = r.x(r.size() - 1);
            double ey = r.y(r.size() - 1);
            assertThat(ex == effect.right() && Math.abs(ey - effect.centerY()) < handleClear - 1e-6)
                    .as("arrowhead on the handle: " + r).isFalse();
        }
    }

    private static boolean onEdge(CardBox b, double x, double y) {
        boolean inX = x >= b.x() - 1e-6 && x <= b.right() + 1e-6;
        boolean inY = y >= b.y() - 1e-6 && y <= b.bottom() + 1e-6;
        return inX && inY && (Math.abs(x - b.x()) < 1e-6 || Math.abs(x - b.right()) < 1e-6
                || Math.abs(y - b.y()) < 1e-6 || Math.abs(y - b.bottom()) < 1e-6);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void routesOfRandomMapsNeverCrossACardOtherThanTheirEnds(long seed) {
        MapLayoutTest.Generated g = MapLayoutTest.generate(seed, 12 + (int) seed * 6, 15 + (int) seed * 10, (int) (seed % 3));
        Map<Long, Double> tall = new HashMap<>();
        g.cards().forEach(c -> tall.put(c.goalId(), c.goalId() % 3 == 0 ? 170.0 : 100.0));
        MapLayout.Result layout = MapLayout.layout(g.cards(), g.links(), g.pinned(), new MapLayout.Sizing() {
            @Override
            public double cardHeight(long goalId) {
                return tall.get(goalId);
            }

            @Override
            public double areaLabelHeight(Stage stage, String area, double width) {
                return 18;
            }
        });
        List<Route> routes = LinkRouter.route(layout.boxes(), g.links(), List.of());
        assertRoutesAvoidCards(layout.boxes(), g.links(), routes);
    }

    @Test
    void aMapDrawnSmallerGetsTheAppsRoutesScaledToIt() {
        // a page or slide draws the map at 0.4 across and 0.7 down: the routes are the app's, scaled, and
        // still keep round every card though the drawn gaps are narrower than the margins
        MapLayoutTest.Generated g = MapLayoutTest.generate(3, 30, 45, 0);
        MapLayout.Result layout = MapLayout.layout(g.cards(), g.links(), g.pinned());
        double sx = 0.4;
        double sy = 0.7;
        Map<Long, CardBox> drawn = new HashMap<>();
        layout.boxes().forEach((id, b) -> drawn.put(id, new CardBox(id, 30 + b.x() * sx, 50 + b.y() * sy, b.width() * sx, b.height() * sy)));
        List<Route> app = LinkRouter.route(layout.boxes(), g.links(), List.of());
        List<Route> scaled = LinkRouter.route(drawn, g.links(), List.of(), sx, sy);
        for (int i = 0; i < app.size(); i++) {
            double[] a = app.get(i).points();
            double[] s = scaled.get(i).points();
            assertThat(s).hasSameSizeAs(a);
            for (int k = 0; k < a.length; k += 2) {
                assertThat(s[k]).isCloseTo(30 + a[k] * sx, org.assertj.core.api.Assertions.within(1e-6));
                assertThat(s[k + 1]).isCloseTo(50 + a[k + 1] * sy, org.assertj.core.api.Assertions.within(1e-6));
            }
        }
        assertRoutesAvoidCards(drawn, g.links(), scaled, LinkRouter.HANDLE_CLEAR * sy);
    }

    @Test
    void aLinkBetweenTwoCardsOfARowGoesRoundTheUnlinkedCardBetweenThem() {
        // three cards in a row: the straight line from the first to the third would cross the middle one
        Map<Long, CardBox> boxes = new HashMap<>();
        boxes.put(1L, new CardBox(1, 200, 100, 220, 100));
        boxes.put(2L, new CardBox(2, 452, 100, 220, 100));
        boxes.put(3L, new CardBox(3, 704, 100, 220, 100));
        List<GoalLink> links = List.of(GoalLink.between(1, 3));
        List<Route> routes = LinkRouter.route(boxes, links, List.of());
        assertRoutesAvoidCards(boxes, links, routes);
        assertThat(routes.get(0).bends()).isGreaterThanOrEqualTo(2);
        // no segment comes closer to the unlinked card than the margin
        CardBox around = boxes.get(2L);
        CardBox inflated = new CardBox(2, around.x() - LinkRouter.MARGIN + 0.5, around.y() - LinkRouter.MARGIN + 0.5,
                around.width() + 2 * LinkRouter.MARGIN - 1, around.height() + 2 * LinkRouter.MARGIN - 1);
        assertThat(routes.get(0).crosses(inflated)).isFalse();
    }

    @Test
    void linksUpTheLanesLeaveByTheTopAndArriveFromBelowOnSeparatePorts() {
        Map<Long, CardBox> boxes = new HashMap<>();
        boxes.put(1L, new CardBox(1, 200, 50, 220, 100)); // effect, above
        boxes.put(2L, new CardBox(2, 200, 300, 220, 100));
        boxes.put(3L, new CardBox(3, 452, 300, 220, 100));
        List<GoalLink> links = List.of(GoalLink.between(2, 1), GoalLink.between(3, 1));
        List<Route> routes = LinkRouter.route(boxes, links, List.of());
        assertRoutesAvoidCards(boxes, links, routes);
        for (Route r : routes) {
            assertThat(r.y(0)).isEqualTo(300); // leaves by the top
            assertThat(r.y(r.size() - 1)).isEqualTo(150); // arrives at the bottom of the effect
        }
        // two arrows into one card end apart, not on top of each other
        assertThat(Math.abs(routes.get(0).x(routes.get(0).size() - 1) - routes.get(1).x(routes.get(1).size() - 1)))
                .isGreaterThan(40);
    }

    @Test
    void cardsPlacedOverOneAnotherStillGetARoute() {
        Map<Long, CardBox> boxes = new HashMap<>();
        boxes.put(1L, new CardBox(1, 200, 50, 220, 100));
        boxes.put(2L, new CardBox(2, 260, 90, 220, 100)); // overlaps the first
        boxes.put(3L, new CardBox(3, 800, 400, 220, 100));
        List<GoalLink> links = new ArrayList<>(List.of(GoalLink.between(2, 1), GoalLink.between(3, 2)));
        List<Route> routes = LinkRouter.route(boxes, links, List.of());
        assertThat(routes).doesNotContainNull();
        assertThat(routes.get(1).crosses(boxes.get(1L))).isFalse();
    }
}
