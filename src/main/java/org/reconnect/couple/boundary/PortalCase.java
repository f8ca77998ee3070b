package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;

import java.io.Serializable;

/**
 * What a partner's portal home shows about their own couple.
 *
 * @param readOnly the case is discharged: the portal still shows what there was, and changes nothing
 */
public record PortalCase(long coupleId, String myName, String partnerName, CaseStatus status, String therapistName,
                         String therapistCredentials, boolean readOnly) implements Serializable {

    /** The couple as the partner with this account sees it. */
    static PortalCase of(Couple couple, long myUserId) {
        Partner me = null;
        Partner other = null;
        for (Partner partner : couple.getPartners()) {
            if (partner.getAccount().getId() == myUserId) {
                me = partner;
            } else {
                other = partner;
            }
        }
        if (me == null) {
            throw new IllegalArgumentException("not a partner of this couple");
        }
        return new PortalCase(couple.getId(), me.getCallName(), other == null ? null : other.getCallName(), couple.getStatus(),
                couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName(),
                couple.getTherapist() == null ? null : couple.getTherapist().getCredentials(), couple.isReadOnly());
    }
}
