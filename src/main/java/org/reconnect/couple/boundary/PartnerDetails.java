package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.Partner;
import org.reconnect.couple.entity.Screening;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A partner on the couple's page.
 *
 * @param screeningNote {@code null} unless the caller is the couple's therapist
 * @param portalReady   the partner has set their password: the portal works for them
 */
public record PartnerDetails(long id, String fullName, String preferredName, String pronouns, String email, String phone,
                             String timeZone, LocalDate consentOn, String consentFormVersion, LocalDate secretsAcknowledgedOn,
                             Screening screening, LocalDate screenedOn, String screenedBy, String screeningNote, boolean portalReady,
                             boolean loginEnabled) implements Serializable {

    /** The partner as the caller may read them: the screening note only for clinical readers. */
    static PartnerDetails of(Partner partner, boolean clinical) {
        return new PartnerDetails(partner.getId(), partner.getFullName(), partner.getPreferredName(), partner.getPronouns(),
                partner.getAccount().getEmail(), partner.getPhone(), partner.getTimeZone(), partner.getConsentOn(),
                partner.getConsentFormVersion(), partner.getSecretsAcknowledgedOn(), partner.getScreening(), partner.getScreenedOn(),
                partner.getScreenedBy(), clinical ? partner.getScreeningNote() : null, partner.getAccount().hasPassword(),
                partner.getAccount().isEnabled());
    }
}
