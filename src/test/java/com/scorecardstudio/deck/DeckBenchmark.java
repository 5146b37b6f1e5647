package com.scorecardstudio.deck;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import java.io.ByteArrayOutputStream;

/**
 * The deck of a 200-goal / 600-initiative / 400-link session, written to memory ten times: the first
 * run cold, then the warm median and maximum (target: under 2 s warm).
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.scorecardstudio.deck.DeckBenchmark}
 */
public final class DeckBenchmark {
    private DeckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DeckData data = DeckTest.large(200);
        Messages m = new Messages(Language.RU);
        long[] ms = new long[args.length > 0 ? Integer.parseInt(args[0]) : 10];
        int bytes = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SessionDeck.write(data, m, out);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            bytes = out.size();
        }
        long[] warm = java.util.Arrays.copyOfRange(ms, 1, ms.length);
        java.util.Arrays.sort(warm);
        System.out.printf("cold %d ms; warm median %d ms, max %d ms; %d bytes; measured with %s%n", ms[0], warm[warm.length / 2],
                warm[warm.length - 1], bytes, TextMeasure.measuringFamily());
    }
}
