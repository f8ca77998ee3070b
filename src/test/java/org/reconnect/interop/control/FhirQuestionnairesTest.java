package org.reconnect.interop.control;

import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.InstrumentParser;
import org.reconnect.assessment.control.Scoring;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.testsupport.fhir.R4Validator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FhirQuestionnairesTest {

    private static final String SCORING = FhirQuestionnaires.SCORING;

    static Stream<String> bundled() {
        return Stream.of("connection-check.json", "step-pulse.json");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyShippedInstrumentExportsAsAValidR4Questionnaire(String file) throws IOException {
        Questionnaire q = FhirQuestionnaires.write(resource("instruments/" + file));
        R4Validator.assertValid(q);
        assertTrue(q.getItem().stream().allMatch(i -> i.getType() == Questionnaire.QuestionnaireItemType.CHOICE
                && i.getAnswerOption().stream().allMatch(o -> o.hasExtension("http://hl7.org/fhir/StructureDefinition/ordinalValue"))));
        assertTrue(q.hasExtension(SCORING));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void anExportedInstrumentImportedAsANewOneScoresEveryAnswerSheetTheSame(String file) throws IOException {
        String original = resource("instruments/" + file);
        Questionnaire exported = FhirQuestionnaires.write(original);
        // imported as a new instrument: the scoring names another code
        StringType scoring = (StringType) exported.getExtensionByUrl(SCORING).getValue();
        scoring.setValue(scoring.getValue().replaceFirst("\"code\":\"[^\"]+\"", "\"code\":\"imported-copy\""));
        for (String text : List.of(Fhir.CONTEXT.newJsonParser().encodeResourceToString(exported),
                Fhir.CONTEXT.newXmlParser().encodeResourceToString(exported))) {
            FhirQuestionnaires.Import imported = FhirQuestionnaires.read(text, null, false);
            assertEquals(List.of(), imported.problems());
            Instrument copy = parsed(imported.definition());
            Instrument source = parsed(original);
            assertEquals("imported-copy", copy.code());
            assertEquals(source.items(), copy.items());
            assertEquals(source.bands(), copy.bands());
            Random random = new Random(7);
            for (int sheet = 0; sheet < 200; sheet++) {
                Map<String, Integer> answers = new LinkedHashMap<>();
                for (Instrument.Item item : source.items()) {
                    answers.put(item.id(), item.options().get(random.nextInt(item.options().size())).value());
                }
                assertEquals(Scoring.score(source, answers), Scoring.score(copy, answers));
            }
        }
    }

    @Test
    void aQuestionnaireFromElsewhereWithItemWeightsGroupsAndTheScoringBesideIsRead() {
        String xml = """
                <Questionnaire xmlns="http://hl7.org/fhir">
                  <url value="http://example.org/fhir/Questionnaire/closeness"/>
                  <version value="2.0"/>
                  <name value="ClosenessCheck"/>
                  <title value="Closeness check"/>
                  <status value="active"/>
                  <description value="Answer for yourself."/>
                  <copyright value="CC BY 4.0, Example Clinic"/>
                  <item>
                    <linkId value="intro"/><text value="About the last week"/><type value="display"/>
                  </item>
                  <item>
                    <linkId value="g1"/><type value="group"/>
                    <item>
                      <linkId value="1.1"/><text value="We talked every day."/><type value="choice"/>
                      <answerOption>
                        <extension url="http://hl7.org/fhir/StructureDefinition/itemWeight"><valueDecimal value="0"/></extension>
                        <valueCoding><code value="no"/><display value="No"/></valueCoding>
                      </answerOption>
                      <answerOption>
                        <extension url="http://hl7.org/fhir/StructureDefinition/itemWeight"><valueDecimal value="2"/></extension>
                        <valueCoding><code value="yes"/><display value="Yes"/></valueCoding>
                      </answerOption>
                    </item>
                    <item>
                      <linkId value="1.2"/><text value="I felt alone."/><type value="choice"/>
                      <answerOption>
                        <valueCoding>
                          <extension url="http://hl7.org/fhir/StructureDefinition/ordinalValue"><valueDecimal value="0"/></extension>
                          <code value="no"/><display value="No"/>
                        </valueCoding>
                      </answerOption>
                      <answerOption>
                        <valueCoding>
                          <extension url="http://hl7.org/fhir/StructureDefinition/ordinalValue"><valueDecimal value="2.0"/></extension>
                          <code value="yes"/><display value="Yes"/>
                        </valueCoding>
                      </answerOption>
                    </item>
                  </item>
                </Questionnaire>""";
        String scoring = """
                {"direction": "higher-is-better", "reverse": ["1.2"], "total": {"method": "sum", "items": ["1.1", "1.2"]},
                 "bands": [{"from": 0, "to": 1, "label": "Apart", "severity": "moderate"},
                           {"from": 2, "to": 4, "label": "Close", "severity": "none"}],
                 "reliability": 0.8, "normativeSd": 1.2}""";
        FhirQuestionnaires.Import imported = FhirQuestionnaires.read(xml, scoring, true);
        assertEquals(List.of(), imported.problems());
        assertEquals("FHIR Questionnaire http://example.org/fhir/Questionnaire/closeness version 2.0", imported.origin());
        Instrument instrument = parsed(imported.definition());
        assertEquals("closeness-check", instrument.code());
        assertEquals(2, instrument.version());
        assertTrue(instrument.validated());
        assertEquals("CC BY 4.0, Example Clinic", instrument.licence());
        assertEquals(List.of("1-1", "1-2"), instrument.items().stream().map(Instrument.Item::id).toList());
        assertTrue(instrument.item("1-2").orElseThrow().reverse());
        assertFalse(instrument.item("1-1").orElseThrow().reverse());
        // "Yes" to both: 2 + (0 + 2 - 2) = 2, in the band "Close"
        Scoring.Score score = Scoring.score(instrument, Map.of("1-1", 2, "1-2", 2));
        assertEquals(0, score.total().compareTo(java.math.BigDecimal.valueOf(2)));
        assertEquals("Close", score.band().label());
    }

    /** A Questionnaire that is fine but for what each case changes; the scoring in its extension. */
    private static String good(String change) {
        String base = """
                {"resourceType": "Questionnaire", "url": "http://example.org/q", "version": "1", "name": "Good",
                 "title": "Good", "status": "active", "copyright": "Free to use",
                 "extension": [{"url": "%s", "valueString": "{\\"direction\\": \\"higher-is-worse\\", \\"total\\": {\\"method\\": \\"sum\\"}, \\"bands\\": [{\\"from\\": 0, \\"to\\": 1, \\"label\\": \\"All\\", \\"severity\\": \\"none\\"}], \\"reliability\\": 0.8, \\"normativeSd\\": 1}"}],
                 "item": [{"linkId": "a", "text": "Item a", "type": "choice", "answerOption": [
                   {"valueCoding": {"code": "n", "display": "No"}, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0}]},
                   {"valueCoding": {"code": "y", "display": "Yes"}, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}]}]}"""
                .formatted(SCORING);
        return change == null ? base : change;
    }

    static Stream<Object[]> badCorpus() {
        String good = good(null);
        return Stream.of(
                new Object[]{"not JSON", "{\"resourceType\": \"Questionnaire\", ", "fhir.notJson"},
                new Object[]{"not XML", "<Questionnaire xmlns=\"http://hl7.org/fhir\"><status value=\"active\">", "fhir.notXml"},
                new Object[]{"another resource", "{\"resourceType\": \"Patient\"}", "fhir.notQuestionnaire"},
                new Object[]{"an element R4 does not have", good.replace("\"title\": \"Good\"", "\"title\": \"Good\", \"colour\": \"red\""), "fhir.unknownElement"},
                new Object[]{"a status R4 does not know", good.replace("\"status\": \"active\"", "\"status\": \"live\""), "fhir.invalidValue"},
                new Object[]{"no status", good.replace("\"status\": \"active\",", ""), "fhir.missingElement"},
                new Object[]{"a free-text item", good.replace("\"type\": \"choice\"", "\"type\": \"string\""), "fhir.itemType"},
                new Object[]{"a conditional item", good.replace("\"type\": \"choice\",", "\"type\": \"choice\", \"enableWhen\": [{\"question\": \"x\", \"operator\": \"exists\", \"answerBoolean\": true}],"), "fhir.conditional"},
                new Object[]{"options from a value set", good.replaceAll("(?s)\"answerOption\": \\[.*\\]}\\]}", "\"answerValueSet\": \"http://example.org/vs\"}]}"), "fhir.valueSet"},
                new Object[]{"an option without a score", good.replace(", \"extension\": [{\"url\": \"http://hl7.org/fhir/StructureDefinition/ordinalValue\", \"valueDecimal\": 1}]", ""), "fhir.optionNoScore"},
                new Object[]{"a fractional score", good.replace("\"valueDecimal\": 1}", "\"valueDecimal\": 0.5}"), "fhir.optionScoreNotWhole"},
                new Object[]{"no scoring", good.replace("\"url\": \"" + SCORING + "\"", "\"url\": \"http://example.org/other\""), "fhir.noScoring"},
                new Object[]{"a version that is not whole", good.replace("\"version\": \"1\"", "\"version\": \"1.2.3\""), "fhir.versionNotWhole"},
                new Object[]{"no copyright", good.replace("\"copyright\": \"Free to use\",", ""), "fhir.noCopyright"},
                new Object[]{"a misspelt scoring field", good.replace("\\\"reliability\\\"", "\\\"reliabilty\\\""), "fhir.scoringUnknownField"},
                new Object[]{"reverse of an unknown item", good.replace("\\\"direction\\\"", "\\\"reverse\\\": [\\\"zz\\\"], \\\"direction\\\""), "fhir.reverseUnknown"},
                // R4 lets an element carry only an extension: present, without a value
                new Object[]{"a copyright that is only an extension", good.replace("\"copyright\": \"Free to use\",",
                        "\"_copyright\": {\"extension\": [{\"url\": \"http://example.org/x\", \"valueString\": \"x\"}]},"), "fhir.noCopyright"},
                new Object[]{"an item type that is only an extension", good.replace("\"type\": \"choice\",",
                        "\"_type\": {\"extension\": [{\"url\": \"http://example.org/x\", \"valueString\": \"x\"}]},"), "fhir.missingElement"},
                new Object[]{"a repeats that is only an extension", good.replace("\"type\": \"choice\",",
                        "\"type\": \"choice\", \"_repeats\": {\"extension\": [{\"url\": \"http://example.org/x\", \"valueString\": \"x\"}]},"), null},
                new Object[]{"a score too large for any sum", good.replace("\"valueDecimal\": 1}", "\"valueDecimal\": 3000000000}"), "fhir.optionScoreTooLarge"},
                new Object[]{"a scoring version beyond any number", good.replace("\\\"direction\\\"", "\\\"version\\\": 4294967297, \\\"direction\\\""), "fhir.scoringVersion"},
                new Object[]{"items under a choice item", good.replace("\"text\": \"Item a\",", "\"text\": \"Item a\", \"item\": [{\"linkId\": \"a1\", \"text\": \"More\", \"type\": \"display\"}],"), "fhir.nestedItems"},
                new Object[]{"a conditional group", good.replace("\"item\": [{\"linkId\": \"a\"",
                        "\"item\": [{\"linkId\": \"g\", \"type\": \"group\", \"enableWhen\": [{\"question\": \"x\", \"operator\": \"exists\", \"answerBoolean\": true}], \"item\": [{\"linkId\": \"a\"").replace("}]}]}]}", "}]}]}]}]}"), "fhir.conditional"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCorpus")
    void aBadQuestionnaireGetsItsOwnMessageAndNoDefinition(String name, String text, String key) {
        FhirQuestionnaires.Import imported = FhirQuestionnaires.read(text, null, false);
        if (key == null) {
            // a shape the rules allow: read without failing, whatever it gives
            assertTrue(imported.ok() || !imported.problems().isEmpty(), name);
            assertFalse(imported.problems().stream().anyMatch(p -> p.key().equals("fhir.unreadable")), name + ": " + imported.problems());
            return;
        }
        assertNull(imported.definition(), name);
        assertTrue(imported.problems().stream().anyMatch(p -> p.key().equals(key)),
                name + ": expected " + key + " among " + imported.problems());
        // every message reads as a sentence, with its arguments in place
        for (FhirQuestionnaires.Problem p : imported.problems()) {
            String message = Texts.get(p.key(), p.argumentArray());
            assertFalse(message.contains("{") || message.startsWith("???") || message.contains("HAPI-"), message);
        }
    }

    @Test
    void theReadmesExampleIsAValidQuestionnaireThatImports() throws IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("docs/examples/fhir-questionnaire-daily-talk.json"));
        R4Validator.assertValid(Fhir.CONTEXT.newJsonParser().parseResource(text));
        FhirQuestionnaires.Import imported = FhirQuestionnaires.read(text, null, false);
        assertEquals(List.of(), imported.problems());
        Instrument instrument = parsed(imported.definition());
        assertEquals("daily-talk-check", instrument.code());
        assertTrue(instrument.item("dt-4").orElseThrow().reverse());
        // every day, every day, every day, never argued: 3 + 3 + 3 + (0 + 3 - 0) = 12
        assertEquals("A daily habit", Scoring.score(instrument, Map.of("dt-1", 3, "dt-2", 3, "dt-3", 3, "dt-4", 0)).band().label());
    }

    @Test
    void theValidatorFindsWhatBaseR4Forbids() {
        // no status, and a choice item without a linkId: two errors a test of valid output must be able to see
        Questionnaire broken = new Questionnaire();
        broken.addItem().setType(Questionnaire.QuestionnaireItemType.CHOICE).setText("x");
        assertFalse(R4Validator.errors(broken).isEmpty());
    }

    @Test
    void anXmlFileThatBeginsWithAByteOrderMarkIsReadAsXml() {
        String xml = Fhir.CONTEXT.newXmlParser().encodeResourceToString(Fhir.CONTEXT.newJsonParser().parseResource(good(null)));
        FhirQuestionnaires.Import imported = FhirQuestionnaires.read("\uFEFF" + xml, null, false);
        assertEquals(List.of(), imported.problems());
    }

    @Test
    void theGoodQuestionnaireOfTheCorpusIsGood() {
        FhirQuestionnaires.Import imported = FhirQuestionnaires.read(good(null), null, false);
        assertEquals(List.of(), imported.problems());
        assertTrue(InstrumentParser.parse(imported.definition()).ok());
    }

    @Test
    void everyProblemOfAFileIsListedAtOnce() {
        String many = good(null).replace("\"copyright\": \"Free to use\",", "").replace("\"type\": \"choice\"", "\"type\": \"date\"")
                .replace("\"status\": \"active\"", "\"status\": \"live\"");
        List<String> keys = FhirQuestionnaires.read(many, null, false).problems().stream().map(FhirQuestionnaires.Problem::key).toList();
        assertTrue(keys.containsAll(List.of("fhir.noCopyright", "fhir.itemType", "fhir.invalidValue")), keys.toString());
    }

    private static Instrument parsed(String definition) {
        InstrumentParser.Result result = InstrumentParser.parse(definition);
        assertEquals(List.of(), result.problems());
        return result.instrument();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FhirQuestionnairesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
