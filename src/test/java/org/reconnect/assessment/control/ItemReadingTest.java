package org.reconnect.assessment.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.assessment.control.DefinitionFieldsTest.json;

/** Items, their own options or the shared scale, and what each must hold. */
class ItemReadingTest {

    private static final String SCALE = "[{\"value\": 0, \"label\": \"no\"}, {\"value\": 1, \"label\": \"yes\"}]";

    private final DefinitionFields fields = new DefinitionFields();
    private final ItemReading reading = new ItemReading(fields);

    private List<Instrument.Item> items(String itemsJson, boolean withScale) {
        JsonObject root = json("{\"items\": " + itemsJson + (withScale ? ", \"scale\": " + SCALE : "") + "}");
        List<Instrument.Option> scale = withScale ? reading.options(root.get("scale"), "scale") : null;
        return reading.items(root, scale);
    }

    private static DefinitionProblem problem(String key, Object... arguments) {
        return new DefinitionProblem("definition." + key, List.of(arguments));
    }

    @Test
    void anItemWithoutOptionsTakesTheScale() {
        List<Instrument.Item> items = items("""
                [{"id": "a", "text": "A"},
                 {"id": "b", "text": "B", "reverse": true,
                  "options": [{"value": 1, "label": "1"}, {"value": 5, "label": "5"}]}]""", true);

        assertEquals(List.of(), fields.problems());
        assertEquals(List.of(new Instrument.Option(0, "no"), new Instrument.Option(1, "yes")), items.get(0).options());
        assertEquals(5, items.get(1).max());
        assertTrue(items.get(1).reverse());
    }

    @Test
    void withoutScaleEveryItemNeedsItsOwnOptions() {
        List<Instrument.Item> items = items("[{\"id\": \"a\", \"text\": \"A\"}]", false);

        assertEquals(List.of(), items);
        assertEquals(List.of(problem("noOptions", "item a")), fields.problems());
    }

    @Test
    void optionsAreAtLeastTwoWithDistinctWholeValues() {
        items("""
                [{"id": "one", "text": "1", "options": [{"value": 1, "label": "x"}]},
                 {"id": "twice", "text": "2", "options": [{"value": 1, "label": "x"}, {"value": 1, "label": "y"}]},
                 {"id": "none", "text": "3", "options": []},
                 {"id": "half", "text": "4", "options": [{"value": 0.5, "label": "x"}, {"value": 1}]},
                 {"id": "flat", "text": "5", "options": {"value": 1}}]""", false);

        assertEquals(List.of(problem("oneOption", "item one"), problem("duplicateOption", "item twice", 1),
                problem("noOptions", "item none"), problem("notWhole", "item half option 1 value"),
                problem("missing", "item half option 2 label"), problem("notAList", "item flat options")), fields.problems());
    }

    @Test
    void aReverseItemNeedsARangeToMirror() {
        items("[{\"id\": \"r\", \"text\": \"R\", \"reverse\": true, \"options\": [{\"value\": 2, \"label\": \"x\"}]}]", false);

        assertTrue(fields.problems().contains(problem("reverseNoRange", "item r")), fields.problems()::toString);
    }

    @Test
    void idsAreNamedInLaterProblemsAndNotRepeated() {
        List<Instrument.Item> items = items("""
                [{"id": "a", "text": "A"}, {"id": "a", "text": ""}, 7, {"text": "no id"}]""", true);

        assertEquals(List.of("a"), items.stream().map(Instrument.Item::id).toList());
        assertEquals(List.of(problem("duplicateItem", "a"), problem("missing", "item a text"),
                problem("notAnObjectAt", "item 3"), problem("missing", "item 4 id")), fields.problems());
    }

    @Test
    void oneToAHundredItems() {
        items("[]", true);
        String hundredAndOne = IntStream.rangeClosed(1, ItemReading.MAX_ITEMS + 1)
                .mapToObj(n -> "{\"id\": \"q" + n + "\", \"text\": \"Q\"}").collect(Collectors.joining(",", "[", "]"));
        List<Instrument.Item> many = items(hundredAndOne, true);

        assertEquals(List.of(problem("noItems"), problem("tooManyItems", 100)), fields.problems());
        assertEquals(101, many.size(), "each item is still read, so that its own problems show too");
    }

    @Test
    void theListedItemsAreCountedReadOrNot() {
        assertEquals(3, ItemReading.listed(json("{\"items\": [1, 2, {}]}")));
        assertEquals(-1, ItemReading.listed(json("{\"items\": \"q1\"}")));
        assertEquals(-1, ItemReading.listed(json("{}")));
    }
}
