package org.reconnect.assessment.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bands of a definition and the checks of bands and cutoff against the totals the items
 * allow: each band a range (from at most to, both inclusive), a label and a severity; in
 * ascending order, meeting without gap or overlap (one {@linkplain Scoring#resolution step}
 * apart), covering every possible total; the cutoff within the possible totals.
 */
final class BandReading {

    /** The bands read, and whether every band listed could be read. */
    record Bands(List<Instrument.Band> bands, boolean complete) {

        Bands {
            bands = List.copyOf(bands);
        }

        /** Whether they can be checked against the totals: some, and all of those listed. */
        boolean checkable() {
            return complete && !bands.isEmpty();
        }
    }

    private final DefinitionFields fields;

    BandReading(DefinitionFields fields) {
        this.fields = fields;
    }

    Bands bands(JsonObject root) {
        List<Instrument.Band> bands = new ArrayList<>();
        JsonArray array = fields.array(root, "bands");
        if (array == null) {
            return new Bands(bands, false);
        }
        if (array.isEmpty()) {
            fields.problem("noBands");
        }
        for (int n = 0; n < array.size(); n++) {
            String where = "band " + (n + 1);
            JsonObject b = fields.object(array.get(n), where);
            if (b == null) {
                continue;
            }
            BigDecimal from = fields.requiredNumber(b, "from", where + " from");
            BigDecimal to = fields.requiredNumber(b, "to", where + " to");
            String label = fields.text(b, "label", where + " label", 80);
            Instrument.Severity severity = null;
            String s = fields.text(b, "severity", where + " severity", 20);
            if (s != null) {
                try {
                    severity = Instrument.Severity.valueOf(s.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    fields.problem("severityValue", where, s);
                }
            }
            if (from != null && to != null && from.compareTo(to) > 0) {
                fields.problem("bandFromAboveTo", n + 1);
            }
            if (from != null && to != null && label != null && severity != null) {
                bands.add(new Instrument.Band(from, to, label, severity));
            }
        }
        return new Bands(bands, bands.size() == array.size());
    }

    /**
     * Bands in ascending order, meeting without gap or overlap, covering every possible total of
     * {@code shape}; then its cutoff, if any, within those totals.
     */
    void checkAgainstTotals(Instrument shape) {
        List<Instrument.Band> bands = shape.bands();
        BigDecimal step = Scoring.resolution(shape.total().method());
        BigDecimal low = Scoring.lowest(shape, shape.total());
        BigDecimal high = Scoring.highest(shape, shape.total());
        for (int n = 1; n < bands.size(); n++) {
            Instrument.Band previous = bands.get(n - 1);
            Instrument.Band band = bands.get(n);
            if (band.from().compareTo(previous.to()) <= 0) {
                fields.problem("bandOverlap", n + 1, n);
            } else if (band.from().compareTo(previous.to().add(step)) != 0) {
                // bands meet exactly one step apart, or some total would fall between them
                fields.problem("bandGap", n, n + 1, plain(previous.to()), plain(band.from()));
            }
        }
        if (bands.get(0).from().compareTo(low) > 0) {
            fields.problem("bandsStartTooHigh", plain(low));
        }
        if (bands.get(bands.size() - 1).to().compareTo(high) < 0) {
            fields.problem("bandsEndTooLow", plain(high));
        }
        BigDecimal cutoff = shape.cutoff();
        if (cutoff != null && (cutoff.compareTo(low) < 0 || cutoff.compareTo(high) > 0)) {
            fields.problem("cutoffRange", plain(low), plain(high));
        }
    }

    /** A number as the file would write it, for messages. */
    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
