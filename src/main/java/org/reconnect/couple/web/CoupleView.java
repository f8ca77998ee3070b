package org.reconnect.couple.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.reconnect.couple.boundary.AssignmentRow;
import org.reconnect.couple.boundary.Assignments;
import org.reconnect.couple.boundary.CaseDetails;
import org.reconnect.couple.boundary.CaseStatusChanges;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.couple.boundary.Invitations;
import org.reconnect.couple.boundary.PartnerForm;
import org.reconnect.couple.boundary.Partners;
import org.reconnect.couple.boundary.SafetyScreenings;
import org.reconnect.couple.boundary.TherapistLoad;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.couple.entity.Screening;
import org.reconnect.security.boundary.LinkDelivery;
import org.reconnect.shared.web.CaseChanged;
import org.reconnect.shared.web.CasePage;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Refused;
import org.reconnect.shared.web.Requests;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs a couple's page, /admin/couple (metadata, status, assignment, invitations) and
 * /therapist/couple (the same plus screening and the decision to proceed). A case the caller
 * may not see answers 404, exactly like a missing one.
 */
@Named
@ViewScoped
public class CoupleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SCREENING_FORM = "screeningForm";

    @Inject
    Cases cases;

    @Inject
    CaseStatusChanges statusChanges;

    @Inject
    Assignments assignments;

    @Inject
    Invitations invitations;

    @Inject
    SafetyScreenings screenings;

    @Inject
    Partners partners;

    @Inject
    CasePage casePage;

    private String idParameter;
    private Long id;
    private CaseDetails details;
    private List<TherapistLoad> therapists;
    private List<AssignmentRow> assignmentHistory;
    private LinkDelivery lastInvitation;

    private CaseStatus nextStatus;
    private String statusReason;
    private PortalAfterClose portalChoice;

    private Long therapistId;
    private String assignReason;
    private boolean confirmOverCapacity;
    private boolean confirmationAsked;

    private Long screeningPartnerId;
    private List<java.time.Instant> cancelledByScreening = List.of();
    private Screening screeningResult;
    private LocalDate screenedOn;
    private String screeningNote;
    private String decision;

    private Long editingPartnerId;
    private PartnerForm partnerForm;

    /** The view action: loads the case, or answers 404 for an id that is missing, foreign or malformed. */
    public void load() throws IOException {
        id = Requests.id(idParameter);
        showing(id == null ? null : cases.details(id).orElse(null));
        if (details == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private Long version() {
        return details == null ? null : details.version();
    }

    /**
     * After a refusal (shown as the page's message): "not found" means the case is no longer this
     * caller's (reassigned, say), and what the page still holds of it is dropped at once; an
     * assignment beyond the therapist's capacity asks to be confirmed.
     */
    void refused(@Observes(notifyObserver = Reception.IF_EXISTS) Refused refused) {
        if (refused.is("case.notFound")) {
            showing(null);
            assignmentHistory = null;
            // whichever card's button was pressed, the whole case goes from the page, not just that card
            PrimeFaces.current().ajax().update("caseView");
        }
        if (refused.is("assign.needsConfirmation")) {
            confirmationAsked = true;
        }
    }

    /** Loads the case again, after a change another part of the page made (its version moved on). */
    void refresh(@Observes(notifyObserver = Reception.IF_EXISTS) CaseChanged changed) {
        if (id != null && id == changed.coupleId()) {
            reload();
        }
    }

    /** Shows this case (or none), and tells the page's other parts which. */
    private void showing(CaseDetails loaded) {
        details = loaded;
        if (loaded == null) {
            casePage.clear();
        } else {
            casePage.show(id, loaded.caseNumber(), loaded.version());
        }
    }

    /** The case's id, once the view action has loaded it. */
    public Long getId() {
        return details == null ? null : id;
    }

    private void reload() {
        showing(cases.details(id).orElse(null));
        assignmentHistory = null;
        therapists = null;
    }

    public void changeStatus() {
        statusChanges.change(id, version(), nextStatus, statusReason, portalChoice);
        Messages.info("case.status.changed");
        nextStatus = null;
        statusReason = null;
        portalChoice = null;
        reload();
    }

    public void assign() {
        confirmationAsked = false;
        assignments.assign(id, version(), therapistId == null ? -1 : therapistId, assignReason, confirmOverCapacity);
        Messages.info("assign.done");
        therapistId = null;
        assignReason = null;
        confirmOverCapacity = false;
        reload();
    }

    public void invite(long partnerId) {
        lastInvitation = invitations.send(partnerId);
        Messages.info(lastInvitation.sent() ? "invitation.sent" : "invitation.notSent", lastInvitation.email());
    }

    public void startPartnerEdit(long partnerId) {
        partnerForm = partners.edit(partnerId).orElse(null);
        editingPartnerId = partnerForm == null ? null : partnerId;
    }

    public void cancelPartnerEdit() {
        partnerForm = null;
        editingPartnerId = null;
    }

    public void savePartner() {
        partners.update(editingPartnerId == null ? -1 : editingPartnerId, version(), partnerForm);
        Messages.info("partner.saved");
        cancelPartnerEdit();
        reload();
    }

    public PartnerForm getPartnerForm() {
        return partnerForm;
    }

    public void startScreening(long partnerId) {
        screeningPartnerId = partnerId;
        screeningResult = null;
        screenedOn = LocalDate.now();
        screeningNote = null;
        cancelledByScreening = List.of();
        // the form opens at the top of the page: take the person there
        PrimeFaces.current().focus(SCREENING_FORM + ":screening");
    }

    public void recordScreening() {
        cancelledByScreening = screenings.record(screeningPartnerId == null ? -1 : screeningPartnerId, screeningResult,
                screenedOn, screeningNote);
        Messages.info("screening.recorded");
        screeningPartnerId = null;
        reload();
        if (!cancelledByScreening.isEmpty()) {
            // what the screening cancelled, and the way to individual sessions, in view and focused
            PrimeFaces.current().executeScript("document.getElementById('" + SCREENING_FORM + ":screeningOutcome').focus();");
        }
    }

    /** The starts of the joint sessions the last screening recorded here cancelled (none: empty). */
    public List<java.time.Instant> getCancelledByScreening() {
        return cancelledByScreening;
    }

    public void decideToProceed() {
        screenings.decideToProceed(id, version(), decision);
        Messages.info("decision.recorded");
        decision = null;
        reload();
    }

    /** For the admin page only: the boundary allows it to admins. */
    public List<TherapistLoad> getTherapists() {
        if (therapists == null) {
            therapists = assignments.loads();
        }
        return therapists;
    }

    /** For the admin page only. */
    public List<AssignmentRow> getAssignmentHistory() {
        if (assignmentHistory == null) {
            assignmentHistory = assignments.history(id);
        }
        return assignmentHistory;
    }

    public PortalAfterClose[] getPortalChoices() {
        return PortalAfterClose.values();
    }

    public Screening[] getScreeningResults() {
        return Screening.values();
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public CaseDetails getDetails() {
        return details;
    }

    public LinkDelivery getLastInvitation() {
        return lastInvitation;
    }

    public CaseStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(CaseStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public PortalAfterClose getPortalChoice() {
        return portalChoice;
    }

    public void setPortalChoice(PortalAfterClose portalChoice) {
        this.portalChoice = portalChoice;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(Long therapistId) {
        this.therapistId = therapistId;
    }

    public String getAssignReason() {
        return assignReason;
    }

    public void setAssignReason(String assignReason) {
        this.assignReason = assignReason;
    }

    public boolean isConfirmOverCapacity() {
        return confirmOverCapacity;
    }

    public void setConfirmOverCapacity(boolean confirmOverCapacity) {
        this.confirmOverCapacity = confirmOverCapacity;
    }

    public boolean isConfirmationAsked() {
        return confirmationAsked;
    }

    public Long getScreeningPartnerId() {
        return screeningPartnerId;
    }

    public Screening getScreeningResult() {
        return screeningResult;
    }

    public void setScreeningResult(Screening screeningResult) {
        this.screeningResult = screeningResult;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public void setScreenedOn(LocalDate screenedOn) {
        this.screenedOn = screenedOn;
    }

    public String getScreeningNote() {
        return screeningNote;
    }

    public void setScreeningNote(String screeningNote) {
        this.screeningNote = screeningNote;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
