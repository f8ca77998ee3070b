package org.reconnect.shared.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * One page of a list, as a table asks for it: where it starts, how long it is, the sort and the
 * filters. The boundary that answers decides which sort and filter fields it knows; anything
 * else is ignored, never pasted into a query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters)
        implements Serializable {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(MAX_SIZE, size));
        filters = filters == null ? Map.of() : withValues(filters);
    }

    /** A filter without a value filters nothing; pages put them in as they are (Map.copyOf refuses nulls). */
    private static Map<String, String> withValues(Map<String, String> filters) {
        Map<String, String> set = new HashMap<>();
        filters.forEach((field, value) -> {
            if (field != null && value != null) {
                set.put(field, value);
            }
        });
        return Map.copyOf(set);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }

    public String filter(String field) {
        String value = filters.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
