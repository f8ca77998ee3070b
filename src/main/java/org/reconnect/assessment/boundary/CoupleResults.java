package org.reconnect.assessment.boundary;

import org.reconnect.assessment.control.CutoffSide;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.ReliableChange;
import org.reconnect.assessment.entity.AdministrationStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A couple's scores, per instrument and partner, for the therapist. */
public record CoupleResults(List<InstrumentResults> instruments) implements Serializable {

    /**
     * One submitted response's scores, computed from its answers with its own instrument version;
     * the side of the cutoff (null without one) from the definition the figures for change use;
     * the day and time it was submitted, in the couple's time zone.
     */
    public record Point(long administrationId, long version, LocalDate on, int position, String partnerName,
                        int instrumentVersion, BigDecimal total, String band, Instrument.Severity severity,
                        Map<String, BigDecimal> subscales, AdministrationStatus status, String errorReason,
                        CutoffSide cutoffSide, LocalTime time) implements Serializable {

        public boolean isEnteredInError() {
            return status == AdministrationStatus.ENTERED_IN_ERROR;
        }
    }

    /** A partner's course on one instrument: baseline (first valid response), latest, and the change between. */
    public record PartnerTrend(int position, String name, Point baseline, Point latest, Double rci,
                               ReliableChange.Category category) implements Serializable {

        public boolean isDeteriorated() {
            return category == ReliableChange.Category.RELIABLE_DETERIORATION;
        }
    }

    /**
     * One instrument: its latest definition (bands, cutoff, direction, for the chart), every
     * response oldest first (entered-in-error ones too, marked), each partner's trend, and the
     * difference between the partners' latest totals.
     */
    public record InstrumentResults(String code, Instrument definition, List<Point> points, List<PartnerTrend> partners,
                                    BigDecimal discrepancy, boolean discrepant, BigDecimal lowest, BigDecimal highest)
            implements Serializable {

        public String getTitle() {
            return definition.title();
        }

        public BigDecimal getCutoff() {
            return definition.effectiveCutoff().orElse(null);
        }
    }
}
