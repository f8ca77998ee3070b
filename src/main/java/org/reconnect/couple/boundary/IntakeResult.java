package org.reconnect.couple.boundary;

import org.reconnect.security.boundary.LinkDelivery;

import java.io.Serializable;
import java.util.List;

/** The case that intake opened, and what became of the two portal invitations. */
public record IntakeResult(long coupleId, String caseNumber, List<LinkDelivery> invitations) implements Serializable {

    public IntakeResult {
        invitations = List.copyOf(invitations);
    }
}
