package org.reconnect.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.reconnect.audit.boundary.AuditReport;
import org.reconnect.audit.boundary.AuditRow;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.ListModel;
import org.reconnect.shared.web.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs /admin/audit: the audit report with its filters, the CSV export and the integrity check. */
@Named
@ViewScoped
public class AuditReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "audit";

    @Inject
    AuditReport report;

    private ListModel<AuditRow> events;
    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String couple;
    private String action;
    private String outcome;
    private String address;
    private AuditReport.Integrity integrity;
    /** The filters of the rows on the page: taken when "Apply" is pressed, not while they are typed. */
    private HashMap<String, String> applied = new HashMap<>();

    @PostConstruct
    void init() {
        events = new ListModel<>(report::count, this::page, AuditRow::seq, () -> applied);
    }

    private List<AuditRow> page(org.reconnect.shared.boundary.PageRequest request) {
        try {
            return report.rows(request);
        } catch (Refusal refused) {
            Messages.refused(refused, FORM);
            return List.of();
        }
    }

    /** "Apply": the table shows the filters as typed now, and so will the export. */
    public void apply() {
        applied = filters();
    }

    private HashMap<String, String> filters() {
        HashMap<String, String> filters = new HashMap<>();
        filters.put("from", from == null ? null : from.toString());
        filters.put("to", to == null ? null : to.toString());
        filters.put("actor", actor);
        filters.put("couple", couple);
        filters.put("action", action);
        filters.put("outcome", outcome);
        filters.put("address", address);
        return filters;
    }

    public StreamedContent getCsv() {
        // what the page shows: the filters applied to the table (not what is typed since) in the table's order
        byte[] csv = report.csv(applied, events.getSortField(), events.isAscending());
        return DefaultStreamedContent.builder()
                .name("audit-" + LocalDate.now() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public void verify() {
        integrity = report.verify();
    }

    /** An action as a person reads it ("Viewed the audit report"); the code when no words exist for it. */
    public String actionLabel(String code) {
        return label("auditAction." + code, code);
    }

    /** An outcome as a person reads it ("Refused"); the code when no words exist for it. */
    public String outcomeLabel(String code) {
        return label("auditOutcome." + code, code);
    }

    private static String label(String key, String code) {
        String text = Messages.text(key);
        return key.equals(text) ? code : text;
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public List<AuditOutcome> getOutcomes() {
        return List.of(AuditOutcome.values());
    }

    public ListModel<AuditRow> getEvents() {
        return events;
    }

    public AuditReport.Integrity getIntegrity() {
        return integrity;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getCouple() {
        return couple;
    }

    public void setCouple(String couple) {
        this.couple = couple;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
