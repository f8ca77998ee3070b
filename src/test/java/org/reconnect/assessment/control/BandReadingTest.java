package org.reconnect.assessment.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.assessment.control.DefinitionFieldsTest.json;

/**
 * Bands as written, and the checks against the totals two items of 0 to 4 allow: 0 to 8 as a
 * sum (bands meet at the next whole number), 0 to 4 as a mean (at the next hundredth).
 */
class BandReadingTest {

    private static final List<Instrument.Option> ZERO_TO_FOUR = List.of(new Instrument.Option(0, "0"),
            new Instrument.Option(4, "4"));

    private final DefinitionFields fields = new DefinitionFields();
    private final BandReading reading = new BandReading(fields);

    private static DefinitionProblem problem(String key, Object... arguments) {
        return new DefinitionProblem("definition." + key, List.of(arguments));
    }

    private static Instrument.Band band(String from, String to) {
        return new Instrument.Band(new BigDecimal(from), new BigDecimal(to), from + "-" + to, Instrument.Severity.NONE);
    }

    private static Instrument shape(Instrument.Method method, String cutoff, Instrument.Band... bands) {
        return new Instrument("t", 1, "T", "", "l", false,
                List.of(new Instrument.Item("a", "A", ZERO_TO_FOUR, false), new Instrument.Item("b", "B", ZERO_TO_FOUR, true)),
                List.of(), new Instrument.Aggregate(List.of("a", "b"), method), List.of(bands),
                Instrument.Direction.HIGHER_IS_BETTER, cutoff == null ? null : new BigDecimal(cutoff), 0.5, 1, null, null, null);
    }

    @Test
    void bandsReadAsWritten() {
        BandReading.Bands bands = reading.bands(json("""
                {"bands": [{"from": 0, "to": 3, "label": "Low", "severity": "Severe"},
                           {"from": 4, "to": 8, "label": "High", "severity": "none"}]}"""));

        assertEquals(List.of(new Instrument.Band(BigDecimal.ZERO, new BigDecimal("3"), "Low", Instrument.Severity.SEVERE),
                new Instrument.Band(new BigDecimal("4"), new BigDecimal("8"), "High", Instrument.Severity.NONE)), bands.bands());
        assertTrue(bands.checkable());
        assertEquals(List.of(), fields.problems());
    }

    @Test
    void aBandThatCannotBeReadLeavesTheBandsUncheckable() {
        BandReading.Bands bands = reading.bands(json("""
                {"bands": [{"from": 5, "to": 3, "label": "Back", "severity": "mild"},
                           {"from": 4, "label": "No end", "severity": "medium"}]}"""));

        assertEquals(1, bands.bands().size(), "a band running backwards is still a band; its problem is its own");
        assertFalse(bands.checkable());
        assertEquals(List.of(problem("bandFromAboveTo", 1), problem("missing", "band 2 to"),
                problem("severityValue", "band 2", "medium")), fields.problems());
    }

    @Test
    void noBandsAtAll() {
        assertFalse(reading.bands(json("{\"bands\": []}")).checkable());
        assertFalse(reading.bands(json("{}")).checkable());
        assertEquals(List.of(problem("noBands"), problem("missing", "bands")), fields.problems());
    }

    @Test
    void bandsThatCoverEveryTotalPass() {
        reading.checkAgainstTotals(shape(Instrument.Method.SUM, "4", band("0", "3"), band("4", "8")));
        reading.checkAgainstTotals(shape(Instrument.Method.MEAN, null, band("0", "1.99"), band("2", "4")));

        assertEquals(List.of(), fields.problems());
    }

    @Test
    void overlapsAndGapsAreNamedByBand() {
        reading.checkAgainstTotals(shape(Instrument.Method.SUM, null, band("0", "3"), band("3", "5"), band("7", "8")));

        assertEquals(List.of(problem("bandOverlap", 2, 1), problem("bandGap", 2, 3, "5", "7")), fields.problems());
    }

    @Test
    void meanBandsMeetAtTheHundredth() {
        reading.checkAgainstTotals(shape(Instrument.Method.MEAN, null, band("0", "1.9"), band("2.00", "4")));

        assertEquals(List.of(problem("bandGap", 1, 2, "1.9", "2")), fields.problems());
    }

    @Test
    void bandsMustReachTheLowestAndHighestTotal() {
        reading.checkAgainstTotals(shape(Instrument.Method.SUM, null, band("1", "7")));

        assertEquals(List.of(problem("bandsStartTooHigh", "0"), problem("bandsEndTooLow", "8")), fields.problems());
    }

    @Test
    void theCutoffLiesWithinThePossibleTotals() {
        reading.checkAgainstTotals(shape(Instrument.Method.SUM, "8", band("0", "8")));
        reading.checkAgainstTotals(shape(Instrument.Method.SUM, "8.5", band("0", "8")));
        reading.checkAgainstTotals(shape(Instrument.Method.MEAN, "-0.01", band("0", "4")));

        assertEquals(List.of(problem("cutoffRange", "0", "8"), problem("cutoffRange", "0", "4")), fields.problems());
    }

    @Test
    void numbersAreWrittenAsInTheFile() {
        assertEquals("14", BandReading.plain(new BigDecimal("14.00")));
        assertEquals("1.5", BandReading.plain(new BigDecimal("1.50")));
        assertEquals("100", BandReading.plain(new BigDecimal("1E+2")));
    }
}
