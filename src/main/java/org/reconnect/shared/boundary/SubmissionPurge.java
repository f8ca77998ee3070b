package org.reconnect.shared.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.reconnect.shared.entity.Role;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the submission keys older than {@link Submissions#KEPT}, every night. On every server
 * of a cluster (not a persistent timer): the delete is the same whichever server runs it, and a
 * night missed (the database away) is caught up the next.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SubmissionPurge {

    private static final Logger LOG = Logger.getLogger(SubmissionPurge.class.getName());

    @Inject
    Submissions submissions;

    /** The nightly purge, in a transaction of its own: a failure is logged and left to the next night. */
    @Schedule(hour = "3", minute = "40", persistent = false, info = "submission key purge")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        try {
            int purged = submissions.purge();
            LOG.fine(() -> purged + " submission keys purged");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Old submission keys were not purged; the next night tries again", e);
        }
    }

    /** The same purge at once (admins; the tests). @return how many keys were deleted */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purge() {
        return submissions.purge();
    }
}
