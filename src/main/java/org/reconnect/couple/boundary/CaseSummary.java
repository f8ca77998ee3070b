package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A case as a list or header shows it: metadata, no clinical content.
 *
 * @param therapistName {@code null} while the couple waits for a therapist
 */
public record CaseSummary(long id, String caseNumber, CaseStatus status, String partnerNames, String therapistName,
                          LocalDate openedOn, CaseAccess.Level access) implements Serializable {

    static CaseSummary of(Couple couple, CaseAccess.Level access) {
        return new CaseSummary(couple.getId(), couple.getCaseNumber(), couple.getStatus(), couple.partnerNames(),
                couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName(), couple.getOpenedOn(),
                access);
    }
}
