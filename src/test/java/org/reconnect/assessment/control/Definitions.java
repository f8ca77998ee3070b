package org.reconnect.assessment.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Definitions for the scoring tests: a small one to vary, and the two that ship. */
final class Definitions {

    /**
     * Four items: a and b on 0–4 (b reversed), c and d on 1–5 (d reversed). Subscales: first
     * (a, b, sum), second (c, d, mean), third (a, b, c, mean). Total: sum, 0 to 16 (with c and d
     * at least 1, 2 to 18). Bands 2–8, 9–14, 15–18.
     */
    static final String SMALL = """
            {
              "code": "small",
              "version": 1,
              "title": "Small",
              "licence": "test",
              "direction": "higher-is-better",
              "scale": [{"value": 0, "label": "0"}, {"value": 1, "label": "1"}, {"value": 2, "label": "2"},
                        {"value": 3, "label": "3"}, {"value": 4, "label": "4"}],
              "items": [
                {"id": "a", "text": "A"},
                {"id": "b", "text": "B", "reverse": true},
                {"id": "c", "text": "C", "options": [{"value": 1, "label": "1"}, {"value": 2, "label": "2"},
                    {"value": 3, "label": "3"}, {"value": 4, "label": "4"}, {"value": 5, "label": "5"}]},
                {"id": "d", "text": "D", "reverse": true, "options": [{"value": 1, "label": "1"}, {"value": 2, "label": "2"},
                    {"value": 3, "label": "3"}, {"value": 4, "label": "4"}, {"value": 5, "label": "5"}]}
              ],
              "subscales": [
                {"id": "first", "title": "First", "items": ["a", "b"], "method": "sum"},
                {"id": "second", "title": "Second", "items": ["c", "d"], "method": "mean"},
                {"id": "third", "title": "Third", "items": ["a", "b", "c"], "method": "mean"}
              ],
              "total": {"method": "sum"},
              "bands": [
                {"from": 2, "to": 8, "label": "Low", "severity": "severe"},
                {"from": 9, "to": 14, "label": "Middle", "severity": "mild"},
                {"from": 15, "to": 18, "label": "High", "severity": "none"}
              ],
              "cutoff": 9,
              "reliability": 0.8,
              "normativeSd": 3,
              "discrepancyThreshold": 4
            }
            """;

    private Definitions() {
    }

    static Instrument small() {
        return parsed(SMALL);
    }

    static Instrument bundled(String code) {
        try (InputStream in = Definitions.class.getResourceAsStream("/instruments/" + code + ".json")) {
            return parsed(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instrument parsed(String text) {
        InstrumentParser.Result result = InstrumentParser.parse(text);
        if (!result.ok()) {
            throw new AssertionError("not a valid definition: " + result.problems());
        }
        return result.instrument();
    }
}
