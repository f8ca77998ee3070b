package org.reconnect.interop.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reconnect.interop.control.FhirQuestionnaires.Import;
import org.reconnect.interop.control.FhirQuestionnaires.Problem;

import static org.reconnect.interop.control.FhirQuestionnaires.ORDINAL_VALUE;
import static org.reconnect.interop.control.FhirQuestionnaires.SCORING;
import static org.reconnect.interop.control.FhirQuestionnaires.json;
import static org.reconnect.interop.control.FhirQuestionnaires.present;
import static org.reconnect.interop.control.FhirQuestionnaires.problem;

/** One Questionnaire read into a definition, collecting every problem on the way. */
final class QuestionnaireReading {

    private static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
    private static final Set<String> SCORING_FIELDS = Set.of("code", "version", "direction", "reverse", "subscales",
            "total", "bands", "cutoff", "reliability", "normativeSd", "populations", "discrepancyThreshold");
    private static final Pattern WHOLE_VERSION = Pattern.compile("(\\d{1,4})(\\.0+)*");
    private static final Pattern ID_CHARS = Pattern.compile("[^A-Za-z0-9_-]");
    /** Scores a person can add up: no option of any instrument scores more than this either way. */
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100_000);

    private final Questionnaire q;
    private final List<Problem> problems;
    private final Map<String, String> idsByLinkId = new LinkedHashMap<>();
    private final JsonArrayBuilder items = Json.createArrayBuilder();

    QuestionnaireReading(Questionnaire q, List<Problem> problems) {
        this.q = q;
        this.problems = problems;
    }

    Import read(String scoringBeside, boolean validated) {
        if (!q.hasStatus()) {
            problems.add(problem("missingElement", "status", "Questionnaire"));
        }
        JsonObject scoring = scoring(scoringBeside);
        String title = present(q.getTitle()) ? q.getTitle() : q.getName();
        if (!present(title)) {
            problems.add(problem("noTitle"));
        }
        if (!present(q.getCopyright())) {
            problems.add(problem("noCopyright"));
        }
        String code = code(scoring);
        Integer version = version(scoring);
        for (Questionnaire.QuestionnaireItemComponent item : q.getItem()) {
            item(item);
        }
        if (idsByLinkId.isEmpty()) {
            problems.add(problem("noChoiceItems"));
        }
        JsonArray read = items.build();
        JsonArray reverse = scoring == null ? null : reverse(scoring);
        if (!problems.isEmpty() || scoring == null) {
            return new Import(null, null, List.copyOf(problems));
        }
        JsonObjectBuilder definition = Json.createObjectBuilder()
                .add("code", code)
                .add("version", version)
                .add("title", title);
        if (present(q.getDescription())) {
            definition.add("instructions", q.getDescription().strip());
        }
        definition.add("licence", q.getCopyright().strip()).add("validated", validated);
        JsonArrayBuilder withReverse = Json.createArrayBuilder();
        for (JsonValue v : read) {
            JsonObject item = v.asJsonObject();
            boolean reversed = reverse != null && reverse.stream()
                    .anyMatch(r -> r instanceof JsonString s && item.getString("id").equals(idsByLinkId.get(s.getString())));
            withReverse.add(reversed ? Json.createObjectBuilder(item).add("reverse", true) : Json.createObjectBuilder(item));
        }
        definition.add("items", withReverse);
        scoring.forEach((key, value) -> {
            if (!key.equals("code") && !key.equals("version") && !key.equals("reverse")) {
                definition.add(key, key.equals("subscales") ? subscales(value) : key.equals("total") ? total(value) : value);
            }
        });
        String origin = "FHIR Questionnaire " + (present(q.getUrl()) ? q.getUrl()
                : present(q.getIdElement().getIdPart()) ? q.getIdElement().getIdPart() : "without a URL")
                + (present(q.getVersion()) ? " version " + q.getVersion() : "");
        return new Import(definition.build().toString(), origin.length() > 500 ? origin.substring(0, 500) : origin, List.of());
    }

    /** The scoring object: the extension's or the one given beside the file, never both. */
    private JsonObject scoring(String beside) {
        List<Extension> found = q.getExtensionsByUrl(SCORING);
        boolean besideGiven = beside != null && !beside.isBlank();
        if (found.size() > 1) {
            problems.add(problem("scoringTwice"));
            return null;
        }
        if (found.isEmpty() && !besideGiven) {
            problems.add(problem("noScoring", SCORING));
            return null;
        }
        if (!found.isEmpty() && besideGiven) {
            problems.add(problem("scoringTwice"));
            return null;
        }
        String text;
        if (found.isEmpty()) {
            text = beside;
        } else if (found.get(0).getValue() instanceof StringType s) {
            text = s.getValue();
        } else {
            problems.add(problem("scoringNotString", SCORING));
            return null;
        }
        JsonObject scoring;
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(problem("scoringNotJson"));
                return null;
            }
            scoring = value.asJsonObject();
        } catch (JsonException notJson) {
            problems.add(problem("scoringNotJson"));
            return null;
        }
        scoring.keySet().stream().filter(k -> !SCORING_FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add(problem("scoringUnknownField", k)));
        return scoring;
    }

    private String code(JsonObject scoring) {
        if (scoring != null && scoring.get("code") instanceof JsonString s) {
            return s.getString();
        }
        String from = present(q.getName()) ? q.getName() : q.getTitle();
        String code = from == null ? "" : from.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (code.length() > 40) {
            code = code.substring(0, 40).replaceAll("-+$", "");
        }
        if (code.length() < 2) {
            problems.add(problem("noCode"));
        }
        return code;
    }

    private Integer version(JsonObject scoring) {
        if (scoring != null && scoring.containsKey("version")) {
            if (scoring.get("version") instanceof jakarta.json.JsonNumber n && n.isIntegral()
                    && n.bigDecimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && n.bigDecimalValue().signum() >= 0) {
                return n.intValue();
            }
            problems.add(problem("scoringVersion"));
            return null;
        }
        if (!present(q.getVersion())) {
            problems.add(problem("noVersion"));
            return null;
        }
        Matcher whole = WHOLE_VERSION.matcher(q.getVersion().strip());
        if (!whole.matches() || Integer.parseInt(whole.group(1)) < 1) {
            problems.add(problem("versionNotWhole", q.getVersion()));
            return null;
        }
        return Integer.parseInt(whole.group(1));
    }

    private void item(Questionnaire.QuestionnaireItemComponent item) {
        String linkId = present(item.getLinkId()) ? item.getLinkId() : "(no linkId)";
        if (!present(item.getLinkId())) {
            problems.add(problem("missingElement", "linkId", "item"));
        }
        if (item.getType() == null || item.getType() == Questionnaire.QuestionnaireItemType.NULL) {
            problems.add(problem("missingElement", "type", "item " + linkId));
            return;
        }
        switch (item.getType()) {
            case DISPLAY -> {
                // text to read, nothing to answer or score
            }
            case GROUP -> {
                // a group's items are given like the Questionnaire's own, unless the group itself is conditional or repeats
                conditionsOf(item, linkId);
                item.getItem().forEach(this::item);
            }
            case CHOICE -> choice(item, linkId);
            default -> problems.add(problem("itemType", linkId, item.getType().toCode()));
        }
    }

    private void conditionsOf(Questionnaire.QuestionnaireItemComponent item, String linkId) {
        if (item.hasEnableWhen() || item.hasExtension("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression")) {
            problems.add(problem("conditional", linkId));
        }
        if (Boolean.TRUE.equals(item.getRepeatsElement().getValue())) {
            problems.add(problem("repeats", linkId));
        }
    }

    private void choice(Questionnaire.QuestionnaireItemComponent item, String linkId) {
        conditionsOf(item, linkId);
        if (item.hasItem()) {
            problems.add(problem("nestedItems", linkId));
        }
        if (!present(item.getText())) {
            problems.add(problem("itemNoText", linkId));
        }
        if (!item.hasAnswerOption()) {
            problems.add(problem(item.hasAnswerValueSet() ? "valueSet" : "noOptions", linkId));
            return;
        }
        String id = ID_CHARS.matcher(linkId).replaceAll("-");
        if (id.length() > 30 || id.isEmpty()) {
            problems.add(problem("linkIdTooLong", linkId));
            return;
        }
        if (idsByLinkId.containsValue(id)) {
            problems.add(problem("linkIdTwice", linkId));
            return;
        }
        idsByLinkId.put(linkId, id);
        JsonArrayBuilder options = Json.createArrayBuilder();
        int n = 0;
        for (Questionnaire.QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
            n++;
            String label = label(option.getValue());
            if (label == null) {
                problems.add(problem("optionNoLabel", linkId, n));
                continue;
            }
            BigDecimal score = score(option);
            if (score == null) {
                problems.add(problem("optionNoScore", linkId, label));
            } else if (score.stripTrailingZeros().scale() > 0) {
                problems.add(problem("optionScoreNotWhole", linkId, label, score.toPlainString()));
            } else if (score.abs().compareTo(MAX_SCORE) > 0) {
                problems.add(problem("optionScoreTooLarge", linkId, label, score.toPlainString(), MAX_SCORE.toPlainString()));
            } else {
                options.add(Json.createObjectBuilder().add("value", score.intValueExact()).add("label", label));
            }
        }
        items.add(Json.createObjectBuilder().add("id", id).add("text", present(item.getText()) ? item.getText() : "")
                .add("options", options));
    }

    private static String label(Type value) {
        if (value instanceof Coding c) {
            return present(c.getDisplay()) ? c.getDisplay() : present(c.getCode()) ? c.getCode() : null;
        }
        if (value instanceof StringType s) {
            return present(s.getValue()) ? s.getValue() : null;
        }
        if (value instanceof IntegerType i) {
            return i.getValueAsString();
        }
        return value == null ? null : value.primitiveValue();
    }

    /** ordinalValue or itemWeight, on the option or on its coding. */
    private static BigDecimal score(Questionnaire.QuestionnaireItemAnswerOptionComponent option) {
        List<Extension> extensions = new ArrayList<>(option.getExtension());
        if (option.getValue() instanceof Coding c) {
            extensions.addAll(c.getExtension());
        }
        for (Extension e : extensions) {
            if ((ORDINAL_VALUE.equals(e.getUrl()) || ITEM_WEIGHT.equals(e.getUrl()))) {
                if (e.getValue() instanceof DecimalType d && d.getValue() != null) {
                    return d.getValue();
                }
                if (e.getValue() instanceof IntegerType i && i.getValue() != null) {
                    return BigDecimal.valueOf(i.getValue());
                }
            }
        }
        return null;
    }

    private JsonArray reverse(JsonObject scoring) {
        if (!scoring.containsKey("reverse")) {
            return null;
        }
        if (!(scoring.get("reverse") instanceof JsonArray list)) {
            problems.add(problem("scoringReverse"));
            return null;
        }
        for (JsonValue v : list) {
            if (!(v instanceof JsonString s) || !idsByLinkId.containsKey(s.getString())) {
                problems.add(problem("reverseUnknown", v instanceof JsonString s ? s.getString() : v.toString()));
            }
        }
        return list;
    }

    /** Subscales name items by linkId; the definition by the ids they became. */
    private JsonValue subscales(JsonValue value) {
        if (!(value instanceof JsonArray list)) {
            return value;
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue v : list) {
            out.add(v instanceof JsonObject o ? withItemIds(o) : v);
        }
        return out.build();
    }

    private JsonValue total(JsonValue value) {
        return value instanceof JsonObject o ? withItemIds(o) : value;
    }

    private JsonObject withItemIds(JsonObject o) {
        if (!(o.get("items") instanceof JsonArray list)) {
            return o;
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (JsonValue v : list) {
            ids.add(v instanceof JsonString s && idsByLinkId.containsKey(s.getString())
                    ? Json.createValue(idsByLinkId.get(s.getString())) : v);
        }
        return Json.createObjectBuilder(o).add("items", ids).build();
    }
}
