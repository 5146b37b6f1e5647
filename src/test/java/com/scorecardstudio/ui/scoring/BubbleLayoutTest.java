package com.scorecardstudio.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BubbleLayoutTest {
    private static BubbleLayout.Bubble b(long id, double fx, double fy, double r, double label) {
        return new BubbleLayout.Bubble(id, fx, fy, r, label, 18);
    }

    /** The box a placed bubble and its name take. */
    private static double[] box(BubbleLayout.Placed p, BubbleLayout.Bubble b) {
        double lw = p.labelWidth();
        double w = 2 * p.radius() + BubbleLayout.LABEL_GAP + lw;
        double h = Math.max(2 * p.radius(), b.labelHeight() * p.labelLines());
        double left = p.labelLeft() ? p.x() + p.radius() - w : p.x() - p.radius();
        return new double[] {left, p.y() - h / 2, left + w, p.y() + h / 2};
    }

    private static void assertApartAndInside(List<BubbleLayout.Placed> p, List<BubbleLayout.Bubble> in, double width,
                                             double height) {
        for (int i = 0; i < p.size(); i++) {
            double[] a = box(p.get(i), in.get(i));
            assertThat(a[0]).isGreaterThanOrEqualTo(-1e-9);
            assertThat(a[1]).isGreaterThanOrEqualTo(-1e-9);
            assertThat(a[2]).isLessThanOrEqualTo(width + 1e-9);
            assertThat(a[3]).isLessThanOrEqualTo(height + 1e-9);
            for (int j = i + 1; j < p.size(); j++) {
                double[] c = box(p.get(j), in.get(j));
                boolean overlap = a[0] < c[2] && c[0] < a[2] && a[1] < c[3] && c[1] < a[3];
                assertThat(overlap).as("%d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void aLoneBubbleSitsWhereItsScoresPutIt() {
        List<BubbleLayout.Placed> p = BubbleLayout.layout(List.of(b(1, 0, 0, 10, 0)), 200, 100);
        assertThat(p.get(0).x()).isEqualTo(10);
        assertThat(p.get(0).y()).isEqualTo(10);
        p = BubbleLayout.layout(List.of(b(1, 1, 1, 10, 0)), 200, 100);
        assertThat(p.get(0).x()).isEqualTo(190);
        assertThat(p.get(0).y()).isEqualTo(90);
        // the name goes to the right in the left part of the cell, to the left in the right part
        p = BubbleLayout.layout(List.of(b(1, 0.25, 0.5, 10, 60)), 200, 100);
        assertThat(p.get(0).x()).isEqualTo(55);
        assertThat(p.get(0).labelLeft()).isFalse();
        p = BubbleLayout.layout(List.of(b(1, 0.9, 0.5, 10, 60)), 200, 100);
        assertThat(p.get(0).labelLeft()).isTrue();
        assertThat(p.get(0).x()).isEqualTo(172);
    }

    @Test
    void bubblesOnTheSameSpotArePartedWithTheirNamesAndStayInside() {
        List<BubbleLayout.Bubble> in = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            in.add(b(i, 0.5, 0.5, 8 + i, 70));
        }
        List<BubbleLayout.Placed> f = BubbleLayout.fit(in, 320, 160, 60);
        assertApartAndInside(f, in, 320, 160);
        assertThat(BubbleLayout.fit(in, 320, 160, 60)).isEqualTo(f); // the same every time
    }

    @Test
    void namesAreShortenedOnlyAsFarAsNeeded() {
        List<BubbleLayout.Bubble> demoCell = List.of(b(1, 0.5, 0.3, 20, 175), b(2, 0.4, 0.4, 14, 140), b(3, 0.1, 0.6, 6, 150));
        List<BubbleLayout.Placed> roomy = BubbleLayout.fit(demoCell, 306, 120, 72);
        assertThat(roomy).extracting(BubbleLayout.Placed::labelWidth).containsExactly(175.0, 140.0, 150.0);
        assertApartAndInside(roomy, demoCell, 306, 120);
        List<BubbleLayout.Placed> tight = BubbleLayout.fit(demoCell, 306, 72, 72);
        assertThat(tight.stream().mapToDouble(BubbleLayout.Placed::labelWidth).sum()).isLessThan(175 + 140 + 150);
        assertApartAndInside(tight, demoCell, 306, 72);
    }

    @Test
    void aLongNameGoesOntoTwoLinesBeforeAnythingIsCut() {
        // "Региональная энергосетевая компания" beside a bubble in a cell 306 wide: wider than 60 % of it
        List<BubbleLayout.Bubble> in = List.of(new BubbleLayout.Bubble(1, 0.8, 0.4, 12, 240, 18, 130), b(2, 0.2, 0.7, 8, 90));
        List<BubbleLayout.Placed> p = BubbleLayout.fit(in, 306, 120, 64);
        assertThat(p.get(0).labelLines()).isEqualTo(2);
        assertThat(p.get(0).labelWidth()).as("the width that holds the name on two lines").isEqualTo(130.0);
        assertThat(p.get(1).labelLines()).isEqualTo(1);
        assertThat(p.get(1).labelWidth()).isEqualTo(90.0);
        assertApartAndInside(p, in, 306, 120);
        // crowded names wrap before they are cut
        List<BubbleLayout.Bubble> crowded = List.of(new BubbleLayout.Bubble(1, 0.5, 0.5, 14, 170, 18, 92),
                new BubbleLayout.Bubble(2, 0.45, 0.5, 10, 160, 18, 86));
        List<BubbleLayout.Placed> c = BubbleLayout.fit(crowded, 306, 90, 64);
        assertApartAndInside(c, crowded, 306, 90);
        for (int i = 0; i < c.size(); i++) {
            assertThat(c.get(i).labelWidth() * c.get(i).labelLines()).as("name %d whole", i)
                    .isGreaterThanOrEqualTo(crowded.get(i).labelWidth());
            if (c.get(i).labelLines() == 2) {
                assertThat(c.get(i).labelWidth()).as("two lines, no word broken").isGreaterThanOrEqualTo(crowded.get(i).twoLineWidth());
            }
        }
        // a name of one word is never wrapped: cut if it must be
        List<BubbleLayout.Bubble> oneWord = List.of(new BubbleLayout.Bubble(1, 0.8, 0.4, 12, 240, 18, 240));
        assertThat(BubbleLayout.fit(oneWord, 306, 120, 64).get(0).labelLines()).isEqualTo(1);
    }

    @Test
    void crowdedCellsAreStillKeptInside() {
        List<BubbleLayout.Bubble> in = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            in.add(b(i, (i % 10) / 10.0, (i / 10) / 12.0, 6, 80));
        }
        for (BubbleLayout.Placed p : BubbleLayout.layout(in, 300, 150)) {
            assertThat(p.x()).isBetween(0.0, 300.0);
            assertThat(p.y()).isBetween(0.0, 150.0);
        }
    }

    @Test
    void areaIsProportionalToRevenueWithAMinimumSize() {
        double big = BubbleLayout.radius(new BigDecimal("400"), new BigDecimal("400"), 6, 40);
        double quarter = BubbleLayout.radius(new BigDecimal("100"), new BigDecimal("400"), 6, 40);
        assertThat(big).isEqualTo(40);
        assertThat(quarter).isEqualTo(20); // a quarter of the area: half the radius
        assertThat(BubbleLayout.radius(new BigDecimal("1"), new BigDecimal("400"), 6, 40)).isEqualTo(6);
        assertThat(BubbleLayout.radius(null, new BigDecimal("400"), 6, 40)).isEqualTo(6);
    }
}
