package org.reconnect.shared.boundary;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageRequestTest {

    @Test
    void aFilterWithoutAValueFiltersNothing() {
        // as the audit page hands its filters to the CSV export: the ones not set are null
        Map<String, String> filters = new HashMap<>();
        filters.put("actor", " maya@demo.test ");
        filters.put("from", null);

        PageRequest request = new PageRequest(0, 50, "seq", false, filters);

        assertEquals("maya@demo.test", request.filter("actor"));
        assertNull(request.filter("from"));
        assertEquals(Map.of("actor", " maya@demo.test "), request.filters());
    }
}
