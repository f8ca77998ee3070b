package org.reconnect.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One audit event as the report shows it: the couple by case number, never any clinical text. */
public record AuditRow(long seq, Instant occurredAt, String actor, String action, String outcome, String caseNumber,
                       int listedCouples, String targetType, String targetId, String clientAddress, String detail)
        implements Serializable {

    public String getTarget() {
        return targetType == null ? null : targetId == null ? targetType : targetType + " " + targetId;
    }
}
