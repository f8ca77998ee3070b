package org.reconnect.assessment.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typed reads of one instrument definition, shared by the parts that read it: each value
 * is read as what it must be (text of a length, a whole number, a number, an object, a list)
 * and anything missing or of the wrong kind is written down as a problem that says where
 * ("item q7 text"), in the order it was found. A read that fails gives {@code null}, so the
 * reading goes on and every problem is reported at once.
 */
final class DefinitionFields {

    /** An item's or a subscale's id. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    private final List<DefinitionProblem> problems = new ArrayList<>();

    /** The problems found so far, in the order found. */
    List<DefinitionProblem> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void problem(String key, Object... arguments) {
        problems.add(DefinitionProblem.of(key, arguments));
    }

    /** Required text, stripped, of at most {@code max} characters. */
    String text(JsonObject object, String key, String where, int max) {
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

    /** Text that may be left out: empty then. */
    String optionalText(JsonObject object, String key, int max) {
        return object.containsKey(key) ? text(object, key, key, max) : "";
    }

    /**
     * An item's or a subscale's id: present, of the id's form, and not one of {@code seen}
     * (which it joins); a repeated id is {@code duplicateKey}. The id is returned even when it
     * is malformed or repeated, so that later problems can name it.
     */
    String id(JsonObject object, String where, Set<String> seen, String duplicateKey) {
        String id = text(object, "id", where + " id", 30);
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                problem("idFormat", where, id);
            } else if (!seen.add(id)) {
                problem(duplicateKey, id);
            }
        }
        return id;
    }

    /** A whole number (a missing one is a problem whether or not it is required). */
    Integer wholeNumber(JsonObject object, String key, String where, boolean required) {
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

    Double decimal(JsonObject object, String key) {
        return decimal(object, key, key);
    }

    Double decimal(JsonObject object, String key, String where) {
        BigDecimal n = requiredNumber(object, key, where);
        return n == null ? null : n.doubleValue();
    }

    BigDecimal number(JsonValue value, String where) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            problem("notNumber", where);
            return null;
        }
        return ((JsonNumber) value).bigDecimalValue();
    }

    /** The number under {@code key}, or a problem that it is missing. */
    BigDecimal requiredNumber(JsonObject object, String key, String where) {
        if (!object.containsKey(key)) {
            problem("missing", where);
            return null;
        }
        return number(object.get(key), where);
    }

    JsonObject object(JsonValue value, String where) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problem("notAnObjectAt", where);
            return null;
        }
        return value.asJsonObject();
    }

    JsonArray array(JsonObject object, String key) {
        return array(object, key, key);
    }

    JsonArray array(JsonObject object, String key, String where) {
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
}
