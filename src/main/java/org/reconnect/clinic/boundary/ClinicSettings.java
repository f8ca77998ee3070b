package org.reconnect.clinic.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.entity.ClinicSetting;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clinic's settings: which note templates therapists are offered, the time zone the
 * calendar and the staff pages use, whether therapists must use two-step sign-in, and the office
 * hours in which messages are read. Anyone signed in may read them; admins change them
 * (audited as {@code SETTINGS_CHANGED}).
 */
@Stateless
@PermitAll
public class ClinicSettings {

    private static final String REQUIRED = "REQUIRED";
    private static final String OPTIONAL = "OPTIONAL";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The settings as an admin edits them. */
    public record Values(Set<NoteTemplate> templates, String timeZone, long templatesVersion, long zoneVersion,
                         boolean therapistTwoStep, long twoStepVersion, String officeHours, long officeHoursVersion)
            implements Serializable {
    }

    public Values values() {
        ClinicSetting templates = setting(ClinicSetting.NOTE_TEMPLATES);
        ClinicSetting zone = setting(ClinicSetting.TIME_ZONE);
        ClinicSetting twoStep = setting(ClinicSetting.THERAPIST_TWO_STEP);
        ClinicSetting hours = setting(ClinicSetting.OFFICE_HOURS);
        return new Values(parse(templates.getValue()), zone.getValue(), templates.getVersion(), zone.getVersion(),
                REQUIRED.equals(twoStep.getValue()), twoStep.getVersion(), hours.getValue(), hours.getVersion());
    }

    /** Whether therapists must use two-step sign-in (otherwise each may turn it on). */
    public boolean twoStepRequiredForTherapists() {
        return REQUIRED.equals(setting(ClinicSetting.THERAPIST_TWO_STEP).getValue());
    }

    /**
     * Requires two-step sign-in of therapists, or leaves it to each. It applies from each
     * therapist's next sign-in; those without an app enrol then.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void changeTherapistTwoStep(boolean required, long version) {
        ClinicSetting setting = em.find(ClinicSetting.class, ClinicSetting.THERAPIST_TWO_STEP, LockModeType.PESSIMISTIC_WRITE);
        if (setting.getVersion() != version) {
            throw new Refusal("edit.conflict");
        }
        String value = required ? REQUIRED : OPTIONAL;
        if (!value.equals(setting.getValue())) {
            setting.change(value, Instant.now(clock), callers.current().orElseThrow().email());
        }
        audit.record(AuditAction.SETTINGS_CHANGED, AuditOutcome.SUCCESS, null, "SETTINGS", null,
                "two-step sign-in for therapists " + value);
    }

    /** When the clinic reads messages, in words: shown beside every box to write a message in. */
    public String officeHours() {
        return setting(ClinicSetting.OFFICE_HOURS).getValue();
    }

    /**
     * Changes the office hours shown with messages: 3 to 200 characters of plain text (no line
     * breaks or other control characters, no markup). A page opened before another change is refused.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void changeOfficeHours(String hours, long version) {
        String text = hours == null ? "" : hours.strip();
        if (text.codePointCount(0, text.length()) < 3 || text.codePointCount(0, text.length()) > 200
                || text.codePoints().anyMatch(Character::isISOControl) || text.contains("<")) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("officeHours", Texts.get("settings.officeHours.invalid"))));
        }
        ClinicSetting setting = em.find(ClinicSetting.class, ClinicSetting.OFFICE_HOURS, LockModeType.PESSIMISTIC_WRITE);
        if (setting.getVersion() != version) {
            throw new Refusal("edit.conflict");
        }
        if (!text.equals(setting.getValue())) {
            setting.change(text, Instant.now(clock), callers.current().orElseThrow().email());
        }
        audit.record(AuditAction.SETTINGS_CHANGED, AuditOutcome.SUCCESS, null, "SETTINGS", null, "office hours for messages");
    }

    /** The templates offered, in their usual order. */
    public List<NoteTemplate> noteTemplates() {
        return parse(setting(ClinicSetting.NOTE_TEMPLATES).getValue()).stream().sorted().toList();
    }

    public ZoneId timeZone() {
        try {
            return ZoneId.of(setting(ClinicSetting.TIME_ZONE).getValue());
        } catch (DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }

    /**
     * Changes both settings. Refused: no template at all, an unknown time zone, and a page opened
     * before another change.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void change(Set<NoteTemplate> templates, String timeZone, long templatesVersion, long zoneVersion) {
        if (templates == null || templates.isEmpty()) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("templates", Texts.get("settings.templates.required"))));
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException unknown) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("timeZone", Texts.get("settings.timeZone.unknown"))));
        }
        ClinicSetting t = em.find(ClinicSetting.class, ClinicSetting.NOTE_TEMPLATES, LockModeType.PESSIMISTIC_WRITE);
        ClinicSetting z = em.find(ClinicSetting.class, ClinicSetting.TIME_ZONE, LockModeType.PESSIMISTIC_WRITE);
        if (t.getVersion() != templatesVersion || z.getVersion() != zoneVersion) {
            throw new Refusal("edit.conflict");
        }
        String by = callers.current().orElseThrow().email();
        Instant now = Instant.now(clock);
        String value = templates.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        if (!value.equals(t.getValue())) {
            t.change(value, now, by);
        }
        if (!timeZone.equals(z.getValue())) {
            z.change(timeZone, now, by);
        }
        audit.record(AuditAction.SETTINGS_CHANGED, AuditOutcome.SUCCESS, null, "SETTINGS", null,
                "templates " + value + ", time zone " + timeZone);
    }

    private ClinicSetting setting(String name) {
        ClinicSetting setting = em.find(ClinicSetting.class, name);
        if (setting == null) {
            throw new IllegalStateException("missing clinic setting " + name);
        }
        return setting;
    }

    private static Set<NoteTemplate> parse(String value) {
        Set<NoteTemplate> templates = EnumSet.noneOf(NoteTemplate.class);
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> {
            try {
                templates.add(NoteTemplate.valueOf(s));
            } catch (IllegalArgumentException ignored) {
                // a template this version does not know is not offered
            }
        });
        return templates;
    }
}
