package org.reconnect.assessment.web;

import org.reconnect.assessment.boundary.CoupleResults;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.shared.web.Json;
import org.reconnect.shared.web.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chart.js configurations for an instrument's trend: the bands as shaded ranges (each filled
 * down to the one below), the cutoff as a dashed line, and one line per partner over the dates
 * of the valid responses.
 */
final class AssessmentCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String[] PARTNER_COLOURS = {"#1557a8", "#a8421a"};

    private AssessmentCharts() {
    }

    static String trend(CoupleResults.InstrumentResults instrument) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        instrument.points().stream().filter(p -> !p.isEnteredInError()).forEach(p -> dates.add(p.on()));
        List<LocalDate> days = new ArrayList<>(dates);
        String labels = days.stream().map(d -> Json.string(DAY.format(d))).collect(Collectors.joining(","));
        List<String> datasets = new ArrayList<>();
        int n = 0;
        for (CoupleResults.PartnerTrend partner : instrument.partners()) {
            Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
            instrument.points().stream().filter(p -> !p.isEnteredInError() && p.position() == partner.position())
                    .forEach(p -> byDay.put(p.on(), p.total()));
            String colour = PARTNER_COLOURS[n++ % PARTNER_COLOURS.length];
            datasets.add("{\"label\":" + Json.string(partner.name()) + ",\"borderColor\":\"" + colour
                    + "\",\"backgroundColor\":\"" + colour + "\",\"fill\":false,\"pointRadius\":4,\"borderWidth\":2,"
                    + "\"data\":[" + days.stream().map(d -> byDay.containsKey(d) ? byDay.get(d).toPlainString() : "null")
                    .collect(Collectors.joining(",")) + "]}");
        }
        BigDecimal cutoff = instrument.getCutoff();
        if (cutoff != null) {
            datasets.add("{\"label\":" + Json.string(Messages.text("assessments.cutoff") + " " + cutoff.stripTrailingZeros().toPlainString())
                    + ",\"borderColor\":\"#333333\",\"borderDash\":[6,4],\"borderWidth\":1,\"pointRadius\":0,\"fill\":false,"
                    + "\"data\":[" + constant(cutoff, days.size()) + "]}");
        }
        boolean first = true;
        for (Instrument.Band band : instrument.definition().bands()) {
            BigDecimal top = band.to().min(instrument.highest());
            datasets.add("{\"label\":" + Json.string(band.label()) + ",\"borderWidth\":0,\"pointRadius\":0,"
                    + "\"backgroundColor\":\"" + shade(band.severity()) + "\",\"fill\":" + (first ? "\"start\"" : "\"-1\"")
                    + ",\"data\":[" + constant(top, days.size()) + "]}");
            first = false;
        }
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + String.join(",", datasets) + "]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"spanGaps\":true,"
                + "\"scales\":{\"y\":{\"min\":" + instrument.lowest().toPlainString() + ",\"max\":"
                + instrument.highest().toPlainString() + "}}}}";
    }

    private static String constant(BigDecimal value, int times) {
        List<String> values = new ArrayList<>();
        for (int n = 0; n < Math.max(times, 1); n++) {
            values.add(value.toPlainString());
        }
        return String.join(",", values);
    }

    private static String shade(Instrument.Severity severity) {
        return switch (severity) {
            case NONE -> "rgba(46,125,50,0.14)";
            case MILD -> "rgba(249,168,37,0.16)";
            case MODERATE -> "rgba(239,108,0,0.16)";
            case SEVERE -> "rgba(198,40,40,0.14)";
        };
    }

    static String summary(CoupleResults.InstrumentResults instrument) {
        List<String> parts = new ArrayList<>();
        for (CoupleResults.PartnerTrend partner : instrument.partners()) {
            String scores = instrument.points().stream()
                    .filter(p -> !p.isEnteredInError() && p.position() == partner.position())
                    .map(p -> DAY.format(p.on()) + " " + p.total().toPlainString())
                    .collect(Collectors.joining(", "));
            parts.add(Messages.text("assessments.chartPartner", partner.name(), scores));
        }
        return Messages.text("assessments.chartSummary", instrument.getTitle(), String.join("; ", parts));
    }
}
