package com.scorecardstudio.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/** A route written as a connector is drawn where the route runs, whichever way it leaves and bends. */
class RouteConnectorTest {
    private static final double EMU = 12_700; // per point

    @Test
    void everyOrthogonalRouteIsDrawnAlongItself() {
        Random random = new Random(7);
        int[] kinds = new int[RouteConnector.Kind.values().length];
        for (int run = 0; run < 2_000; run++) {
            int segments = 1 + random.nextInt(7);
            double[] p = new double[2 * (segments + 1)];
            p[0] = random.nextInt(500);
            p[1] = random.nextInt(500);
            boolean horizontal = random.nextBoolean();
            for (int i = 1; i <= segments; i++) {
                double step = (10 + random.nextInt(200)) * (random.nextBoolean() ? 1 : -1);
                p[2 * i] = p[2 * i - 2] + (horizontal ? step : 0);
                p[2 * i + 1] = p[2 * i - 1] + (horizontal ? 0 : step);
                horizontal = !horizontal;
            }
            RouteConnector c = RouteConnector.of(p, 0.5);
            kinds[c.kind().ordinal()]++;
            assertThat(c.segments()).isEqualTo(segments);
            assertThat(drawn(c)).as("route %s drawn as %s", java.util.Arrays.toString(p), c).satisfies(d -> assertSame(d, p, c.reversed(), 0.51));
        }
        // the presets carry every route of up to five segments; only longer ones need a path of their own
        assertThat(kinds[RouteConnector.Kind.BENT.ordinal()]).isGreaterThan(1_000);
    }

    @Test
    void aLinkOverTheRowBetweenCardTopsAtOneHeightKeepsItsShape() {
        // up from one card's top, across above the row, down onto the other's top
        double[] p = {100, 200, 100, 170, 400, 170, 400, 200};
        RouteConnector c = RouteConnector.of(p, 0.5);
        assertThat(c.kind()).isEqualTo(RouteConnector.Kind.BENT);
        assertThat(c.causeSite()).isEqualTo(RouteConnector.TOP);
        assertThat(c.effectSite()).isEqualTo(RouteConnector.TOP);
        assertSame(drawn(c), p, c.reversed(), 0.6);
    }

    @Test
    void theSitesFollowTheSidesTheRouteLeavesAndEnters() {
        RouteConnector down = RouteConnector.of(new double[] {50, 100, 50, 130, 200, 130, 200, 160}, 0.5);
        assertThat(down.causeSite()).isEqualTo(RouteConnector.BOTTOM);
        assertThat(down.effectSite()).isEqualTo(RouteConnector.TOP);
        RouteConnector left = RouteConnector.of(new double[] {300, 100, 250, 100}, 0.5);
        assertThat(left.kind()).isEqualTo(RouteConnector.Kind.STRAIGHT);
        assertThat(left.causeSite()).isEqualTo(RouteConnector.LEFT);
        assertThat(left.effectSite()).isEqualTo(RouteConnector.RIGHT);

        CTConnector shape = CTConnector.Factory.newInstance();
        var nv = shape.addNewNvCxnSpPr().addNewCNvCxnSpPr();
        RouteConnector c = RouteConnector.of(new double[] {100, 200, 100, 170, 400, 170, 400, 220}, 0.5);
        c.glue(nv, 11, 22);
        long start = c.reversed() ? 22 : 11;
        assertThat(nv.getStCxn().getId()).isEqualTo(start);
        assertThat(nv.getEndCxn().getId()).isEqualTo(start == 11 ? 22 : 11);
    }

    private static double[] drawn(RouteConnector c) {
        CTShapeProperties sp = CTShapeProperties.Factory.newInstance();
        c.applyTo(sp, EMU);
        double[] d = ConnectorPaths.path(sp);
        for (int i = 0; i < d.length; i++) {
            d[i] /= EMU;
        }
        return d;
    }

    private static void assertSame(double[] drawn, double[] route, boolean reversed, double tolerance) {
        double[] want = RouteConnector.simplify(route);
        assertThat(drawn).hasSameSizeAs(want);
        for (int i = 0; i < want.length; i += 2) {
            int j = reversed ? want.length - 2 - i : i;
            assertThat(drawn[i]).as("x of point %d", i / 2).isCloseTo(want[j], within(tolerance));
            assertThat(drawn[i + 1]).as("y of point %d", i / 2).isCloseTo(want[j + 1], within(tolerance));
        }
    }
}
