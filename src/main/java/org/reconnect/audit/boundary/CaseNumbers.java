package org.reconnect.audit.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The case numbers the audit report shows and filters by. The audit trail records couples by id
 * and does not know couples: the couple capability answers this (a CDI bean implementing it), so
 * the arrow points from couple to audit only.
 */
public interface CaseNumbers {

    /** The case number of each of these couples that exists, by couple id. */
    Map<Long, String> numbersOf(Collection<Long> coupleIds);

    /** The couple with this case number (as typed; case does not matter), if there is one. */
    Optional<Long> coupleNumbered(String caseNumber);
}
