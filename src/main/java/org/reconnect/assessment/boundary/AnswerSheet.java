package org.reconnect.assessment.boundary;

import org.reconnect.assessment.control.CutoffSide;
import org.reconnect.assessment.entity.AdministrationStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One response item by item, for the treating therapist; the side of the cutoff (null without
 * one) from the definition the couple's figures for change use.
 */
public record AnswerSheet(long administrationId, long version, long coupleId, String partnerName, String title,
                          int instrumentVersion, LocalDate dueOn, Instant submittedAt, AdministrationStatus status,
                          String errorReason, String errorBy, Instant errorAt, List<Line> lines, BigDecimal total,
                          String band, CutoffSide cutoffSide, List<Subscore> subscales) implements Serializable {

    /** An item: its text, the answer chosen, and what it counts (mirrored for a reverse item). */
    public record Line(String itemId, String text, String answer, int value, int scored, boolean reverse)
            implements Serializable {

        public String getItemId() {
            return itemId;
        }

        public String getText() {
            return text;
        }

        public String getAnswer() {
            return answer;
        }

        public int getValue() {
            return value;
        }

        public int getScored() {
            return scored;
        }

        public boolean isReverse() {
            return reverse;
        }
    }

    public record Subscore(String title, BigDecimal value) implements Serializable {

        public String getTitle() {
            return title;
        }

        public BigDecimal getValue() {
            return value;
        }
    }

    public long getAdministrationId() {
        return administrationId;
    }

    public long getVersion() {
        return version;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public String getTitle() {
        return title;
    }

    public int getInstrumentVersion() {
        return instrumentVersion;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public AdministrationStatus getStatus() {
        return status;
    }

    public String getErrorReason() {
        return errorReason;
    }

    public String getErrorBy() {
        return errorBy;
    }

    public Instant getErrorAt() {
        return errorAt;
    }

    public List<Line> getLines() {
        return lines;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getBand() {
        return band;
    }

    public CutoffSide getCutoffSide() {
        return cutoffSide;
    }

    public List<Subscore> getSubscales() {
        return subscales;
    }

    public boolean isEnteredInError() {
        return status == AdministrationStatus.ENTERED_IN_ERROR;
    }
}
