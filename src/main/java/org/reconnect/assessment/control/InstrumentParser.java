package org.reconnect.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an instrument definition (the JSON format in {@code docs/instruments.md}) and checks
 * every rule, collecting all problems instead of stopping at the first, each precise enough to
 * fix the file: "band 3 overlaps band 2", "item q7 has no options". A definition with any
 * problem gives no instrument.
 */
public final class InstrumentParser {

    public static final int MAX_ITEMS = 100;
    public static final int MAX_CHARS = 200_000;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,30}");
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

    /** One pass over one definition, collecting problems. */
    private static final class Reading {

        private final JsonObject root;
        private final List<DefinitionProblem> problems = new ArrayList<>();

        Reading(JsonObject root) {
            this.root = root;
        }

        Result read() {
            root.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                    .forEach(k -> problem("unknownField", k));
            String code = text(root, "code", "code", 40);
            if (code != null && !CODE.matcher(code).matches()) {
                problem("codeFormat", code);
            }
            Integer version = wholeNumber(root, "version", "version", true);
            if (version != null && (version < 1 || version > 9999)) {
                problem("versionRange");
            }
            String title = text(root, "title", "title", 120);
            String instructions = optionalText(root, "instructions", 2000);
            String licence = text(root, "licence", "licence", 2000);
            boolean validated = root.containsKey("validated") && root.get("validated") == JsonValue.TRUE;
            if (root.containsKey("validated") && root.get("validated").getValueType() != JsonValue.ValueType.TRUE
                    && root.get("validated").getValueType() != JsonValue.ValueType.FALSE) {
                problem("notBoolean", "validated");
            }
            Instrument.Direction direction = direction();
            List<Instrument.Option> scale = root.containsKey("scale") ? options(root.get("scale"), "scale") : null;
            List<Instrument.Item> items = items(scale);
            Set<String> itemIds = new LinkedHashSet<>();
            items.forEach(i -> itemIds.add(i.id()));
            List<Instrument.Subscale> subscales = subscales(itemIds);
            Instrument.Aggregate total = total(itemIds);
            List<Instrument.Band> bands = bandsRaw();
            BigDecimal cutoff = root.containsKey("cutoff") ? number(root.get("cutoff"), "cutoff") : null;
            Double reliability = decimal(root, "reliability");
            if (reliability != null && (reliability <= 0 || reliability >= 1)) {
                problem("reliabilityRange");
            }
            Double sd = decimal(root, "normativeSd");
            if (sd != null && sd <= 0) {
                problem("positive", "normativeSd");
            }
            Instrument.Population clinical = null;
            Instrument.Population functional = null;
            if (root.containsKey("populations")) {
                JsonObject populations = object(root.get("populations"), "populations");
                if (populations != null) {
                    clinical = population(populations, "clinical");
                    functional = population(populations, "functional");
                }
            }
            BigDecimal threshold = root.containsKey("discrepancyThreshold")
                    ? number(root.get("discrepancyThreshold"), "discrepancyThreshold") : null;
            if (threshold != null && threshold.signum() <= 0) {
                problem("positive", "discrepancyThreshold");
            }
            // bands and cutoff are checked against the possible totals whenever items, total and
            // bands could be read, so that their problems show with the others
            boolean shapeRead = !items.isEmpty() && total != null && !bands.isEmpty() && bandsComplete
                    && items.size() == itemCount();
            if (shapeRead) {
                Instrument shape = new Instrument(code, 1, title, instructions, licence, validated, items, subscales,
                        total, bands, direction, cutoff, 0.5, 1, null, null, null);
                checkBands(shape);
                if (cutoff != null) {
                    BigDecimal low = Scoring.lowest(shape, total);
                    BigDecimal high = Scoring.highest(shape, total);
                    if (cutoff.compareTo(low) < 0 || cutoff.compareTo(high) > 0) {
                        problem("cutoffRange", plain(low), plain(high));
                    }
                }
            }
            if (!problems.isEmpty()) {
                return new Result(null, List.copyOf(problems));
            }
            Instrument draft = new Instrument(code, version, title, instructions, licence, validated, items, subscales,
                    total, bands, direction, cutoff, reliability, sd, clinical, functional, threshold);
            return new Result(draft, List.of());
        }

        private Instrument.Direction direction() {
            String direction = text(root, "direction", "direction", 20);
            if (direction == null) {
                return null;
            }
            return switch (direction) {
                case "higher-is-better" -> Instrument.Direction.HIGHER_IS_BETTER;
                case "higher-is-worse" -> Instrument.Direction.HIGHER_IS_WORSE;
                default -> {
                    problem("directionValue", direction);
                    yield null;
                }
            };
        }

        private List<Instrument.Item> items(List<Instrument.Option> scale) {
            List<Instrument.Item> items = new ArrayList<>();
            JsonArray array = array(root, "items");
            if (array == null) {
                return items;
            }
            if (array.isEmpty()) {
                problem("noItems");
            }
            if (array.size() > MAX_ITEMS) {
                problem("tooManyItems", MAX_ITEMS);
            }
            Set<String> seen = new HashSet<>();
            for (int n = 0; n < array.size(); n++) {
                String where = "item " + (n + 1);
                JsonObject item = object(array.get(n), where);
                if (item == null) {
                    continue;
                }
                String id = text(item, "id", where + " id", 30);
                if (id != null) {
                    if (!ID.matcher(id).matches()) {
                        problem("idFormat", where, id);
                    } else if (!seen.add(id)) {
                        problem("duplicateItem", id);
                    }
                    where = "item " + id;
                }
                String text = text(item, "text", where + " text", 500);
                List<Instrument.Option> options;
                if (item.containsKey("options")) {
                    options = options(item.get("options"), where);
                } else if (scale != null) {
                    options = scale;
                } else {
                    problem("noOptions", where);
                    options = List.of();
                }
                boolean reverse = item.containsKey("reverse") && item.get("reverse") == JsonValue.TRUE;
                if (reverse && !options.isEmpty() && options.stream().mapToInt(Instrument.Option::value).distinct().count() < 2) {
                    problem("reverseNoRange", where);
                }
                if (id != null && text != null && !options.isEmpty()) {
                    items.add(new Instrument.Item(id, text, options, reverse));
                }
            }
            return items;
        }

        private List<Instrument.Option> options(JsonValue value, String where) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                problem("notAList", where + " options");
                return List.of();
            }
            JsonArray array = value.asJsonArray();
            if (array.isEmpty()) {
                problem("noOptions", where);
                return List.of();
            }
            if (array.size() == 1) {
                problem("oneOption", where);
            }
            List<Instrument.Option> options = new ArrayList<>();
            Set<Integer> values = new HashSet<>();
            for (int n = 0; n < array.size(); n++) {
                String at = where + " option " + (n + 1);
                JsonObject option = object(array.get(n), at);
                if (option == null) {
                    continue;
                }
                Integer v = wholeNumber(option, "value", at + " value", false);
                String label = text(option, "label", at + " label", 120);
                if (v != null && !values.add(v)) {
                    problem("duplicateOption", where, v);
                }
                if (v != null && label != null) {
                    options.add(new Instrument.Option(v, label));
                }
            }
            return options;
        }

        private List<Instrument.Subscale> subscales(Set<String> itemIds) {
            List<Instrument.Subscale> subscales = new ArrayList<>();
            if (!root.containsKey("subscales")) {
                return subscales;
            }
            JsonArray array = array(root, "subscales");
            if (array == null) {
                return subscales;
            }
            Set<String> seen = new HashSet<>();
            for (int n = 0; n < array.size(); n++) {
                String where = "subscale " + (n + 1);
                JsonObject s = object(array.get(n), where);
                if (s == null) {
                    continue;
                }
                String id = text(s, "id", where + " id", 30);
                if (id != null) {
                    if (!ID.matcher(id).matches()) {
                        problem("idFormat", where, id);
                    } else if (!seen.add(id)) {
                        problem("duplicateSubscale", id);
                    }
                    where = "subscale " + id;
                }
                String title = text(s, "title", where + " title", 120);
                Instrument.Aggregate aggregate = aggregate(s, where, itemIds, false);
                if (id != null && title != null && aggregate != null) {
                    subscales.add(new Instrument.Subscale(id, title, aggregate));
                }
            }
            return subscales;
        }

        private Instrument.Aggregate total(Set<String> itemIds) {
            JsonObject total = root.containsKey("total") ? object(root.get("total"), "total") : null;
            if (total == null) {
                if (!root.containsKey("total")) {
                    problem("missing", "total");
                }
                return null;
            }
            return aggregate(total, "total", itemIds, true);
        }

        private Instrument.Aggregate aggregate(JsonObject object, String where, Set<String> itemIds, boolean allByDefault) {
            Instrument.Method method = null;
            String m = text(object, "method", where + " method", 10);
            if (m != null) {
                switch (m.toLowerCase(Locale.ROOT)) {
                    case "sum" -> method = Instrument.Method.SUM;
                    case "mean" -> method = Instrument.Method.MEAN;
                    default -> problem("methodValue", where, m);
                }
            }
            List<String> ids = new ArrayList<>();
            if (!object.containsKey("items") && allByDefault) {
                ids.addAll(itemIds);
            } else {
                JsonArray array = array(object, "items", where + " items");
                if (array != null) {
                    if (array.isEmpty()) {
                        problem("emptyItemList", where);
                    }
                    for (JsonValue v : array) {
                        if (v.getValueType() != JsonValue.ValueType.STRING) {
                            problem("notText", where + " items");
                            continue;
                        }
                        String id = ((JsonString) v).getString();
                        if (!itemIds.contains(id)) {
                            problem("unknownItem", where, id);
                        } else if (ids.contains(id)) {
                            problem("itemTwice", where, id);
                        } else {
                            ids.add(id);
                        }
                    }
                }
            }
            return method == null || ids.isEmpty() ? null : new Instrument.Aggregate(ids, method);
        }

        private boolean bandsComplete;

        private int itemCount() {
            JsonValue items = root.get("items");
            return items != null && items.getValueType() == JsonValue.ValueType.ARRAY ? items.asJsonArray().size() : -1;
        }

        private List<Instrument.Band> bandsRaw() {
            List<Instrument.Band> bands = new ArrayList<>();
            JsonArray array = array(root, "bands");
            if (array == null) {
                return bands;
            }
            if (array.isEmpty()) {
                problem("noBands");
            }
            for (int n = 0; n < array.size(); n++) {
                String where = "band " + (n + 1);
                JsonObject b = object(array.get(n), where);
                if (b == null) {
                    continue;
                }
                BigDecimal from = b.containsKey("from") ? number(b.get("from"), where + " from") : missing(where + " from");
                BigDecimal to = b.containsKey("to") ? number(b.get("to"), where + " to") : missing(where + " to");
                String label = text(b, "label", where + " label", 80);
                Instrument.Severity severity = null;
                String s = text(b, "severity", where + " severity", 20);
                if (s != null) {
                    try {
                        severity = Instrument.Severity.valueOf(s.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problem("severityValue", where, s);
                    }
                }
                if (from != null && to != null && from.compareTo(to) > 0) {
                    problem("bandFromAboveTo", n + 1);
                }
                if (from != null && to != null && label != null && severity != null) {
                    bands.add(new Instrument.Band(from, to, label, severity));
                }
            }
            bandsComplete = bands.size() == array.size();
            return bands;
        }

        /** Bands in ascending order, meeting without gap or overlap, covering every possible total. */
        private void checkBands(Instrument draft) {
            List<Instrument.Band> bands = draft.bands();
            BigDecimal step = Scoring.resolution(draft.total().method());
            BigDecimal low = Scoring.lowest(draft, draft.total());
            BigDecimal high = Scoring.highest(draft, draft.total());
            for (int n = 1; n < bands.size(); n++) {
                Instrument.Band previous = bands.get(n - 1);
                Instrument.Band band = bands.get(n);
                if (band.from().compareTo(previous.to()) <= 0) {
                    problem("bandOverlap", n + 1, n);
                } else if (band.from().compareTo(previous.to().add(step)) != 0) {
                    // bands meet exactly one step apart, or some total would fall between them
                    problem("bandGap", n, n + 1, plain(previous.to()), plain(band.from()));
                }
            }
            if (bands.get(0).from().compareTo(low) > 0) {
                problem("bandsStartTooHigh", plain(low));
            }
            if (bands.get(bands.size() - 1).to().compareTo(high) < 0) {
                problem("bandsEndTooLow", plain(high));
            }
        }

        private Instrument.Population population(JsonObject populations, String name) {
            if (!populations.containsKey(name)) {
                problem("missing", "populations " + name);
                return null;
            }
            JsonObject p = object(populations.get(name), "populations " + name);
            if (p == null) {
                return null;
            }
            Double mean = decimal(p, "mean", "populations " + name + " mean");
            Double sd = decimal(p, "sd", "populations " + name + " sd");
            if (sd != null && sd <= 0) {
                problem("positive", "populations " + name + " sd");
            }
            return mean == null || sd == null ? null : new Instrument.Population(mean, sd);
        }

        // --- typed reads: each reports what is missing or of the wrong kind, and where

        private String text(JsonObject object, String key, String where, int max) {
            if (!object.containsKey(key) || object.isNull(key)) {
                problem("missing", where);
                return null;
            }
            if (object.get(key).getValueType() != JsonValue.ValueType.STRING) {
                problem("notText", where);
                return null;
            }
            String text = object.getString(key).strip();
            if (text.isEmpty()) {
                problem("missing", where);
                return null;
            }
            if (text.length() > max) {
                problem("textTooLong", where, max);
                return null;
            }
            return text;
        }

        private String optionalText(JsonObject object, String key, int max) {
            return object.containsKey(key) ? text(object, key, key, max) : "";
        }

        private Integer wholeNumber(JsonObject object, String key, String where, boolean required) {
            if (!object.containsKey(key)) {
                problem("missing", where);
                return null;
            }
            BigDecimal n = number(object.get(key), where);
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                problem("notWhole", where);
                return null;
            }
        }

        private Double decimal(JsonObject object, String key) {
            return decimal(object, key, key);
        }

        private Double decimal(JsonObject object, String key, String where) {
            if (!object.containsKey(key)) {
                problem("missing", where);
                return null;
            }
            BigDecimal n = number(object.get(key), where);
            return n == null ? null : n.doubleValue();
        }

        private BigDecimal number(JsonValue value, String where) {
            if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                problem("notNumber", where);
                return null;
            }
            return ((JsonNumber) value).bigDecimalValue();
        }

        private BigDecimal missing(String where) {
            problem("missing", where);
            return null;
        }

        private JsonObject object(JsonValue value, String where) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem("notAnObjectAt", where);
                return null;
            }
            return value.asJsonObject();
        }

        private JsonArray array(JsonObject object, String key) {
            return array(object, key, key);
        }

        private JsonArray array(JsonObject object, String key, String where) {
            if (!object.containsKey(key)) {
                problem("missing", where);
                return null;
            }
            if (object.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
                problem("notAList", where);
                return null;
            }
            return object.getJsonArray(key);
        }

        private void problem(String key, Object... arguments) {
            problems.add(DefinitionProblem.of(key, arguments));
        }
    }

    /** A number as the file would write it, for messages. */
    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
