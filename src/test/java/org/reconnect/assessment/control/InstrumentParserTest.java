package org.reconnect.assessment.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentParserTest {

    @Test
    void theShippedInstrumentsAreValid() {
        Instrument check = Definitions.bundled("connection-check");
        Instrument pulse = Definitions.bundled("step-pulse");

        assertEquals(12, check.items().size());
        assertEquals(5, check.items().stream().filter(Instrument.Item::reverse).count());
        assertFalse(check.validated());
        assertEquals(3, pulse.items().size());
        assertEquals(Instrument.Method.MEAN, pulse.total().method());
    }

    @Test
    void theSmallDefinitionReadsAsWritten() {
        Instrument small = Definitions.small();

        assertEquals("small", small.code());
        assertEquals(1, small.version());
        assertEquals(List.of("a", "b", "c", "d"), small.total().itemIds());
        assertTrue(small.item("d").orElseThrow().reverse());
        assertEquals(new BigDecimal("9"), small.cutoff());
        assertEquals(new BigDecimal("4"), small.discrepancyThreshold());
    }

    @Test
    void notJsonSaysWhere() {
        assertOnly("{\n  \"code\": \"x\",\n  oops\n}", "definition.notJson", 3L, 3L);
        assertOnly("", "definition.empty");
        assertOnly("[1, 2]", "definition.notAnObject");
    }

    @Test
    void aMisspelledFieldIsNamed() {
        assertHas(Definitions.SMALL.replace("\"licence\"", "\"license\""), "definition.unknownField", "license");
        assertHas(Definitions.SMALL.replace("\"licence\"", "\"license\""), "definition.missing", "licence");
    }

    @Test
    void bandThreeOverlapsBandTwo() {
        assertOnly(Definitions.SMALL.replace("{\"from\": 15, \"to\": 18", "{\"from\": 14, \"to\": 18"),
                "definition.bandOverlap", 3, 2);
    }

    @Test
    void aGapBetweenBands() {
        assertOnly(Definitions.SMALL.replace("{\"from\": 15, \"to\": 18", "{\"from\": 16, \"to\": 18"),
                "definition.bandGap", 2, 3, "14", "16");
    }

    @Test
    void bandsOfASumMeetAtTheNextWholeNumber() {
        // 8 to 8.5 is no overlap, but a total of 9 would then have no band
        assertOnly(Definitions.SMALL.replace("{\"from\": 9, \"to\": 14", "{\"from\": 9.5, \"to\": 14"),
                "definition.bandGap", 1, 2, "8", "9.5");
    }

    @Test
    void bandsMustCoverEveryPossibleTotal() {
        assertOnly(Definitions.SMALL.replace("{\"from\": 2, \"to\": 8", "{\"from\": 3, \"to\": 8"),
                "definition.bandsStartTooHigh", "2");
        assertOnly(Definitions.SMALL.replace("{\"from\": 15, \"to\": 18", "{\"from\": 15, \"to\": 17"),
                "definition.bandsEndTooLow", "18");
    }

    @Test
    void aBandRunningBackwards() {
        assertHas(Definitions.SMALL.replace("{\"from\": 9, \"to\": 14", "{\"from\": 14, \"to\": 9"),
                "definition.bandFromAboveTo", 2);
    }

    @Test
    void meanBandsMeetAtTheHundredth() {
        String pulse = """
                {"code": "mean-test", "version": 1, "title": "M", "licence": "t", "direction": "higher-is-better",
                 "scale": [{"value": 1, "label": "1"}, {"value": 2, "label": "2"}],
                 "items": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}],
                 "total": {"method": "mean"},
                 "bands": [{"from": 1, "to": 1.49, "label": "L", "severity": "mild"},
                           {"from": 1.5, "to": 2, "label": "H", "severity": "none"}],
                 "reliability": 0.5, "normativeSd": 1}
                """;
        assertTrue(InstrumentParser.parse(pulse).ok(), () -> InstrumentParser.parse(pulse).problems().toString());
        assertOnly(pulse.replace("\"to\": 1.49", "\"to\": 1.48"), "definition.bandGap", 1, 2, "1.48", "1.5");
    }

    @Test
    void itemQ7HasNoOptions() {
        String noScale = Definitions.SMALL.replaceFirst("\"scale\": \\[[^]]*],", "");
        assertHas(noScale, "definition.noOptions", "item a");
        assertHas(noScale, "definition.noOptions", "item b");
        assertHas(Definitions.SMALL.replace("{\"id\": \"a\", \"text\": \"A\"}", "{\"id\": \"q7\", \"text\": \"A\", \"options\": []}")
                .replace("[\"a\", \"b\"", "[\"q7\", \"b\""), "definition.noOptions", "item q7");
    }

    @Test
    void aReverseItemWithoutRange() {
        assertHas(Definitions.SMALL.replace("{\"id\": \"b\", \"text\": \"B\", \"reverse\": true}",
                        "{\"id\": \"b\", \"text\": \"B\", \"reverse\": true, \"options\": [{\"value\": 2, \"label\": \"x\"}]}"),
                "definition.reverseNoRange", "item b");
    }

    @Test
    void itemsAndSubscalesMustAgree() {
        assertHas(Definitions.SMALL.replace("{\"id\": \"b\", \"text\": \"B\"", "{\"id\": \"a\", \"text\": \"B\""),
                "definition.duplicateItem", "a");
        assertHas(Definitions.SMALL.replace("[\"c\", \"d\"]", "[\"c\", \"e\"]"), "definition.unknownItem", "subscale second", "e");
        assertHas(Definitions.SMALL.replace("\"method\": \"mean\"}", "\"method\": \"median\"}"),
                "definition.methodValue", "subscale second", "median");
        assertHas(Definitions.SMALL.replace("[\"a\", \"b\", \"c\"]", "[\"a\", \"a\"]"), "definition.itemTwice", "subscale third", "a");
    }

    @Test
    void figuresMustBeInRange() {
        assertHas(Definitions.SMALL.replace("\"reliability\": 0.8", "\"reliability\": 1.2"), "definition.reliabilityRange");
        assertHas(Definitions.SMALL.replace("\"normativeSd\": 3", "\"normativeSd\": 0"), "definition.positive", "normativeSd");
        assertHas(Definitions.SMALL.replace("\"cutoff\": 9", "\"cutoff\": 30"), "definition.cutoffRange", "2", "18");
        assertHas(Definitions.SMALL.replace("\"severity\": \"mild\"", "\"severity\": \"medium\""),
                "definition.severityValue", "band 2", "medium");
        assertHas(Definitions.SMALL.replace("higher-is-better", "up"), "definition.directionValue", "up");
        assertHas(Definitions.SMALL.replace("\"version\": 1", "\"version\": 1.5"), "definition.notWhole", "version");
        assertHas(Definitions.SMALL.replace("\"code\": \"small\"", "\"code\": \"Small One\""), "definition.codeFormat", "Small One");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InstrumentParser.Result result = InstrumentParser.parse(Definitions.SMALL
                .replace("\"reliability\": 0.8", "\"reliability\": 1.2")
                .replace("\"normativeSd\": 3", "\"normativeSd\": 0")
                .replace("{\"from\": 15, \"to\": 18", "{\"from\": 14, \"to\": 18"));

        assertNull(result.instrument());
        assertEquals(List.of(new DefinitionProblem("definition.reliabilityRange", List.of()),
                new DefinitionProblem("definition.positive", List.of("normativeSd")),
                new DefinitionProblem("definition.bandOverlap", List.of(3, 2))), result.problems());
    }

    private static void assertOnly(String text, String key, Object... arguments) {
        InstrumentParser.Result result = InstrumentParser.parse(text);
        assertFalse(result.ok());
        assertEquals(List.of(new DefinitionProblem(key, List.of(arguments))), result.problems());
    }

    private static void assertHas(String text, String key, Object... arguments) {
        InstrumentParser.Result result = InstrumentParser.parse(text);
        assertFalse(result.ok());
        assertTrue(result.problems().contains(new DefinitionProblem(key, List.of(arguments))),
                () -> "expected " + key + " " + List.of(arguments) + " in " + result.problems());
    }
}
