package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;

import java.io.Serializable;
import java.time.LocalDate;

/** A case as a list or header shows it: metadata, no clinical content. */
public final class CaseSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String caseNumber;
    private final CaseStatus status;
    private final String partnerNames;
    private final String therapistName;
    private final LocalDate openedOn;
    private final CaseAccess.Level access;

    CaseSummary(Couple couple, CaseAccess.Level access) {
        this.id = couple.getId();
        this.caseNumber = couple.getCaseNumber();
        this.status = couple.getStatus();
        this.partnerNames = couple.partnerNames();
        this.therapistName = couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName();
        this.openedOn = couple.getOpenedOn();
        this.access = access;
    }

    public long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getPartnerNames() {
        return partnerNames;
    }

    /** {@code null} while the couple waits for a therapist. */
    public String getTherapistName() {
        return therapistName;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public CaseAccess.Level getAccess() {
        return access;
    }
}
