package org.reconnect.homework.control;

import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.entity.AssignmentStatus;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkEntry;

import java.time.Instant;
import java.util.Optional;

/**
 * What a partner may do with homework in the portal. An assignment of another couple, one meant
 * for the other partner, or joint homework put aside while the safety screening blocks joint
 * work is not seen at all: the boundary answers it exactly like one that does not exist. One
 * that is seen takes entries while the case is not read-only and the homework has not ended;
 * an entry is changed by its author only, within {@link HomeworkEntry#EDITABLE_FOR} and only
 * from the version they opened.
 */
public final class HomeworkAccess {

    private HomeworkAccess() {
    }

    /** Whether the partner sees the assignment: their couple's, meant for them, and not put aside. */
    public static boolean sees(Partner partner, HomeworkAssignment assignment) {
        return assignment.getCouple().getId().equals(partner.getCouple().getId()) && assignment.isFor(partner)
                && jointWorkAllows(assignment);
    }

    /**
     * Joint homework is put aside while the safety screening blocks joint work again (a new
     * screening, a reopened case): partners neither see nor log it, and are not told why.
     */
    public static boolean jointWorkAllows(HomeworkAssignment assignment) {
        return !assignment.isJoint() || assignment.getCouple().jointWork().isAllowed();
    }

    /**
     * Why the partner may not log on an assignment they see: {@code case.readOnly} or
     * {@code homework.ended}; empty when they may.
     */
    public static Optional<String> loggingRefusal(Partner partner, HomeworkAssignment assignment) {
        if (partner.getCouple().isReadOnly()) {
            return Optional.of("case.readOnly");
        }
        if (assignment.getStatus() != AssignmentStatus.ACTIVE) {
            return Optional.of("homework.ended");
        }
        return Optional.empty();
    }

    public static boolean owns(Partner partner, HomeworkEntry entry) {
        return entry.getAuthor().getId().equals(partner.getId());
    }

    /** Whether the partner may still change the entry from their list of entries. */
    public static boolean mayChange(Partner partner, HomeworkEntry entry, Instant now) {
        return owns(partner, entry) && entry.isEditableAt(now) && !partner.getCouple().isReadOnly();
    }

    /**
     * Why the author may not change their entry now: {@code entry.locked} after
     * {@link HomeworkEntry#EDITABLE_FOR}, {@code edit.conflict} when it changed since their form
     * was opened at {@code formVersion} (null while opening it); empty when they may.
     */
    public static Optional<String> changeRefusal(HomeworkEntry entry, Instant now, Long formVersion) {
        if (!entry.isEditableAt(now)) {
            return Optional.of("entry.locked");
        }
        if (formVersion != null && entry.getVersion() != formVersion) {
            return Optional.of("edit.conflict");
        }
        return Optional.empty();
    }
}
