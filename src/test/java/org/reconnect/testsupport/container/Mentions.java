package org.reconnect.testsupport.container;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Modifier;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether an answer of a boundary shows anything of couple 1 of a {@link MatrixWorld}: its case
 * number, a text carrying its token (names, homework title, entry, note), or, in a field that says
 * what it is, its id or the id of one of its questionnaires; or whether it shows one particular
 * text. Looks through records, plain objects, lists, maps and Optionals, never into Hibernate's
 * lazy collections or proxies.
 */
public final class Mentions {

    private static final int DEPTH = 8;

    private final MatrixWorld world;
    private final Predicate<String> text;
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private Mentions(MatrixWorld world, Predicate<String> text) {
        this.world = world;
        this.text = text;
    }

    public static boolean coupleOne(Object answer, MatrixWorld world) {
        return new Mentions(world, t -> t.equals(world.caseNumber()) || t.contains(world.token())).in(answer, DEPTH);
    }

    /** Whether the answer holds {@code text} anywhere in its texts. */
    public static boolean text(Object answer, String text) {
        return new Mentions(null, t -> t.contains(text)).in(answer, DEPTH);
    }

    private boolean in(Object value, int depth) {
        if (value == null || depth == 0 || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof ZoneId
                || value instanceof Class<?>) {
            return false;
        }
        if (value instanceof CharSequence text) {
            return this.text.test(text.toString());
        }
        if (value instanceof byte[] bytes) {
            // an export: CSV text, or a PDF whose text is compressed (so this finds nothing in it)
            return this.text.test(new String(bytes, StandardCharsets.UTF_8));
        }
        if (!seen.add(value)) {
            return false;
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() && in(optional.get(), depth - 1);
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                if (in(item, depth - 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (in(e.getKey(), depth - 1) || in(e.getValue(), depth - 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Object[] array) {
            for (Object item : array) {
                if (in(item, depth - 1)) {
                    return true;
                }
            }
            return false;
        }
        String type = value.getClass().getName();
        if (value.getClass().isArray() || type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("org.hibernate.")
                || type.contains("$HibernateProxy")) {
            return false;
        }
        return inFields(value, depth);
    }

    private boolean inFields(Object value, int depth) {
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object fieldValue;
                try {
                    field.setAccessible(true);
                    fieldValue = field.get(value);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    continue;
                }
                if (fieldValue instanceof Number id && namesCoupleOne(field.getName(), id.longValue())) {
                    return true;
                }
                if (in(fieldValue, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean namesCoupleOne(String field, long id) {
        return world != null && switch (field) {
            case "coupleId" -> id == world.couple();
            case "administrationId" -> id == world.response() || id == world.openResponse();
            default -> false;
        };
    }
}
