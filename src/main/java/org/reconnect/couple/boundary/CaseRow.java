package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One couple in a list (caseload, clinic list, waiting queue): metadata and flags, no clinical text.
 *
 * @param flagged         a partner's safety screening is not cleared
 * @param daysSinceOpened days since intake opened the case; for an unassigned couple, the days it has waited
 * @param currentStep     the program step the couple is on, {@code null} before the program starts
 */
public record CaseRow(long id, String caseNumber, String partnerNames, CaseStatus status, String therapistName, boolean flagged,
                      LocalDate openedOn, LocalDate statusSince, long daysSinceOpened, long daysInStatus, Integer currentStep)
        implements Serializable {

    static CaseRow of(Couple couple, LocalDate today) {
        return new CaseRow(couple.getId(), couple.getCaseNumber(), couple.partnerNames(), couple.getStatus(),
                couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName(), couple.isFlagged(),
                couple.getOpenedOn(), couple.getStatusSince(), ChronoUnit.DAYS.between(couple.getOpenedOn(), today),
                ChronoUnit.DAYS.between(couple.getStatusSince(), today), couple.getCurrentStep());
    }

    public boolean isPaused() {
        return status == CaseStatus.PAUSED;
    }
}
