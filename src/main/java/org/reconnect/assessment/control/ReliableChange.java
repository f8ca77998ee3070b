package org.reconnect.assessment.control;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Change since the baseline, after Jacobson and Truax (1991): the reliable change index
 * RCI = (x2 − x1) / S_diff with S_diff = √2 · SD · √(1 − r), where SD is the instrument's
 * normative standard deviation and r its reliability. |RCI| ≥ 1.96 is a reliable change;
 * whether it is an improvement depends on the instrument's direction. A reliable improvement
 * that moves the score from the clinical side of the cutoff to the functional side (at or
 * beyond the cutoff) counts as recovered.
 */
public final class ReliableChange {

    /** The two-tailed 95 % criterion. */
    public static final double CRITERION = 1.96;

    private ReliableChange() {
    }

    public enum Category { RECOVERED, RELIABLE_IMPROVEMENT, NO_RELIABLE_CHANGE, RELIABLE_DETERIORATION }

    public record Change(double rci, Category category) {
    }

    /** Jacobson–Truax cutoffs: a (2 SD beyond the clinical mean), b (2 SD inside the functional mean), c (between). */
    public record Cutoffs(double a, double b, double c) {
    }

    public static double standardErrorOfDifference(Instrument instrument) {
        return Math.sqrt(2) * instrument.normativeSd() * Math.sqrt(1 - instrument.reliability());
    }

    public static double index(Instrument instrument, BigDecimal baseline, BigDecimal latest) {
        return latest.subtract(baseline).doubleValue() / standardErrorOfDifference(instrument);
    }

    public static Change between(Instrument instrument, BigDecimal baseline, BigDecimal latest) {
        double rci = index(instrument, baseline, latest);
        if (Math.abs(rci) < CRITERION) {
            return new Change(rci, Category.NO_RELIABLE_CHANGE);
        }
        boolean better = instrument.higherIsBetter() ? rci > 0 : rci < 0;
        if (!better) {
            return new Change(rci, Category.RELIABLE_DETERIORATION);
        }
        Optional<BigDecimal> cutoff = instrument.effectiveCutoff();
        boolean crossed = cutoff.isPresent() && !functional(instrument, baseline, cutoff.get())
                && functional(instrument, latest, cutoff.get());
        return new Change(rci, crossed ? Category.RECOVERED : Category.RELIABLE_IMPROVEMENT);
    }

    /** Whether a score lies on the functional side: at or beyond the cutoff in the better direction. */
    public static boolean functional(Instrument instrument, BigDecimal score, BigDecimal cutoff) {
        int side = score.compareTo(cutoff);
        return instrument.higherIsBetter() ? side >= 0 : side <= 0;
    }

    /** The three cutoffs, when the definition gives both populations. */
    public static Optional<Cutoffs> cutoffs(Instrument instrument) {
        Instrument.Population clinical = instrument.clinical();
        Instrument.Population functional = instrument.functional();
        if (clinical == null || functional == null) {
            return Optional.empty();
        }
        double towardsBetter = instrument.higherIsBetter() ? 1 : -1;
        double a = clinical.mean() + towardsBetter * 2 * clinical.sd();
        double b = functional.mean() - towardsBetter * 2 * functional.sd();
        double c = (clinical.sd() * functional.mean() + functional.sd() * clinical.mean()) / (clinical.sd() + functional.sd());
        return Optional.of(new Cutoffs(a, b, c));
    }

    /**
     * Whether two partners' latest totals differ by at least the instrument's threshold. No
     * threshold, no flag.
     */
    public static boolean discrepant(Instrument instrument, BigDecimal one, BigDecimal other) {
        return instrument.discrepancyThreshold() != null
                && one.subtract(other).abs().compareTo(instrument.discrepancyThreshold()) >= 0;
    }
}
