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
import java.util.stream.Collectors;

/**
 * Chart.js configurations for an instrument's trend: the bands as shaded ranges (each filled
 * down to the one below), the cutoff as a dashed line, and one line per partner through every
 * valid response. Each response has a place of its own on the x axis, oldest first, so several
 * on one day are each a point (labelled with the time of day where a day has more than one).
 */
final class AssessmentCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final String[] PARTNER_COLOURS = {"#1557a8", "#a8421a"};

    private AssessmentCharts() {
    }

    /** The configuration; {@code cutoffLabel} names the cutoff line ("Cutoff"). */
    static String trend(CoupleResults.InstrumentResults instrument, String cutoffLabel) {
        List<CoupleResults.Point> valid = valid(instrument);
        int size = valid.size();
        String labels = labels(valid).stream().map(Json::string).collect(Collectors.joining(","));
        List<String> datasets = new ArrayList<>();
        int n = 0;
        for (CoupleResults.PartnerTrend partner : instrument.partners()) {
            String colour = PARTNER_COLOURS[n++ % PARTNER_COLOURS.length];
            datasets.add("{\"label\":" + Json.string(partner.name()) + ",\"borderColor\":\"" + colour
                    + "\",\"backgroundColor\":\"" + colour + "\",\"fill\":false,\"pointRadius\":4,\"borderWidth\":2,"
                    + "\"data\":[" + valid.stream().map(p -> p.position() == partner.position() ? p.total().toPlainString() : "null")
                    .collect(Collectors.joining(",")) + "]}");
        }
        BigDecimal cutoff = instrument.getCutoff();
        if (cutoff != null) {
            datasets.add("{\"label\":" + Json.string(cutoffLabel + " " + cutoff.stripTrailingZeros().toPlainString())
                    + ",\"borderColor\":\"#333333\",\"borderDash\":[6,4],\"borderWidth\":1,\"pointRadius\":0,\"fill\":false,"
                    + "\"data\":[" + constant(cutoff, size) + "]}");
        }
        boolean first = true;
        for (Instrument.Band band : instrument.definition().bands()) {
            BigDecimal top = band.to().min(instrument.highest());
            datasets.add("{\"label\":" + Json.string(band.label()) + ",\"borderWidth\":0,\"pointRadius\":0,"
                    + "\"backgroundColor\":\"" + shade(band.severity()) + "\",\"fill\":" + (first ? "\"start\"" : "\"-1\"")
                    + ",\"data\":[" + constant(top, size) + "]}");
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

    /** The valid responses, oldest first: one place on the x axis each. */
    private static List<CoupleResults.Point> valid(CoupleResults.InstrumentResults instrument) {
        return instrument.points().stream().filter(p -> !p.isEnteredInError()).toList();
    }

    /** Each response's day, with the time of day where the day has more than one. */
    static List<String> labels(List<CoupleResults.Point> points) {
        Map<LocalDate, Long> perDay = points.stream().collect(Collectors.groupingBy(CoupleResults.Point::on, Collectors.counting()));
        return points.stream().map(p -> perDay.get(p.on()) > 1 && p.time() != null
                ? DAY.format(p.on()) + " " + TIME.format(p.time()) : DAY.format(p.on())).toList();
    }

    static String summary(CoupleResults.InstrumentResults instrument) {
        List<CoupleResults.Point> valid = valid(instrument);
        List<String> labels = labels(valid);
        List<String> parts = new ArrayList<>();
        for (CoupleResults.PartnerTrend partner : instrument.partners()) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < valid.size(); i++) {
                if (valid.get(i).position() == partner.position()) {
                    mine.add(labels.get(i) + " " + valid.get(i).total().toPlainString());
                }
            }
            String scores = String.join(", ", mine);
            parts.add(Messages.text("assessments.chartPartner", partner.name(), scores));
        }
        return Messages.text("assessments.chartSummary", instrument.getTitle(), String.join("; ", parts));
    }
}
