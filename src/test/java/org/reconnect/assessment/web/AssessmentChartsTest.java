package org.reconnect.assessment.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.reconnect.assessment.boundary.CoupleResults;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.InstrumentParser;
import org.reconnect.assessment.entity.AdministrationStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trend chart plots every administration, also several on one day. */
class AssessmentChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private static Instrument check() throws IOException {
        try (InputStream in = AssessmentChartsTest.class.getResourceAsStream("/instruments/connection-check.json")) {
            return InstrumentParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).instrument();
        }
    }

    private static long id = 1;

    private static CoupleResults.Point point(int position, LocalDate on, LocalTime at, int total, AdministrationStatus status) {
        return new CoupleResults.Point(id++, 0, on, position, position == 1 ? "Alex" : "Sam", 1, BigDecimal.valueOf(total),
                null, null, Map.of(), status, null, null, at);
    }

    private static CoupleResults.Point point(int position, LocalDate on, LocalTime at, int total) {
        return point(position, on, at, total, AdministrationStatus.SUBMITTED);
    }

    private static JsonObject chart(List<CoupleResults.Point> points) throws IOException {
        Instrument check = check();
        List<CoupleResults.PartnerTrend> partners = List.of(
                new CoupleResults.PartnerTrend(1, "Alex", points.get(0), points.get(0), null, null),
                new CoupleResults.PartnerTrend(2, "Sam", points.get(0), points.get(0), null, null));
        CoupleResults.InstrumentResults results = new CoupleResults.InstrumentResults("connection-check", check, points,
                partners, null, false, BigDecimal.ZERO, BigDecimal.valueOf(48));
        return Json.createReader(new StringReader(AssessmentCharts.trend(results, "Cutoff"))).readObject();
    }

    private static List<String> data(JsonObject chart, int dataset) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(dataset).getJsonArray("data").stream()
                .map(JsonValue::toString).toList();
    }

    private static List<String> labels(JsonObject chart) {
        JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
        return labels.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void severalAdministrationsOnOneDayAreEachAPoint() throws IOException {
        JsonObject chart = chart(List.of(
                point(1, MONDAY, LocalTime.of(9, 5), 18),
                point(1, MONDAY, LocalTime.of(9, 40), 20),
                point(2, MONDAY, LocalTime.of(20, 0), 24),
                point(1, MONDAY.plusDays(7), LocalTime.of(8, 0), 26)));

        assertEquals(List.of("16 Nov 2026 09:05", "16 Nov 2026 09:40", "16 Nov 2026 20:00", "23 Nov 2026"), labels(chart));
        assertEquals(List.of("18", "20", "null", "26"), data(chart, 0), "Alex: both Monday responses and the next");
        assertEquals(List.of("null", "null", "24", "null"), data(chart, 1), "Sam");
        assertEquals(4, data(chart, 2).size(), "the cutoff line spans every point");
        assertEquals(List.of("27.00", "27.00", "27.00", "27.00"), data(chart, 2));
    }

    @Test
    void aResponseEnteredInErrorIsNotPlotted() throws IOException {
        JsonObject chart = chart(List.of(
                point(1, MONDAY, LocalTime.of(9, 5), 18, AdministrationStatus.ENTERED_IN_ERROR),
                point(1, MONDAY, LocalTime.of(9, 40), 20),
                point(2, MONDAY.plusDays(1), LocalTime.of(20, 0), 24)));

        assertEquals(List.of("16 Nov 2026", "17 Nov 2026"), labels(chart), "one valid response that day: no time");
        assertEquals(List.of("20", "null"), data(chart, 0));
    }
}
