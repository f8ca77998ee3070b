package org.reconnect.assessment.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How items are formed into scores: the subscales (optional; each a unique id, a title, the
 * items it takes and its method) and the total (required; its method, and all items unless it
 * names some). Every item named must exist, and be named once.
 */
final class ScoreReading {

    private final DefinitionFields fields;

    ScoreReading(DefinitionFields fields) {
        this.fields = fields;
    }

    List<Instrument.Subscale> subscales(JsonObject root, Set<String> itemIds) {
        List<Instrument.Subscale> subscales = new ArrayList<>();
        if (!root.containsKey("subscales")) {
            return subscales;
        }
        JsonArray array = fields.array(root, "subscales");
        if (array == null) {
            return subscales;
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < array.size(); n++) {
            String where = "subscale " + (n + 1);
            JsonObject s = fields.object(array.get(n), where);
            if (s == null) {
                continue;
            }
            String id = fields.id(s, where, seen, "duplicateSubscale");
            if (id != null) {
                where = "subscale " + id;
            }
            String title = fields.text(s, "title", where + " title", 120);
            Instrument.Aggregate aggregate = aggregate(s, where, itemIds, false);
            if (id != null && title != null && aggregate != null) {
                subscales.add(new Instrument.Subscale(id, title, aggregate));
            }
        }
        return subscales;
    }

    Instrument.Aggregate total(JsonObject root, Set<String> itemIds) {
        JsonObject total = root.containsKey("total") ? fields.object(root.get("total"), "total") : null;
        if (total == null) {
            if (!root.containsKey("total")) {
                fields.problem("missing", "total");
            }
            return null;
        }
        return aggregate(total, "total", itemIds, true);
    }

    /**
     * A method and the items it takes; {@code allByDefault}: no list means every item (the total).
     * Null when either could not be read.
     */
    Instrument.Aggregate aggregate(JsonObject object, String where, Set<String> itemIds, boolean allByDefault) {
        Instrument.Method method = null;
        String m = fields.text(object, "method", where + " method", 10);
        if (m != null) {
            switch (m.toLowerCase(Locale.ROOT)) {
                case "sum" -> method = Instrument.Method.SUM;
                case "mean" -> method = Instrument.Method.MEAN;
                default -> fields.problem("methodValue", where, m);
            }
        }
        List<String> ids = new ArrayList<>();
        if (!object.containsKey("items") && allByDefault) {
            ids.addAll(itemIds);
        } else {
            JsonArray array = fields.array(object, "items", where + " items");
            if (array != null) {
                if (array.isEmpty()) {
                    fields.problem("emptyItemList", where);
                }
                for (JsonValue v : array) {
                    if (v.getValueType() != JsonValue.ValueType.STRING) {
                        fields.problem("notText", where + " items");
                        continue;
                    }
                    String id = ((JsonString) v).getString();
                    if (!itemIds.contains(id)) {
                        fields.problem("unknownItem", where, id);
                    } else if (ids.contains(id)) {
                        fields.problem("itemTwice", where, id);
                    } else {
                        ids.add(id);
                    }
                }
            }
        }
        return method == null || ids.isEmpty() ? null : new Instrument.Aggregate(ids, method);
    }
}
