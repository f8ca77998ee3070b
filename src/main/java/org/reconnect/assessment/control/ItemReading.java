package org.reconnect.assessment.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The items of a definition and their answer options: 1 to {@link #MAX_ITEMS} items, each with
 * a unique id, a text, and options of its own or else the shared {@code scale}; options are at
 * least two, each a whole-number value (unique within the item) and a label; a reverse-scored
 * item needs options with a range to mirror against.
 */
final class ItemReading {

    static final int MAX_ITEMS = 100;

    private final DefinitionFields fields;

    ItemReading(DefinitionFields fields) {
        this.fields = fields;
    }

    /** The items that could be read whole; what could not is in the problems. */
    List<Instrument.Item> items(JsonObject root, List<Instrument.Option> scale) {
        List<Instrument.Item> items = new ArrayList<>();
        JsonArray array = fields.array(root, "items");
        if (array == null) {
            return items;
        }
        if (array.isEmpty()) {
            fields.problem("noItems");
        }
        if (array.size() > MAX_ITEMS) {
            fields.problem("tooManyItems", MAX_ITEMS);
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < array.size(); n++) {
            String where = "item " + (n + 1);
            JsonObject item = fields.object(array.get(n), where);
            if (item == null) {
                continue;
            }
            String id = fields.id(item, where, seen, "duplicateItem");
            if (id != null) {
                where = "item " + id;
            }
            String text = fields.text(item, "text", where + " text", 500);
            List<Instrument.Option> options;
            if (item.containsKey("options")) {
                options = options(item.get("options"), where);
            } else if (scale != null) {
                options = scale;
            } else {
                fields.problem("noOptions", where);
                options = List.of();
            }
            boolean reverse = item.containsKey("reverse") && item.get("reverse") == JsonValue.TRUE;
            if (reverse && !options.isEmpty() && options.stream().mapToInt(Instrument.Option::value).distinct().count() < 2) {
                fields.problem("reverseNoRange", where);
            }
            if (id != null && text != null && !options.isEmpty()) {
                items.add(new Instrument.Item(id, text, options, reverse));
            }
        }
        return items;
    }

    /** The options in {@code value} (an item's own, or the shared scale), {@code where} naming their owner. */
    List<Instrument.Option> options(JsonValue value, String where) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            fields.problem("notAList", where + " options");
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        if (array.isEmpty()) {
            fields.problem("noOptions", where);
            return List.of();
        }
        if (array.size() == 1) {
            fields.problem("oneOption", where);
        }
        List<Instrument.Option> options = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        for (int n = 0; n < array.size(); n++) {
            String at = where + " option " + (n + 1);
            JsonObject option = fields.object(array.get(n), at);
            if (option == null) {
                continue;
            }
            Integer v = fields.wholeNumber(option, "value", at + " value", false);
            String label = fields.text(option, "label", at + " label", 120);
            if (v != null && !values.add(v)) {
                fields.problem("duplicateOption", where, v);
            }
            if (v != null && label != null) {
                options.add(new Instrument.Option(v, label));
            }
        }
        return options;
    }

    /** How many items the definition lists, read or not; -1 without a list. */
    static int listed(JsonObject root) {
        JsonValue items = root.get("items");
        return items != null && items.getValueType() == JsonValue.ValueType.ARRAY ? items.asJsonArray().size() : -1;
    }
}
