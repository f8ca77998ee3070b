package org.reconnect.assessment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exact scores from stored answers: each item's scored value (a reverse item is mirrored
 * against its own lowest and highest option: min + max − answer), subscales and the total as
 * a sum or a mean (to two decimals, half up), and the band the total falls in.
 */
public final class Scoring {

    /** Places a mean is kept to; bands of a mean total meet at this step. */
    public static final int MEAN_SCALE = 2;

    private Scoring() {
    }

    /** The scores of a complete set of answers. */
    public record Score(BigDecimal total, Map<String, BigDecimal> subscales, Instrument.Band band) {
    }

    /**
     * Scores the answers.
     *
     * @throws IllegalArgumentException when an item is unanswered or an answer is not one of
     *                                  its options: an incomplete response has no score
     */
    public static Score score(Instrument instrument, Map<String, Integer> answers) {
        Map<String, Integer> scored = new LinkedHashMap<>();
        for (Instrument.Item item : instrument.items()) {
            Integer answer = answers.get(item.id());
            if (answer == null || !item.allows(answer)) {
                throw new IllegalArgumentException("item " + item.id() + " has no valid answer");
            }
            scored.put(item.id(), scoredValue(item, answer));
        }
        Map<String, BigDecimal> subscales = new LinkedHashMap<>();
        for (Instrument.Subscale s : instrument.subscales()) {
            subscales.put(s.id(), aggregate(s.aggregate(), scored));
        }
        BigDecimal total = aggregate(instrument.total(), scored);
        return new Score(total, subscales, band(instrument, total).orElse(null));
    }

    /** The item's value as it counts: mirrored for a reverse item. */
    public static int scoredValue(Instrument.Item item, int answer) {
        return item.reverse() ? item.min() + item.max() - answer : answer;
    }

    static BigDecimal aggregate(Instrument.Aggregate aggregate, Map<String, Integer> scored) {
        long sum = 0;
        for (String id : aggregate.itemIds()) {
            sum += scored.get(id);
        }
        BigDecimal total = BigDecimal.valueOf(sum);
        return aggregate.method() == Instrument.Method.SUM ? total
                : total.divide(BigDecimal.valueOf(aggregate.itemIds().size()), MEAN_SCALE, RoundingMode.HALF_UP);
    }

    public static Optional<Instrument.Band> band(Instrument instrument, BigDecimal total) {
        return instrument.bands().stream().filter(b -> b.contains(total)).findFirst();
    }

    /** The lowest total the items allow. */
    public static BigDecimal lowest(Instrument instrument, Instrument.Aggregate aggregate) {
        return bound(instrument, aggregate, true);
    }

    /** The highest total the items allow. */
    public static BigDecimal highest(Instrument instrument, Instrument.Aggregate aggregate) {
        return bound(instrument, aggregate, false);
    }

    private static BigDecimal bound(Instrument instrument, Instrument.Aggregate aggregate, boolean low) {
        Map<String, Integer> extreme = new LinkedHashMap<>();
        for (String id : aggregate.itemIds()) {
            Instrument.Item item = instrument.item(id).orElseThrow();
            // reversing mirrors the range onto itself: the same extremes
            extreme.put(id, low ? item.min() : item.max());
        }
        return aggregate(aggregate, extreme);
    }

    /** The step between two adjacent totals: 1 for a sum, 0.01 for a mean. */
    public static BigDecimal resolution(Instrument.Method method) {
        return method == Instrument.Method.SUM ? BigDecimal.ONE : BigDecimal.ONE.movePointLeft(MEAN_SCALE);
    }
}
