package org.reconnect.schedule.boundary;

import jakarta.validation.constraints.NotNull;
import org.reconnect.schedule.entity.Modality;
import org.reconnect.shared.boundary.KeyedForm;
import org.reconnect.shared.boundary.Submissions;

import java.time.LocalDateTime;

/** What the therapist fills in to book or change an appointment; times in the clinic's zone. */
public class AppointmentForm extends KeyedForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{appointment.couple.required}")
    private Long coupleId;

    /** {@code null}: a joint session. */
    private Long partnerId;

    @NotNull(message = "{appointment.modality.required}")
    private Modality modality = Modality.IN_PERSON;

    @NotNull(message = "{appointment.start.required}")
    private LocalDateTime startsAt;

    @NotNull(message = "{appointment.end.required}")
    private LocalDateTime endsAt;

    private String location;

    public Long getCoupleId() {
        return coupleId;
    }

    public void setCoupleId(Long coupleId) {
        this.coupleId = coupleId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    /** What the form says, for its submission key: sent again, it must say the same. */
    public String content() {
        return Submissions.content(coupleId, partnerId, modality, startsAt, endsAt, location);
    }
}
