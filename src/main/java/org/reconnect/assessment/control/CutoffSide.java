package org.reconnect.assessment.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a score lies against the instrument's clinical cutoff, for saying it in words next to
 * every score ("13: below the cutoff of 13.5, in the distressed range"): below, at or above the
 * cutoff, and whether that is the distressed (clinical) range. Which side is distressed follows
 * the instrument's direction: with {@code higher-is-better} the scores below the cutoff, with
 * {@code higher-is-worse} those above it. A score exactly at the cutoff counts as not distressed,
 * the same rule as recovery in {@link ReliableChange}.
 *
 * @param cutoff     the cutoff it was compared with (the definition's own, or Jacobson–Truax c)
 * @param position   below, at or above the cutoff
 * @param distressed whether the score lies in the distressed range
 */
public record CutoffSide(BigDecimal cutoff, Position position, boolean distressed) implements Serializable {

    public enum Position { BELOW, AT, ABOVE }

    /** The side of {@code score}; empty when the instrument has no cutoff. */
    public static Optional<CutoffSide> of(Instrument instrument, BigDecimal score) {
        return instrument.effectiveCutoff().map(cutoff -> {
            int compared = score.compareTo(cutoff);
            Position position = compared < 0 ? Position.BELOW : compared == 0 ? Position.AT : Position.ABOVE;
            return new CutoffSide(cutoff, position, !ReliableChange.functional(instrument, score, cutoff));
        });
    }

    /** The key of the words for this side in the message bundle; {0} there is the cutoff. */
    public String messageKey() {
        return "cutoff." + position + (distressed ? ".distressed" : ".notDistressed");
    }
}
