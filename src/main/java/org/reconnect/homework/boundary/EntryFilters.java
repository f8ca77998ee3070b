package org.reconnect.homework.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The entry lists' filters as typed values; anything malformed or unknown is no filter at all. */
final class EntryFilters {

    private EntryFilters() {
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static Long id(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
