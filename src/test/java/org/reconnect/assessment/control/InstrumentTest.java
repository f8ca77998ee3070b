package org.reconnect.assessment.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instrument model on its own, built without the parser: an item's range and the answers
 * it allows, a band's inclusive bounds, finding an item, the direction, the cutoff that counts
 * (the definition's own or Jacobson–Truax c) and that an instrument does not change afterwards.
 */
class InstrumentTest {

    private static final List<Instrument.Option> ONE_TO_FIVE = List.of(new Instrument.Option(1, "never"),
            new Instrument.Option(3, "sometimes"), new Instrument.Option(5, "always"));

    private static Instrument instrument(BigDecimal cutoff, Instrument.Population clinical, Instrument.Population functional,
                                         Instrument.Direction direction) {
        List<Instrument.Item> items = List.of(new Instrument.Item("a", "A", ONE_TO_FIVE, false),
                new Instrument.Item("b", "B", ONE_TO_FIVE, true));
        List<Instrument.Band> bands = List.of(
                new Instrument.Band(new BigDecimal("2"), new BigDecimal("5"), "Low", Instrument.Severity.SEVERE),
                new Instrument.Band(new BigDecimal("6"), new BigDecimal("10"), "High", Instrument.Severity.NONE));
        return new Instrument("two", 1, "Two", "", "test", false, items, List.of(),
                new Instrument.Aggregate(List.of("a", "b"), Instrument.Method.SUM), bands, direction, cutoff,
                0.8, 2, clinical, functional, null);
    }

    @Test
    void anItemRunsFromItsLowestToItsHighestOptionAndAllowsOnlyItsOptions() {
        Instrument.Item item = new Instrument.Item("q", "Q", List.of(new Instrument.Option(4, "d"),
                new Instrument.Option(0, "a"), new Instrument.Option(2, "c")), false);

        assertEquals(0, item.min());
        assertEquals(4, item.max());
        assertTrue(item.allows(2));
        assertFalse(item.allows(1), "a value between two options is not an option");
        assertFalse(item.allows(5));
    }

    @Test
    void aBandHoldsBothItsBounds() {
        Instrument.Band band = new Instrument.Band(new BigDecimal("1.5"), new BigDecimal("2.49"), "Mixed",
                Instrument.Severity.MILD);

        assertTrue(band.contains(new BigDecimal("1.50")));
        assertTrue(band.contains(new BigDecimal("2.49")));
        assertFalse(band.contains(new BigDecimal("1.49")));
        assertFalse(band.contains(new BigDecimal("2.5")));
    }

    @Test
    void anItemIsFoundByItsId() {
        Instrument two = instrument(null, null, null, Instrument.Direction.HIGHER_IS_BETTER);

        assertTrue(two.item("b").orElseThrow().reverse());
        assertEquals(Optional.empty(), two.item("c"));
    }

    @Test
    void theDirectionSaysWhichWayIsBetter() {
        assertTrue(instrument(null, null, null, Instrument.Direction.HIGHER_IS_BETTER).higherIsBetter());
        assertFalse(instrument(null, null, null, Instrument.Direction.HIGHER_IS_WORSE).higherIsBetter());
    }

    @Test
    void theDefinitionsOwnCutoffComesBeforeThePopulations() {
        Instrument own = instrument(new BigDecimal("7"), new Instrument.Population(3, 1), new Instrument.Population(8, 1),
                Instrument.Direction.HIGHER_IS_BETTER);

        assertEquals(Optional.of(new BigDecimal("7")), own.effectiveCutoff());
    }

    @Test
    void withoutItsOwnCutoffItIsJacobsonTruaxCToTwoPlaces() {
        // c = (sd_clinical * mean_functional + sd_functional * mean_clinical) / (sd_clinical + sd_functional)
        //   = (3 * 20 + 4 * 10) / 7 = 14.2857.. -> 14.29
        Instrument fromPopulations = instrument(null, new Instrument.Population(10, 3), new Instrument.Population(20, 4),
                Instrument.Direction.HIGHER_IS_BETTER);

        assertEquals(Optional.of(new BigDecimal("14.29")), fromPopulations.effectiveCutoff());
    }

    @Test
    void withoutCutoffOrBothPopulationsThereIsNoCutoff() {
        assertEquals(Optional.empty(), instrument(null, null, null, Instrument.Direction.HIGHER_IS_BETTER).effectiveCutoff());
        assertEquals(Optional.empty(), instrument(null, new Instrument.Population(10, 3), null,
                Instrument.Direction.HIGHER_IS_BETTER).effectiveCutoff());
    }

    @Test
    void anInstrumentDoesNotChangeWithTheListsItWasMadeFrom() {
        List<Instrument.Option> options = new ArrayList<>(ONE_TO_FIVE);
        List<Instrument.Item> items = new ArrayList<>(List.of(new Instrument.Item("a", "A", options, false)));
        List<Instrument.Band> bands = new ArrayList<>(List.of(
                new Instrument.Band(BigDecimal.ONE, new BigDecimal("5"), "All", Instrument.Severity.NONE)));
        Instrument one = new Instrument("one", 1, "One", "", "test", false, items, new ArrayList<>(),
                new Instrument.Aggregate(new ArrayList<>(List.of("a")), Instrument.Method.MEAN), bands,
                Instrument.Direction.HIGHER_IS_BETTER, null, 0.8, 2, null, null, null);

        options.clear();
        items.clear();
        bands.clear();

        assertEquals(1, one.items().size());
        assertEquals(3, one.items().get(0).options().size());
        assertEquals(1, one.bands().size());
        assertThrows(UnsupportedOperationException.class, () -> one.items().add(one.items().get(0)));
        assertThrows(UnsupportedOperationException.class, () -> one.total().itemIds().add("b"));
    }

    @Test
    void itsItemsScoreAsScoringSays() {
        Instrument two = instrument(null, null, null, Instrument.Direction.HIGHER_IS_BETTER);

        // a 5 as given, b reversed against 1..5: 6 - 3 = 3; 8 is in "High"
        Scoring.Score score = Scoring.score(two, java.util.Map.of("a", 5, "b", 3));
        assertEquals(new BigDecimal("8"), score.total());
        assertEquals("High", score.band().label());
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(two, java.util.Map.of("a", 2, "b", 2)),
                "2 is not one of the options 1, 3, 5");
    }
}
