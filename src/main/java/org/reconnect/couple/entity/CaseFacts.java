package org.reconnect.couple.entity;

import java.util.Set;

/** The facts about a case that the access rules need: who its therapist is, who its partners are. */
public record CaseFacts(Long therapistUserId, Set<Long> partnerUserIds) {

    public CaseFacts {
        partnerUserIds = Set.copyOf(partnerUserIds);
    }
}
