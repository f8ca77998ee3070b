package org.reconnect.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One audit event as the report shows it: the couple by case number, never any clinical text. */
public record AuditRow(long seq, Instant occurredAt, String actor, String action, String outcome, String caseNumber,
                       int listedCouples, String targetType, String targetId, String clientAddress, String detail)
        implements Serializable {

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public int getListedCouples() {
        return listedCouples;
    }

    public String getTarget() {
        return targetType == null ? null : targetId == null ? targetType : targetType + " " + targetId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
