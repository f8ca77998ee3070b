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

        public long getAdministrationId() {
            return administrationId;
        }

        public String getTitle() {
            return title;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public boolean isStarted() {
            return started;
        }

        public boolean isOverdue() {
            return overdue;
        }

        public boolean isValidated() {
            return validated;
        }
    }

    /** One instrument's own scores; {@code validated} as in its newest version among them. */
    public record OwnResults(String title, boolean validated, List<OwnScore> scores) implements Serializable {

        public String getTitle() {
            return title;
        }

        public boolean isValidated() {
            return validated;
        }

        public List<OwnScore> getScores() {
            return scores;
        }
    }

    /** One of one's own scores; the side of the cutoff is null for an instrument without one. */
    public record OwnScore(LocalDate on, BigDecimal total, BigDecimal lowest, BigDecimal highest, String band,
                           CutoffSide cutoffSide) implements Serializable {

        public LocalDate getOn() {
            return on;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public BigDecimal getLowest() {
            return lowest;
        }

        public BigDecimal getHighest() {
            return highest;
        }

        public String getBand() {
            return band;
        }

        public CutoffSide getCutoffSide() {
            return cutoffSide;
        }
    }

    public List<ToAnswer> getToAnswer() {
        return toAnswer;
    }

    public List<OwnResults> getResults() {
        return results;
    }
}
