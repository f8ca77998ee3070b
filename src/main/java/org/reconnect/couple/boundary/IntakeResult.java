package org.reconnect.couple.boundary;

import org.reconnect.security.boundary.LinkDelivery;

import java.io.Serializable;
import java.util.List;

/**
 * The case that intake opened, and what became of the two portal invitations.
 *
 * @param openedBefore the form was sent again: the case is the one its first sending opened, whose
 *                     invitations went out then (none are sent again)
 */
public record IntakeResult(long coupleId, String caseNumber, List<LinkDelivery> invitations, boolean openedBefore)
        implements Serializable {

    public IntakeResult {
        invitations = List.copyOf(invitations);
    }

    public IntakeResult(long coupleId, String caseNumber, List<LinkDelivery> invitations) {
        this(coupleId, caseNumber, invitations, false);
    }

    /** The case a first sending of the same form opened. */
    public static IntakeResult openedBefore(long coupleId, String caseNumber) {
        return new IntakeResult(coupleId, caseNumber, List.of(), true);
    }
}
