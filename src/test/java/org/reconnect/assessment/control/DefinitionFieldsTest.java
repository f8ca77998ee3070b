package org.reconnect.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each typed read of a definition gives the value, or null and one problem that says where. */
class DefinitionFieldsTest {

    private final DefinitionFields fields = new DefinitionFields();

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private void assertProblems(DefinitionProblem... expected) {
        assertEquals(List.of(expected), fields.problems());
    }

    private static DefinitionProblem problem(String key, Object... arguments) {
        return new DefinitionProblem("definition." + key, List.of(arguments));
    }

    @Test
    void textIsStrippedAndChecked() {
        JsonObject o = json("{\"a\": \"  hello \", \"b\": \"   \", \"c\": 3, \"d\": null, \"e\": \"toolong\"}");

        assertEquals("hello", fields.text(o, "a", "item a", 5));
        assertNull(fields.text(o, "b", "item b", 5));
        assertNull(fields.text(o, "c", "item c", 5));
        assertNull(fields.text(o, "d", "item d", 5));
        assertNull(fields.text(o, "e", "item e", 5));
        assertNull(fields.text(o, "f", "item f", 5));
        assertProblems(problem("missing", "item b"), problem("notText", "item c"), problem("missing", "item d"),
                problem("textTooLong", "item e", 5), problem("missing", "item f"));
    }

    @Test
    void optionalTextLeftOutIsEmptyButMustFitWhenGiven() {
        JsonObject o = json("{\"instructions\": \"xxxx\"}");

        assertEquals("", fields.optionalText(o, "other", 3));
        assertNull(fields.optionalText(o, "instructions", 3));
        assertProblems(problem("textTooLong", "instructions", 3));
    }

    @Test
    void anIdHasItsFormAndIsNotRepeated() {
        Set<String> seen = new HashSet<>();

        assertEquals("q1", fields.id(json("{\"id\": \"q1\"}"), "item 1", seen, "duplicateItem"));
        assertEquals("q1", fields.id(json("{\"id\": \"q1\"}"), "item 2", seen, "duplicateItem"));
        assertEquals("q 3", fields.id(json("{\"id\": \"q 3\"}"), "item 3", seen, "duplicateItem"));
        assertNull(fields.id(json("{}"), "item 4", seen, "duplicateItem"));
        assertEquals(Set.of("q1"), seen);
        assertProblems(problem("duplicateItem", "q1"), problem("idFormat", "item 3", "q 3"), problem("missing", "item 4 id"));
    }

    @Test
    void aWholeNumberIsANumberWithoutFraction() {
        JsonObject o = json("{\"a\": 7, \"b\": 1.5, \"c\": \"7\", \"d\": 2.0}");

        assertEquals(7, fields.wholeNumber(o, "a", "a", true));
        assertNull(fields.wholeNumber(o, "b", "b", true));
        assertNull(fields.wholeNumber(o, "c", "c", true));
        assertEquals(2, fields.wholeNumber(o, "d", "d", true), "2.0 is the whole number 2");
        assertNull(fields.wholeNumber(o, "e", "e", false));
        assertProblems(problem("notWhole", "b"), problem("notNumber", "c"), problem("missing", "e"));
    }

    @Test
    void numbersAndDecimals() {
        JsonObject o = json("{\"r\": 0.85, \"s\": \"x\", \"from\": 2.5}");

        assertEquals(0.85, fields.decimal(o, "r"));
        assertNull(fields.decimal(o, "s", "populations clinical sd"));
        assertNull(fields.decimal(o, "t"));
        assertEquals(new BigDecimal("2.5"), fields.requiredNumber(o, "from", "band 1 from"));
        assertNull(fields.requiredNumber(o, "to", "band 1 to"));
        assertProblems(problem("notNumber", "populations clinical sd"), problem("missing", "t"),
                problem("missing", "band 1 to"));
    }

    @Test
    void objectsAndLists() {
        JsonObject o = json("{\"items\": {}, \"bands\": [], \"total\": []}");

        assertNull(fields.array(o, "items"));
        assertEquals(0, fields.array(o, "bands").size());
        assertNull(fields.array(o, "scale", "the scale"));
        assertNull(fields.object(o.get("total"), "total"));
        assertEquals(0, fields.object(o.get("items"), "items").size());
        assertProblems(problem("notAList", "items"), problem("missing", "the scale"), problem("notAnObjectAt", "total"));
    }

    @Test
    void problemsAreKeptInTheOrderFound() {
        assertTrue(fields.ok());
        fields.problem("noItems");
        fields.problem("tooManyItems", 100);

        assertFalse(fields.ok());
        assertProblems(problem("noItems"), problem("tooManyItems", 100));
    }
}
