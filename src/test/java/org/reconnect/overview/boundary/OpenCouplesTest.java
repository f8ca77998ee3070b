package org.reconnect.overview.boundary;

import org.junit.jupiter.api.Test;
import org.reconnect.couple.entity.CaseStatus;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's "open" is the one rule of CaseStatus: every status but discharged. */
class OpenCouplesTest {

    @Test
    void openCountsEveryStatusButDischarged() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        counts.put(CaseStatus.REFERRED, 1L);
        counts.put(CaseStatus.INTAKE, 20L);
        counts.put(CaseStatus.ACTIVE, 300L);
        counts.put(CaseStatus.PAUSED, 4000L);
        counts.put(CaseStatus.DISCHARGED, 50000L);
        assertEquals(4321, CaseStatus.countOpen(counts::get));
    }

    @Test
    void theClinicsTotalsAndATherapistsLineAgree() {
        ClinicTotals clinic = new ClinicTotals(1, 20, 300, 4000, 50000, 7, 3);
        TherapistCaseload therapist = new TherapistCaseload(9, "Maya", true, 8646, true, 1, 20, 300, 4000, 2);
        assertEquals(4321, clinic.getOpen());
        assertEquals(4321, therapist.getOpen());
        assertEquals(50000, clinic.counts().of(CaseStatus.DISCHARGED));
        assertEquals(0, therapist.counts().of(CaseStatus.DISCHARGED), "a therapist's line counts no discharged couple");
        assertEquals(50, therapist.getPercentUsed());
    }
}
