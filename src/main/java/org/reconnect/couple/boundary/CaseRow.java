package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One couple in a list (caseload, clinic list, waiting queue): metadata and flags, no clinical text. */
public final class CaseRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String caseNumber;
    private final String partnerNames;
    private final CaseStatus status;
    private final String therapistName;
    private final boolean flagged;
    private final LocalDate openedOn;
    private final LocalDate statusSince;
    private final long daysSinceOpened;
    private final long daysInStatus;
    private final Integer currentStep;

    CaseRow(Couple couple, LocalDate today) {
        this.id = couple.getId();
        this.caseNumber = couple.getCaseNumber();
        this.partnerNames = couple.partnerNames();
        this.status = couple.getStatus();
        this.therapistName = couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName();
        this.flagged = couple.isFlagged();
        this.openedOn = couple.getOpenedOn();
        this.statusSince = couple.getStatusSince();
        this.daysSinceOpened = ChronoUnit.DAYS.between(couple.getOpenedOn(), today);
        this.daysInStatus = ChronoUnit.DAYS.between(couple.getStatusSince(), today);
        this.currentStep = couple.getCurrentStep();
    }

    public long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getPartnerNames() {
        return partnerNames;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getTherapistName() {
        return therapistName;
    }

    /** A partner's safety screening is not cleared. */
    public boolean isFlagged() {
        return flagged;
    }

    public boolean isPaused() {
        return status == CaseStatus.PAUSED;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    /** Days since intake opened the case; for an unassigned couple, the days it has waited. */
    public long getDaysSinceOpened() {
        return daysSinceOpened;
    }

    public long getDaysInStatus() {
        return daysInStatus;
    }

    /** The program step the couple is on, {@code null} before the program starts. */
    public Integer getCurrentStep() {
        return currentStep;
    }
}
