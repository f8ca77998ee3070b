package org.reconnect.couple.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.CaseFacts;
import org.reconnect.couple.entity.Couple;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.entity.Caller;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the couple boundaries load one case for a change: as far as {@link CaseAccess} lets the
 * caller, or not at all, with the very refusal a missing id gets. A refusal is audited as
 * {@code DENIED}. Part of the boundaries, used only by them.
 */
@Dependent
public class CaseGuard {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The couple, locked for writing, if the caller's level is one of {@code allowed}. */
    public Couple forChange(long coupleId, Caller caller, AuditAction action, CaseAccess.Level... allowed) {
        return checked(em.find(Couple.class, coupleId, LockModeType.PESSIMISTIC_WRITE), coupleId, caller, action, allowed);
    }

    /**
     * The couple, locked for writing, for a change to its clinical work: its treating therapist
     * only, and refused once the case is read-only (discharged).
     */
    public Couple forClinicalChange(long coupleId, Caller caller, AuditAction action) {
        Couple couple = forChange(coupleId, caller, action, CaseAccess.Level.CLINICAL);
        if (couple.isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        return couple;
    }

    /** The couple, without a lock, if the caller's level is one of {@code allowed}. */
    public Couple forReading(long coupleId, Caller caller, AuditAction action, CaseAccess.Level... allowed) {
        return checked(em.find(Couple.class, coupleId), coupleId, caller, action, allowed);
    }

    private Couple checked(Couple couple, long coupleId, Caller caller, AuditAction action, CaseAccess.Level... allowed) {
        Set<CaseAccess.Level> levels = allowed.length == 0 ? EnumSet.noneOf(CaseAccess.Level.class) : EnumSet.of(allowed[0], allowed);
        if (couple == null || !levels.contains(CaseAccess.levelFor(caller, facts(couple)))) {
            // the refusal rolls this transaction back; the denial must stay on record
            audit.recordDenial(action, Cases.COUPLE, coupleId, "not visible or missing");
            throw new Refusal("case.notFound");
        }
        return couple;
    }

    static CaseFacts facts(Couple couple) {
        return couple.accessFacts();
    }
}
