package org.reconnect.assessment.control;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.reconnect.assessment.control.DefinitionFieldsTest.json;

/** Subscales and the total: a method, and items that exist, each named once. */
class ScoreReadingTest {

    private static final Set<String> ITEMS = new LinkedHashSet<>(List.of("a", "b", "c"));

    private final DefinitionFields fields = new DefinitionFields();
    private final ScoreReading reading = new ScoreReading(fields);

    private static DefinitionProblem problem(String key, Object... arguments) {
        return new DefinitionProblem("definition." + key, List.of(arguments));
    }

    @Test
    void theTotalTakesEveryItemUnlessItNamesSome() {
        assertEquals(new Instrument.Aggregate(List.of("a", "b", "c"), Instrument.Method.SUM),
                reading.total(json("{\"total\": {\"method\": \"sum\"}}"), ITEMS));
        assertEquals(new Instrument.Aggregate(List.of("c", "a"), Instrument.Method.MEAN),
                reading.total(json("{\"total\": {\"method\": \"MEAN\", \"items\": [\"c\", \"a\"]}}"), ITEMS));
        assertEquals(List.of(), fields.problems());
    }

    @Test
    void aDefinitionWithoutTotalOrWithAWrongOneHasNone() {
        assertNull(reading.total(json("{}"), ITEMS));
        assertNull(reading.total(json("{\"total\": \"sum\"}"), ITEMS));
        assertNull(reading.total(json("{\"total\": {\"method\": \"median\"}}"), ITEMS));

        assertEquals(List.of(problem("missing", "total"), problem("notAnObjectAt", "total"),
                problem("methodValue", "total", "median")), fields.problems());
    }

    @Test
    void subscalesAreOptional() {
        assertEquals(List.of(), reading.subscales(json("{}"), ITEMS));
        assertEquals(List.of(), fields.problems());
    }

    @Test
    void aSubscaleNamesExistingItemsOnce() {
        List<Instrument.Subscale> subscales = reading.subscales(json("""
                {"subscales": [
                  {"id": "ok", "title": "OK", "items": ["a", "b"], "method": "mean"},
                  {"id": "odd", "title": "Odd", "items": ["a", "z", "a", 3], "method": "sum"},
                  {"id": "ok", "title": "Again", "items": [], "method": "sum"},
                  {"id": "all", "title": "All", "method": "sum"}
                ]}"""), ITEMS);

        assertEquals(List.of(new Instrument.Subscale("ok", "OK", new Instrument.Aggregate(List.of("a", "b"), Instrument.Method.MEAN)),
                new Instrument.Subscale("odd", "Odd", new Instrument.Aggregate(List.of("a"), Instrument.Method.SUM))), subscales);
        assertEquals(List.of(problem("unknownItem", "subscale odd", "z"), problem("itemTwice", "subscale odd", "a"),
                problem("notText", "subscale odd items"), problem("duplicateSubscale", "ok"),
                problem("emptyItemList", "subscale ok"), problem("missing", "subscale all items")), fields.problems());
    }
}
