package org.reconnect.couple.boundary;

import org.reconnect.security.boundary.LinkDelivery;

import java.io.Serializable;
import java.util.List;

/** The case that intake opened, and what became of the two portal invitations. */
public final class IntakeResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long coupleId;
    private final String caseNumber;
    private final List<LinkDelivery> invitations;

    IntakeResult(long coupleId, String caseNumber, List<LinkDelivery> invitations) {
        this.coupleId = coupleId;
        this.caseNumber = caseNumber;
        this.invitations = List.copyOf(invitations);
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public List<LinkDelivery> getInvitations() {
        return invitations;
    }
}
