package org.reconnect.interop.control;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StringType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * FHIR R4 {@code Questionnaire}s in and out of Reconnect's own instrument definition format
 * ({@code docs/instruments.md}), with HAPI FHIR's model and parsers.
 * <p>
 * In: items of type {@code choice} with {@code answerOption}s become scored items, each option's
 * score taken from the standard {@code ordinalValue} or {@code itemWeight} extension; groups are
 * read through and display items skipped. What FHIR cannot say (reverse items, sum or mean,
 * subscales, bands, cutoff, reliability and SD, direction) comes from Reconnect's scoring
 * extension, {@value #SCORING}: a {@code valueString} holding a JSON object with those fields of
 * the definition format, plus {@code reverse} (the linkIds of reverse-scored items) and,
 * optionally, {@code code} and {@code version}. Every problem of the file is collected, each
 * naming where it is; a file with any gives no definition. The definition itself is then checked
 * by the instrument parser like any other. The reading itself is {@link QuestionnaireReading}'s.
 * <p>
 * Out: a definition becomes a Questionnaire carrying the same two kinds of extension, so an
 * exported instrument imports again with the same scores.
 */
public final class FhirQuestionnaires {

    /** Reconnect's scoring extension on a Questionnaire. */
    public static final String SCORING = Fhir.BASE + "StructureDefinition/instrument-scoring";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    public static final int MAX_CHARS = 512 * 1024;
    /** The definition's fields that the Questionnaire itself carries; the rest is the scoring extension's. */
    private static final Set<String> CARRIED = Set.of("title", "instructions", "licence", "validated", "scale", "items");

    private FhirQuestionnaires() {
    }

    /** One thing wrong with a file: a message key ({@code fhir.*}) and its arguments. */
    public record Problem(String key, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    /** An import's outcome: the definition (JSON text) and where it came from, or the problems. */
    public record Import(String definition, String origin, List<Problem> problems) {
        public boolean ok() {
            return definition != null;
        }
    }

    /**
     * Reads a Questionnaire (JSON or XML) into a definition. {@code scoringBeside} is the scoring
     * object given beside the file, for a Questionnaire without the extension; {@code validated}
     * is the admin's word on whether it is a validated clinical instrument.
     */
    public static Import read(String text, String scoringBeside, boolean validated) {
        if (text == null || text.isBlank()) {
            return failed(problem("empty"));
        }
        if (text.length() > MAX_CHARS) {
            return failed(problem("tooLong", MAX_CHARS));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Problem> problems = new ArrayList<>();
        boolean xml = text.stripLeading().startsWith("<");
        IParser parser = (xml ? Fhir.CONTEXT.newXmlParser() : Fhir.CONTEXT.newJsonParser())
                .setParserErrorHandler(new Collecting(problems));
        IBaseResource resource;
        try {
            resource = parser.parseResource(text);
        } catch (DataFormatException | IllegalArgumentException notFhir) {
            return failed(problem(xml ? "notXml" : "notJson", Fhir.plain(notFhir.getMessage())));
        }
        if (!(resource instanceof Questionnaire questionnaire)) {
            return failed(problem("notQuestionnaire", resource.fhirType()));
        }
        try {
            return new QuestionnaireReading(questionnaire, problems).read(scoringBeside, validated);
        } catch (RuntimeException unforeseen) {
            // a shape of file the reading did not foresee is still only a file that cannot be imported
            return failed(problem("unreadable", unforeseen.getClass().getSimpleName()));
        }
    }

    /**
     * The Questionnaire of a stored definition (the JSON of the definition format): every item a
     * required {@code choice} whose options carry their scores as {@code ordinalValue}, and the
     * rest of the scoring in Reconnect's extension.
     */
    public static Questionnaire write(String definition) {
        JsonObject d = json(definition);
        String code = d.getString("code");
        int version = d.getInt("version");
        Questionnaire q = new Questionnaire();
        q.setId(code + "-" + version);
        q.setUrl(canonical(code));
        q.setVersion(Integer.toString(version));
        q.setName(name(code));
        q.setTitle(d.getString("title"));
        q.setStatus(Enumerations.PublicationStatus.ACTIVE);
        if (d.containsKey("instructions")) {
            q.setDescription(d.getString("instructions"));
        }
        q.setCopyright(d.getString("licence"));
        q.getSubjectType().add(new org.hl7.fhir.r4.model.CodeType("Patient"));
        JsonArray scale = d.containsKey("scale") ? d.getJsonArray("scale") : null;
        JsonArrayBuilder reverse = Json.createArrayBuilder();
        for (JsonValue v : d.getJsonArray("items")) {
            JsonObject i = v.asJsonObject();
            Questionnaire.QuestionnaireItemComponent item = q.addItem()
                    .setLinkId(i.getString("id"))
                    .setText(i.getString("text"))
                    .setType(Questionnaire.QuestionnaireItemType.CHOICE)
                    .setRequired(true);
            JsonArray options = i.containsKey("options") ? i.getJsonArray("options") : scale;
            for (JsonValue o : options) {
                JsonObject option = o.asJsonObject();
                int value = option.getInt("value");
                Questionnaire.QuestionnaireItemAnswerOptionComponent answer = item.addAnswerOption();
                answer.setValue(new Coding(answerSystem(code), Integer.toString(value), option.getString("label")));
                answer.addExtension(ORDINAL_VALUE, new DecimalType(value));
            }
            if (i.getBoolean("reverse", false)) {
                reverse.add(i.getString("id"));
            }
        }
        JsonObjectBuilder scoring = Json.createObjectBuilder();
        d.forEach((key, value) -> {
            if (!CARRIED.contains(key)) {
                scoring.add(key, value);
            }
        });
        JsonArray reversed = reverse.build();
        if (!reversed.isEmpty()) {
            scoring.add("reverse", reversed);
        }
        q.addExtension(SCORING, new StringType(scoring.build().toString()));
        return q;
    }

    /** The canonical URL of an instrument's Questionnaire. */
    public static String canonical(String code) {
        return Fhir.BASE + "Questionnaire/" + code;
    }

    /** The code system of an instrument's answer options: their scores, shown by their labels. */
    public static String answerSystem(String code) {
        return Fhir.BASE + "CodeSystem/" + code + "-answers";
    }

    /** A computer name for the instrument: "connection-check" gives "ConnectionCheck". */
    static String name(String code) {
        StringBuilder name = new StringBuilder();
        for (String part : code.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return Character.isLetter(name.charAt(0)) ? name.toString() : "Q" + name;
    }

    /** Present with a value: R4 lets an element carry only an extension, which HAPI counts as present. */
    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Import failed(Problem problem) {
        return new Import(null, null, List.of(problem));
    }

    static Problem problem(String key, Object... arguments) {
        return new Problem("fhir." + key, List.of(arguments));
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** HAPI's parser reports what does not fit R4; every report becomes a problem, where it was found. */
    private static final class Collecting extends ErrorHandlerAdapter {

        private final List<Problem> problems;

        Collecting(List<Problem> problems) {
            this.problems = problems;
        }

        private String at(IParseLocation location) {
            return location == null || location.getParentElementName() == null ? "Questionnaire" : location.getParentElementName();
        }

        @Override
        public void unknownElement(IParseLocation location, String name) {
            problems.add(problem("unknownElement", name, at(location)));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String name) {
            problems.add(problem("unknownElement", name, at(location)));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String name) {
            problems.add(problem("repeated", name, at(location)));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            problems.add(problem("invalidValue", value == null ? "" : value, at(location), Fhir.plain(error)));
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String name) {
            problems.add(problem("missingElement", name, at(location)));
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String name,
                                      ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType expected,
                                      ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType expectedScalar,
                                      ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType found,
                                      ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType foundScalar) {
            problems.add(problem("wrongJsonType", name, at(location)));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            problems.add(problem("extensionBoth", at(location)));
        }
    }
}
