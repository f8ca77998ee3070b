package org.reconnect.overview.boundary;

import java.io.Serializable;

/**
 * The admin's first look at the clinic.
 *
 * @param therapists        therapists whose account is enabled
 * @param openCouples       couples in any status but discharged
 * @param unassignedCouples open couples without a therapist: the intake queue
 */
public record ClinicCounts(long therapists, long openCouples, long unassignedCouples) implements Serializable {
}
