package org.reconnect.assessment.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An instrument as its definition describes it: items with their answer options, which items
 * are reverse-scored, subscales, the total, bands, the clinical cutoff and direction, and the
 * figures for the reliable change index. Built only by {@link InstrumentParser}, which has
 * checked every rule; immutable.
 */
public record Instrument(String code, int version, String title, String instructions, String licence,
                         boolean validated, List<Item> items, List<Subscale> subscales, Aggregate total,
                         List<Band> bands, Direction direction, BigDecimal cutoff, double reliability,
                         double normativeSd, Population clinical, Population functional,
                         BigDecimal discrepancyThreshold) implements Serializable {

    public Instrument {
        items = List.copyOf(items);
        subscales = List.copyOf(subscales);
        bands = List.copyOf(bands);
    }

    /** How totals and subscales are formed. A mean is kept to two decimals. */
    public enum Method { SUM, MEAN }

    /** Which way is better. */
    public enum Direction { HIGHER_IS_BETTER, HIGHER_IS_WORSE }

    /** How serious a band is, for its colour and for sorting. */
    public enum Severity { NONE, MILD, MODERATE, SEVERE }

    public record Option(int value, String label) implements Serializable {
    }

    public record Item(String id, String text, List<Option> options, boolean reverse) implements Serializable {
        public Item {
            options = List.copyOf(options);
        }

        public int min() {
            return options.stream().mapToInt(Option::value).min().orElseThrow();
        }

        public int max() {
            return options.stream().mapToInt(Option::value).max().orElseThrow();
        }

        public boolean allows(int value) {
            return options.stream().anyMatch(o -> o.value() == value);
        }
    }

    /** Items formed into one figure. */
    public record Aggregate(List<String> itemIds, Method method) implements Serializable {
        public Aggregate {
            itemIds = List.copyOf(itemIds);
        }
    }

    public record Subscale(String id, String title, Aggregate aggregate) implements Serializable {
    }

    /** A range of totals, both bounds inclusive. */
    public record Band(BigDecimal from, BigDecimal to, String label, Severity severity) implements Serializable {
        public boolean contains(BigDecimal score) {
            return score.compareTo(from) >= 0 && score.compareTo(to) <= 0;
        }
    }

    /** A population's mean and standard deviation on the total. */
    public record Population(double mean, double sd) implements Serializable {
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public boolean higherIsBetter() {
        return direction == Direction.HIGHER_IS_BETTER;
    }

    /**
     * The cutoff between the clinical and the functional range: the definition's own, or else
     * Jacobson–Truax c from the two populations, or none.
     */
    public Optional<BigDecimal> effectiveCutoff() {
        if (cutoff != null) {
            return Optional.of(cutoff);
        }
        return ReliableChange.cutoffs(this).map(c -> BigDecimal.valueOf(c.c()).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
