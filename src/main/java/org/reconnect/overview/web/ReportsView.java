package org.reconnect.overview.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import org.reconnect.assessment.boundary.AssessmentFigures;
import org.reconnect.homework.boundary.HomeworkFigures;
import org.reconnect.notes.boundary.NotesFigures;
import org.reconnect.overview.boundary.CaseloadReports;
import org.reconnect.overview.boundary.ClinicActivity;
import org.reconnect.overview.boundary.ClinicTotals;
import org.reconnect.overview.boundary.TherapistCaseload;
import org.reconnect.overview.control.Recount;
import org.reconnect.shared.web.Json;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.TableExport;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Backs /admin/reports: the caseload dashboard, its chart and its exports. The table on the page
 * and both exports are the same cells ({@link #getTable()}), so an export holds what the page shows.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseloadReports reports;

    @Inject
    ClinicActivity activity;

    private Recount.Counted<ClinicActivity.Activity> counted;
    private List<Long> perStep;

    private List<TherapistCaseload> therapists;
    private ClinicTotals totals;
    private TableExport.Table table;

    /** The view action. */
    public void load() {
        therapists = reports.perTherapist();
        totals = reports.totals();
        counted = activity.byTherapist();
        perStep = reports.perStep();
        table = null;
    }

    /** The per-therapist table, as text: the page shows it, the exports write it. */
    public TableExport.Table getTable() {
        if (table == null) {
            List<String> headers = List.of(Messages.text("couple.therapist"), Messages.text("reports.active"),
                    Messages.text("reports.paused"), Messages.text("reports.intake"), Messages.text("reports.open"),
                    Messages.text("reports.capacity"), Messages.text("reports.used"), Messages.text("reports.flagged"),
                    Messages.text("reports.adherence"), Messages.text("reports.quiet"), Messages.text("reports.assessments"),
                    Messages.text("reports.notes"));
            table = new TableExport.Table(Messages.text("reports.perTherapist"), headers,
                    getTherapists().stream().map(this::cells).toList());
        }
        return table;
    }

    private List<String> cells(TherapistCaseload t) {
        HomeworkFigures.Figures hw = adherence(t.therapistId());
        AssessmentFigures.Counts asked = assessments(t.therapistId());
        NotesFigures.Counts signed = notes(t.therapistId());
        String adherenceText = hw == null || (hw.thisWeek() == null && hw.fourWeeks() == null) ? "–"
                : Messages.text("caseload.adherenceValue", percent(hw.thisWeek()), percent(hw.fourWeeks()));
        return List.of(
                t.enabled() ? t.name() : t.name() + " (" + Messages.text("reports.inactive") + ")",
                String.valueOf(t.counts().active()),
                String.valueOf(t.counts().paused()),
                String.valueOf(t.counts().intake() + t.counts().referred()),
                String.valueOf(t.getOpen()),
                String.valueOf(t.maxCaseload()),
                t.getPercentUsed() + " %",
                String.valueOf(t.flagged()),
                adherenceText,
                String.valueOf(hw == null ? 0 : hw.quietCount()),
                Messages.text("reports.assessmentCounts", asked.asked(), asked.completed(), asked.overdue()),
                Messages.text("reports.noteCounts", signed.signed(), signed.overdue()));
    }

    private static String percent(Integer value) {
        return value == null ? "–" : value + " %";
    }

    public StreamedContent getCsv() {
        return TableExport.csv("caseloads", getTable());
    }

    public StreamedContent getXlsx() {
        return TableExport.xlsx("caseloads", getTable());
    }

    /** A therapist's questionnaire counts (asked, completed, overdue); zeros when none. */
    public AssessmentFigures.Counts assessments(long therapistId) {
        return counted == null ? null : counted.value().assessments().getOrDefault(therapistId, new AssessmentFigures.Counts(0, 0, 0));
    }

    /** A therapist's session notes: signed, and overdue (attended, unsigned after 72 hours); zeros when none. */
    public NotesFigures.Counts notes(long therapistId) {
        return counted == null ? null : counted.value().notes().getOrDefault(therapistId, new NotesFigures.Counts(0, 0));
    }

    /** A therapist's homework figures over their active couples, or {@code null}. */
    public HomeworkFigures.Figures adherence(long therapistId) {
        return counted == null ? null : counted.value().homework().get(therapistId);
    }

    /** Chart.js configuration for p:chart: active couples per program step (index 0: not started). */
    public String getStepChart() {
        List<String> labels = new java.util.ArrayList<>();
        labels.add(Json.string(Messages.text("nextStep.none")));
        for (int n = 1; n <= 9; n++) {
            labels.add(Json.string(n + ". " + Messages.text("step." + n + ".title")));
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + String.join(",", labels) + "],\"datasets\":[{\"label\":"
                + Json.string(Messages.text("reports.couplesPerStep")) + ",\"backgroundColor\":\"#1557a8\",\"data\":["
                + perStep.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}]},"
                + "\"options\":{\"indexAxis\":\"y\",\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"x\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    /** The step chart in words, for screen readers. */
    public String getStepChartSummary() {
        StringBuilder text = new StringBuilder(Messages.text("nextStep.none")).append(": ").append(perStep.get(0));
        for (int n = 1; n <= 9; n++) {
            text.append("; ").append(Messages.text("step.label", n, Messages.text("step." + n + ".title"))).append(": ")
                    .append(perStep.get(n));
        }
        return text.toString();
    }

    public List<TherapistCaseload> getTherapists() {
        return therapists == null ? List.of() : therapists;
    }

    /** When the homework, questionnaire and note figures were counted (they are counted at most every few minutes). */
    public Instant getCountedAt() {
        return counted == null ? null : counted.countedAt();
    }

    /** How old the figures may be, in minutes, for the line that says so. */
    public long getRecountMinutes() {
        return ClinicActivity.MAX_AGE.toMinutes();
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
        String labels = rows.stream().map(r -> json(r.name())).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(Messages.text("status.REFERRED"), "#6b4fa0", rows, r -> r.counts().referred()) + ","
                + dataset(Messages.text("status.INTAKE"), "#b35c00", rows, r -> r.counts().intake()) + ","
                + dataset(Messages.text("status.ACTIVE"), "#1557a8", rows, r -> r.counts().active()) + ","
                + dataset(Messages.text("status.PAUSED"), "#55606b", rows, r -> r.counts().paused())
                + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,\"beginAtZero\":true,"
                + "\"ticks\":{\"precision\":0}}}}}";
    }

    /** A text equivalent of the chart, for screen readers. */
    public String getChartSummary() {
        return getTherapists().stream()
                .map(r -> Messages.text("reports.chartLine", r.name(), r.counts().active(), r.getOpen()))
                .collect(Collectors.joining(" "));
    }

    private static String dataset(String label, String colour, List<TherapistCaseload> rows,
                                  ToLongFunction<TherapistCaseload> value) {
        return "{\"label\":" + json(label) + ",\"backgroundColor\":\"" + colour + "\",\"data\":["
                + rows.stream().map(r -> Long.toString(value.applyAsLong(r))).collect(Collectors.joining(",")) + "]}";
    }

    private static String json(String text) {
        return Json.string(text);
    }
}
