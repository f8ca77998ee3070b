package org.reconnect.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an instrument definition (the JSON format in {@code docs/instruments.md}) and checks
 * every rule, collecting all problems instead of stopping at the first, each precise enough to
 * fix the file: "band 3 overlaps band 2", "item q7 has no options". A definition with any
 * problem gives no instrument.
 * <p>
 * The reading is in parts: {@link DefinitionFields} reads each value as what it must be,
 * {@link ItemReading} the items and their options, {@link ScoreReading} the subscales and the
 * total, {@link BandReading} the bands and the checks of bands and cutoff against the possible
 * totals; this class the definition's own fields and the figures for change.
 */
public final class InstrumentParser {

    public static final int MAX_ITEMS = ItemReading.MAX_ITEMS;
    public static final int MAX_CHARS = 200_000;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Set<String> FIELDS = Set.of("code", "version", "title", "instructions", "licence",
            "validated", "direction", "scale", "items", "subscales", "total", "bands", "cutoff", "reliability",
            "normativeSd", "populations", "discrepancyThreshold");

    private InstrumentParser() {
    }

    /** The instrument, or the problems that keep the text from being one. */
    public record Result(Instrument instrument, List<DefinitionProblem> problems) {
        public boolean ok() {
            return instrument != null;
        }
    }

    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return failed(DefinitionProblem.of("empty"));
        }
        if (text.length() > MAX_CHARS) {
            return failed(DefinitionProblem.of("tooLong", MAX_CHARS));
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return failed(DefinitionProblem.of("notAnObject"));
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            return failed(DefinitionProblem.of("notJson", e.getLocation().getLineNumber(), e.getLocation().getColumnNumber()));
        } catch (JsonException e) {
            return failed(DefinitionProblem.of("notJson", 1, 1));
        }
        return new Reading(root).read();
    }

    private static Result failed(DefinitionProblem problem) {
        return new Result(null, List.of(problem));
    }

    /**
     * One pass over one definition, collecting problems: the definition's own fields here, the
     * items, the scores and the bands each in their own part, all writing to the same list so
     * that the problems come in the order of the file.
     */
    private static final class Reading {

        private final JsonObject root;
        private final DefinitionFields fields = new DefinitionFields();

        Reading(JsonObject root) {
            this.root = root;
        }

        Result read() {
            root.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                    .forEach(k -> fields.problem("unknownField", k));
            String code = fields.text(root, "code", "code", 40);
            if (code != null && !CODE.matcher(code).matches()) {
                fields.problem("codeFormat", code);
            }
            Integer version = fields.wholeNumber(root, "version", "version", true);
            if (version != null && (version < 1 || version > 9999)) {
                fields.problem("versionRange");
            }
            String title = fields.text(root, "title", "title", 120);
            String instructions = fields.optionalText(root, "instructions", 2000);
            String licence = fields.text(root, "licence", "licence", 2000);
            boolean validated = root.containsKey("validated") && root.get("validated") == JsonValue.TRUE;
            if (root.containsKey("validated") && root.get("validated").getValueType() != JsonValue.ValueType.TRUE
                    && root.get("validated").getValueType() != JsonValue.ValueType.FALSE) {
                fields.problem("notBoolean", "validated");
            }
            Instrument.Direction direction = direction();
            ItemReading itemReading = new ItemReading(fields);
            List<Instrument.Option> scale = root.containsKey("scale") ? itemReading.options(root.get("scale"), "scale") : null;
            List<Instrument.Item> items = itemReading.items(root, scale);
            Set<String> itemIds = new LinkedHashSet<>();
            items.forEach(i -> itemIds.add(i.id()));
            ScoreReading scores = new ScoreReading(fields);
            List<Instrument.Subscale> subscales = scores.subscales(root, itemIds);
            Instrument.Aggregate total = scores.total(root, itemIds);
            BandReading bandReading = new BandReading(fields);
            BandReading.Bands bands = bandReading.bands(root);
            BigDecimal cutoff = root.containsKey("cutoff") ? fields.number(root.get("cutoff"), "cutoff") : null;
            Double reliability = fields.decimal(root, "reliability");
            if (reliability != null && (reliability <= 0 || reliability >= 1)) {
                fields.problem("reliabilityRange");
            }
            Double sd = fields.decimal(root, "normativeSd");
            if (sd != null && sd <= 0) {
                fields.problem("positive", "normativeSd");
            }
            Instrument.Population clinical = null;
            Instrument.Population functional = null;
            if (root.containsKey("populations")) {
                JsonObject populations = fields.object(root.get("populations"), "populations");
                if (populations != null) {
                    clinical = population(populations, "clinical");
                    functional = population(populations, "functional");
                }
            }
            BigDecimal threshold = root.containsKey("discrepancyThreshold")
                    ? fields.number(root.get("discrepancyThreshold"), "discrepancyThreshold") : null;
            if (threshold != null && threshold.signum() <= 0) {
                fields.problem("positive", "discrepancyThreshold");
            }
            // bands and cutoff are checked against the possible totals whenever items, total and
            // bands could be read, so that their problems show with the others
            boolean shapeRead = !items.isEmpty() && total != null && bands.checkable()
                    && items.size() == ItemReading.listed(root);
            if (shapeRead) {
                bandReading.checkAgainstTotals(new Instrument(code, 1, title, instructions, licence, validated, items,
                        subscales, total, bands.bands(), direction, cutoff, 0.5, 1, null, null, null));
            }
            if (!fields.ok()) {
                return new Result(null, fields.problems());
            }
            Instrument draft = new Instrument(code, version, title, instructions, licence, validated, items, subscales,
                    total, bands.bands(), direction, cutoff, reliability, sd, clinical, functional, threshold);
            return new Result(draft, List.of());
        }

        private Instrument.Direction direction() {
            String direction = fields.text(root, "direction", "direction", 20);
            if (direction == null) {
                return null;
            }
            return switch (direction) {
                case "higher-is-better" -> Instrument.Direction.HIGHER_IS_BETTER;
                case "higher-is-worse" -> Instrument.Direction.HIGHER_IS_WORSE;
                default -> {
                    fields.problem("directionValue", direction);
                    yield null;
                }
            };
        }

        private Instrument.Population population(JsonObject populations, String name) {
            if (!populations.containsKey(name)) {
                fields.problem("missing", "populations " + name);
                return null;
            }
            JsonObject p = fields.object(populations.get(name), "populations " + name);
            if (p == null) {
                return null;
            }
            Double mean = fields.decimal(p, "mean", "populations " + name + " mean");
            Double sd = fields.decimal(p, "sd", "populations " + name + " sd");
            if (sd != null && sd <= 0) {
                fields.problem("positive", "populations " + name + " sd");
            }
            return mean == null || sd == null ? null : new Instrument.Population(mean, sd);
        }
    }
}
