package com.scorecardstudio.domain.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapTextTest {
    private static final String LONG_RU = "Снизить себестоимость амбулаторного приёма на 12 % за счёт загрузки кабинетов "
            + "и перераспределения смен между филиалами";

    @Test
    void aLongRussianTitleWrapsWholeIntoLinesThatFitAndTheCardGrowsForIt() {
        List<String> lines = MapText.wrap(LONG_RU, MapText.TITLE_WIDTH, TextMeasure.ESTIMATE, TextMeasure.Role.TITLE);
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(String.join(" ", lines)).isEqualTo(LONG_RU); // every word, none cut, no "…"
        assertThat(lines).allMatch(l -> TextMeasure.ESTIMATE.width(l, TextMeasure.Role.TITLE) <= MapText.TITLE_WIDTH);
        double h = MapText.cardHeight(LONG_RU, TextMeasure.ESTIMATE);
        assertThat(h).isGreaterThan(Lanes.CARD_HEIGHT);
        assertThat(h).isGreaterThanOrEqualTo(lines.size() * TextMeasure.Role.TITLE.lineHeight + MapText.CARD_FOOTER);
        assertThat(MapText.cardHeight("Рост выручки", TextMeasure.ESTIMATE)).isEqualTo(Lanes.CARD_HEIGHT);
    }

    @Test
    void aHyphenatedWordBreaksAtItsHyphenAndKeepsIt() {
        List<String> lines = MapText.wrap("Сделать онлайн-консультации обычной частью повторного приёма", MapText.TITLE_WIDTH,
                TextMeasure.ESTIMATE, TextMeasure.Role.TITLE);
        assertThat(lines).anyMatch(l -> l.endsWith("онлайн-")).anyMatch(l -> l.startsWith("консультации"));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Сделатьонлайн-консультацииобычнойчастьюповторногоприёма");
        // a short hyphenated word stays whole on a line
        assertThat(MapText.wrap("IT-стек", MapText.TITLE_WIDTH, TextMeasure.ESTIMATE, TextMeasure.Role.TITLE)).containsExactly("IT-стек");
    }

    @Test
    void aWordLongerThanALineIsSplitWithAHyphenNotCut() {
        String word = "Высокотехнологичныйпереоснащённыйдиагностическийцентр";
        List<String> lines = MapText.wrap(word, MapText.TITLE_WIDTH, TextMeasure.ESTIMATE, TextMeasure.Role.TITLE);
        assertThat(lines.size()).isGreaterThan(1);
        assertThat(String.join("", lines).replace("-", "")).isEqualTo(word);
        assertThat(lines).allMatch(l -> TextMeasure.ESTIMATE.width(l, TextMeasure.Role.TITLE) <= MapText.TITLE_WIDTH);
        // each line as full as it can be: one more letter and its hyphen would not fit
        int used = 0;
        for (String l : lines.subList(0, lines.size() - 1)) {
            String piece = l.substring(0, l.length() - 1);
            used += piece.length();
            String longer = piece + word.charAt(used) + "-";
            assertThat(TextMeasure.ESTIMATE.width(longer, TextMeasure.Role.TITLE)).as(longer).isGreaterThan(MapText.TITLE_WIDTH);
        }
    }

    @Test
    void theLaneOfATallCardGrowsAndTheLanesBelowMoveDownSoNoCardsOverlap() {
        List<MapCard> cards = List.of(new MapCard(1, Stage.FINANCIAL, Stage.FINANCIAL.areas().get(0)),
                new MapCard(2, Stage.CUSTOMER, Stage.CUSTOMER.areas().get(0)),
                new MapCard(3, Stage.CUSTOMER, Stage.CUSTOMER.areas().get(1)));
        Map<Long, String> titles = Map.of(1L, LONG_RU + " " + LONG_RU, 2L, "Short", 3L, "Short too");
        MapLayout.Result r = MapLayout.layout(cards, List.of(GoalLink.between(2, 1)), Map.of(), new MapLayout.Sizing() {
            @Override
            public double cardHeight(long goalId) {
                return MapText.cardHeight(titles.get(goalId), TextMeasure.ESTIMATE);
            }

            @Override
            public double areaLabelHeight(Stage stage, String area, double width) {
                return MapText.areaLabelHeight("Расширение возможностей получения прибыли и выход на новые рынки", width,
                        TextMeasure.ESTIMATE);
            }
        });
        CardBox tall = r.boxes().get(1L);
        assertThat(tall.height()).isGreaterThan(200);
        assertThat(tall.bottom()).isLessThanOrEqualTo(r.lanes().bottom(Stage.FINANCIAL));
        assertThat(r.boxes().get(2L).y()).isGreaterThan(r.lanes().top(Stage.CUSTOMER) + r.lanes().header(Stage.CUSTOMER));
        // the header holds the wrapped labels: taller than one line
        assertThat(r.lanes().header(Stage.CUSTOMER)).isGreaterThan(Lanes.HEADER);
        assertThat(r.height()).isEqualTo(r.lanes().totalHeight()).isGreaterThan(Lanes.height());
        // a pinned card keeps its place under the labels: stored and drawn positions convert both ways
        double drawn = r.lanes().fromStored(Stage.CUSTOMER, Lanes.top(Stage.CUSTOMER) + 50);
        assertThat(r.lanes().toStored(Stage.CUSTOMER, drawn)).isEqualTo(Lanes.top(Stage.CUSTOMER) + 50);
        assertThat(r.lanes().at(drawn)).isEqualTo(Stage.CUSTOMER);
    }

    @Test
    void theRunsOfATextAreAllThatWrappingItMeasuresAtAnyWidthItsWordsFitIn() {
        for (String text : List.of(LONG_RU, "Сделать онлайн-консультации обычной частью повторного приёма",
                "Growing profit opportunities and entering new markets", "Two\nparagraphs  with   spaces")) {
            java.util.Set<String> runs = new java.util.HashSet<>(MapText.runs(text));
            double widest = java.util.Arrays.stream(text.split("[\\s-]+"))
                    .mapToDouble(w -> TextMeasure.ESTIMATE.width(w + "-", TextMeasure.Role.AREA)).max().orElseThrow();
            TextMeasure onlyRuns = (t, role) -> {
                assertThat(runs).as("measured for " + text).contains(t);
                return TextMeasure.ESTIMATE.width(t, role);
            };
            for (double w = widest; w < 900; w += 7) {
                assertThat(MapText.wrap(text, w, onlyRuns, TextMeasure.Role.AREA))
                        .isEqualTo(MapText.wrap(text, w, TextMeasure.ESTIMATE, TextMeasure.Role.AREA));
            }
        }
    }
}
