package org.reconnect.assessment.boundary;

import org.reconnect.assessment.control.CutoffSide;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A partner's questionnaires: those to answer now, and their own results where the therapist shares them. */
public record PortalAssessments(List<ToAnswer> toAnswer, List<OwnResults> results) implements Serializable {

    /** A questionnaire to answer; {@code validated} false for one that is not a validated clinical instrument. */
    public record ToAnswer(long administrationId, String title, LocalDate dueOn, boolean started, boolean overdue,
                           boolean validated) implements Serializable {
    }

    /** One instrument's own scores; {@code validated} as in its newest version among them. */
    public record OwnResults(String title, boolean validated, List<OwnScore> scores) implements Serializable {
    }

    /** One of one's own scores; the side of the cutoff is null for an instrument without one. */
    public record OwnScore(LocalDate on, BigDecimal total, BigDecimal lowest, BigDecimal highest, String band,
                           CutoffSide cutoffSide) implements Serializable {
    }

}
