package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapSvgTest {
    @Test
    void titlesWrapOnWholeWordsAndEndWithAnEllipsisWhenTooLong() {
        assertThat(MapSvg.wrap("Bring the cost of an outpatient visit down", 21, 3))
                .containsExactly("Bring the cost of an", "outpatient visit down");
        List<String> long3 = MapSvg.wrap("one two three four five six seven eight nine ten eleven twelve thirteen fourteen", 12, 3);
        assertThat(long3).hasSize(3);
        assertThat(long3.get(2)).endsWith("…").hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void userTextNeverBecomesMarkup() {
        CardBox a = new CardBox(1, 200, 50, 200, 100);
        CardBox b = new CardBox(2, 200, 250, 200, 100);
        com.scorecardstudio.domain.map.Route r = com.scorecardstudio.domain.map.LinkRouter.elbow(b, a);
        String svg = MapSvg.render(new MapSvg.Picture("<b>Session</b>", List.of(
                        new MapSvg.Card(Stage.FINANCIAL, List.of("<script>alert(1)</script> & \"x\""), "", a),
                        new MapSvg.Card(Stage.CUSTOMER, List.of("Loyal"), "Anna", b)),
                List.of(new MapSvg.Arrow(r, LinkStrength.WEAK)), List.of(), com.scorecardstudio.domain.map.LaneBands.FIXED, 1200,
                com.scorecardstudio.domain.map.TextMeasure.ESTIMATE, "\"Evil\" <font>"), new Messages(Language.RU));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<font>").contains("&lt;script&gt;")
                .contains("&amp;").contains("stroke-dasharray").contains(">Финансовый<");
    }
}
