package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;

import java.io.Serializable;

/** What a partner's portal home shows about their own couple. */
public final class PortalCase implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long coupleId;
    private final String myName;
    private final String partnerName;
    private final CaseStatus status;
    private final String therapistName;
    private final String therapistCredentials;
    private final boolean readOnly;

    PortalCase(Couple couple, long myUserId) {
        this.coupleId = couple.getId();
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
        this.myName = me.getCallName();
        this.partnerName = other == null ? null : other.getCallName();
        this.status = couple.getStatus();
        this.therapistName = couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName();
        this.therapistCredentials = couple.getTherapist() == null ? null : couple.getTherapist().getCredentials();
        this.readOnly = couple.isReadOnly();
    }

    /** The case is discharged: the portal still shows what there was, and changes nothing. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getMyName() {
        return myName;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public String getTherapistCredentials() {
        return therapistCredentials;
    }
}
