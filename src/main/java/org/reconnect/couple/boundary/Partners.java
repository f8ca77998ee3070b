package org.reconnect.couple.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A partner's details after intake: name, pronouns, phone, time zone, and consent and the
 * secrets policy when they were not given at intake. The email is the login and stays.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class Partners {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /**
     * The partner as a form to edit; empty when the caller may not see the couple. Admins for
     * any couple, therapists for their own. Not audited: the couple's page that offers it is.
     */
    public Optional<PartnerForm> edit(long partnerId) {
        Caller caller = callers.current().orElse(null);
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || !visible(caller, partner.getCouple())) {
            return Optional.empty();
        }
        PartnerForm form = new PartnerForm(partner.getPosition());
        form.setFullName(partner.getFullName());
        form.setPreferredName(partner.getPreferredName());
        form.setPronouns(partner.getPronouns());
        form.setEmail(partner.getAccount().getEmail());
        form.setPhone(partner.getPhone());
        form.setTimeZone(partner.getTimeZone());
        form.setConsentGiven(partner.getConsentOn() != null);
        form.setConsentOn(partner.getConsentOn());
        form.setConsentFormVersion(partner.getConsentFormVersion());
        form.setSecretsAcknowledged(partner.getSecretsAcknowledgedOn() != null);
        return Optional.of(form);
    }

    /**
     * Saves a partner's details. Admins for any couple, therapists for their own. Refused with
     * field messages for invalid input, and for a discharged case or one changed since the page
     * was opened. Consent, once recorded, is not taken back here. Audited as
     * {@code PARTNER_CHANGED}.
     */
    public void update(long partnerId, Long expectedVersion, PartnerForm form) {
        Caller caller = callers.required();
        Long coupleId = em.createQuery("select p.couple.id from Partner p where p.id = :id", Long.class)
                .setParameter("id", partnerId)
                .getResultStream().findFirst().orElse(-1L);
        Couple couple = guard.forChange(coupleId, caller, AuditAction.PARTNER_CHANGED,
                CaseAccess.Level.CLINICAL, CaseAccess.Level.METADATA);
        if (couple.isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        if (expectedVersion != null && expectedVersion != couple.getVersion()) {
            throw new Refusal("edit.conflict");
        }
        Partner partner = couple.getPartners().stream().filter(p -> p.getId() == partnerId).findFirst()
                .orElseThrow(() -> new Refusal("case.notFound"));
        form.setEmail(partner.getAccount().getEmail());
        InvalidInput.throwIfAny(validator.validate(form));
        List<InvalidInput.Problem> problems = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(form.getTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new InvalidInput.Problem("timeZone", Texts.get("intake.timeZone.invalid")));
        }
        if (form.isConsentGiven() && (form.getConsentOn() == null || form.getConsentFormVersion() == null
                || form.getConsentFormVersion().isBlank())) {
            problems.add(new InvalidInput.Problem("consentOn", Texts.get("intake.consent.incomplete")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        partner.rename(form.getFullName(), form.getPreferredName());
        partner.describe(form.getPronouns(), form.getPhone(), zone);
        if (form.isConsentGiven()) {
            partner.recordConsent(form.getConsentOn(), form.getConsentFormVersion());
        }
        if (form.isSecretsAcknowledged() && partner.getSecretsAcknowledgedOn() == null) {
            partner.acknowledgeSecretsPolicy(LocalDate.now(clock));
        }
        // the case's version moves on too, so a couple page opened before sees a conflict
        em.lock(couple, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.PARTNER_CHANGED, AuditOutcome.SUCCESS, couple.getId(), "PARTNER", partnerId, null);
    }

    private static boolean visible(Caller caller, Couple couple) {
        CaseAccess.Level level = CaseAccess.levelFor(caller, CaseGuard.facts(couple));
        return level == CaseAccess.Level.CLINICAL || level == CaseAccess.Level.METADATA;
    }
}
