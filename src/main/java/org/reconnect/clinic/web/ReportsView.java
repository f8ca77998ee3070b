package org.reconnect.clinic.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.clinic.boundary.CaseloadReports;
import org.reconnect.clinic.boundary.ClinicTotals;
import org.reconnect.clinic.boundary.TherapistCaseload;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Backs /admin/reports: the caseload dashboard, its chart and its exports. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseloadReports reports;

    private List<TherapistCaseload> therapists;
    private ClinicTotals totals;

    /** The view action. */
    public void load() {
        therapists = reports.perTherapist();
        totals = reports.totals();
    }

    public List<TherapistCaseload> getTherapists() {
        return therapists == null ? List.of() : therapists;
    }

    public ClinicTotals getTotals() {
        return totals;
    }

    /**
     * Chart.js configuration for p:chart: open couples per therapist, stacked by status. The
     * program capability adds couples per step.
     */
    public String getChart() {
        List<TherapistCaseload> rows = getTherapists();
        String labels = rows.stream().map(r -> json(r.getName())).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(Messages.text("status.REFERRED"), "#6b4fa0", rows, TherapistCaseload::getReferred) + ","
                + dataset(Messages.text("status.INTAKE"), "#b35c00", rows, TherapistCaseload::getIntake) + ","
                + dataset(Messages.text("status.ACTIVE"), "#1557a8", rows, TherapistCaseload::getActive) + ","
                + dataset(Messages.text("status.PAUSED"), "#55606b", rows, TherapistCaseload::getPaused)
                + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,\"beginAtZero\":true,"
                + "\"ticks\":{\"precision\":0}}}}}";
    }

    /** A text equivalent of the chart, for screen readers. */
    public String getChartSummary() {
        return getTherapists().stream()
                .map(r -> Messages.text("reports.chartLine", r.getName(), r.getActive(), r.getOpen()))
                .collect(Collectors.joining(" "));
    }

    private static String dataset(String label, String colour, List<TherapistCaseload> rows,
                                  ToLongFunction<TherapistCaseload> value) {
        return "{\"label\":" + json(label) + ",\"backgroundColor\":\"" + colour + "\",\"data\":["
                + rows.stream().map(r -> Long.toString(value.applyAsLong(r))).collect(Collectors.joining(",")) + "]}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
