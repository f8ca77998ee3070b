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
    }

    public record Subscore(String title, BigDecimal value) implements Serializable {
    }

    public boolean isEnteredInError() {
        return status == AdministrationStatus.ENTERED_IN_ERROR;
    }
}
