package com.scorecardstudio.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The deck's own line breaking against the JDK's (LineBreakMeasurer, which breaks as the office
 * suites do): never fewer lines, so a box sized by it never overflows, every line within the width
 * but for its hanging spaces, and the text whole.
 */
class TextMeasureTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void wrapsLikeTheJdkAndNeverIntoFewerLines() {
        String[] words = ("Повысить выручку от корпоративных клиентов через новые каналы продаж онлайн-консультации "
                + "and grow revenue from corporate clients through new sales channels, 2027–2028 — "
                + "Сверхдлинноесловобезпробеловкотороенепомещаетсявстроку 12,5 %").split(" ");
        Random random = new Random(5);
        int same = 0;
        int runs = 600;
        for (int run = 0; run < runs; run++) {
            StringBuilder sb = new StringBuilder();
            int n = 3 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : random.nextInt(12) == 0 ? "  " : " ").append(words[random.nextInt(words.length)]);
            }
            String text = sb.toString();
            boolean bold = random.nextBoolean();
            double size = 10 + random.nextInt(9);
            double width = 60 + random.nextInt(400);
            TextMeasure.forget();
            var lines = TextMeasure.wrap(text, bold, size, width);
            int jdk = jdkLines(text, TextMeasure.font(bold, size), width * 0.95);
            assertThat(lines.size()).as("lines of \"%s\" at %s pt in %s pt", text, size, width).isGreaterThanOrEqualTo(jdk);
            if (lines.size() == jdk) {
                same++;
            }
            assertThat(TextMeasure.join(lines)).isEqualTo(text);
            for (var line : lines) {
                assertThat(TextMeasure.font(bold, size).getStringBounds(line.text().stripTrailing(), FRC).getWidth())
                        .as("\"%s\" within %s pt", line.text(), width).isLessThanOrEqualTo(width * 0.95 + 0.01);
            }
        }
        // and it is not merely cautious: nearly always the very lines the JDK makes
        assertThat(same).isGreaterThan(runs * 9 / 10);
    }

    private static int jdkLines(String p, Font font, double w) {
        AttributedString as = new AttributedString(p);
        as.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), FRC);
        int lines = 0;
        while (m.getPosition() < p.length()) {
            int start = m.getPosition();
            int next = m.nextOffset((float) w);
            m.setPosition(next <= start ? start + 1 : next);
            lines++;
        }
        return lines;
    }
}
