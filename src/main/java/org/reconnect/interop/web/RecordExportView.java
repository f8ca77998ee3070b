package org.reconnect.interop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.reconnect.interop.boundary.RecordExports;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * On a couple's page, for its therapist and for admins: exporting the couple's record, or one
 * partner's, as a FHIR Bundle (to whom and why required), and the accounting of its disclosures.
 */
@Named
@ViewScoped
public class RecordExportView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "recordExport";
    static final String COUPLE = "couple";

    @Inject
    RecordExports exports;

    private String whose = COUPLE;
    private String recipient;
    private String purpose;
    private Long listed;
    private List<RecordExports.DisclosureRow> disclosures;

    /** The file; nothing (and the problems on the page instead) when it may not be made. */
    public StreamedContent export(long coupleId) {
        try {
            RecordExports.Export export = COUPLE.equals(whose)
                    ? exports.couple(coupleId, recipient, purpose)
                    : exports.partner(coupleId, Long.parseLong(whose), recipient, purpose);
            recipient = null;
            purpose = null;
            disclosures = null;
            return DefaultStreamedContent.builder()
                    .name(export.fileName())
                    .contentType("application/fhir+json")
                    .contentLength((long) export.json().length)
                    .stream(() -> new ByteArrayInputStream(export.json()))
                    .build();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FORM);
        } catch (Refusal refused) {
            Messages.refused(refused, FORM);
        } catch (NumberFormatException notAPartner) {
            Messages.error("case.notFound");
        }
        return null;
    }

    /** After a download: the list again, with the new disclosure, and the result said. */
    public void exported() {
        disclosures = null;
        Messages.info("disclosure.exported");
    }

    /** The couple's disclosures, read once per page (and again after an export). */
    public List<RecordExports.DisclosureRow> disclosures(long coupleId) {
        if (disclosures == null || listed == null || listed != coupleId) {
            try {
                disclosures = exports.disclosures(coupleId);
            } catch (Refusal refused) {
                disclosures = List.of();
            }
            listed = coupleId;
        }
        return disclosures;
    }

    public String getWhose() {
        return whose;
    }

    public void setWhose(String whose) {
        this.whose = whose;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
