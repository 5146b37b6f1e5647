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
        String svg = MapSvg.render(List.of(new MapSvg.Card(Stage.FINANCIAL, "<script>alert(1)</script> & \"x\"", "", a),
                        new MapSvg.Card(Stage.CUSTOMER, "Loyal", "Anna", b)),
                List.of(new MapSvg.Arrow(b, a, LinkStrength.WEAK, true)), List.of(), 1200, new Messages(Language.RU));
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;")
                .contains("stroke-dasharray").contains("#DC2626").contains(">Финансовый<");
    }
}
