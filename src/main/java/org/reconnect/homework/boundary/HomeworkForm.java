package org.reconnect.homework.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.shared.boundary.KeyedForm;
import org.reconnect.shared.boundary.Submissions;

import java.time.LocalDate;

/** A new assignment as the therapist fills it in, prefilled from the type and the couple's step. */
public class HomeworkForm extends KeyedForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{homework.type.required}")
    private HomeworkType type;

    @NotBlank(message = "{homework.title.required}")
    @Size(max = 120, message = "{homework.title.size}")
    private String title;

    @NotBlank(message = "{homework.instructions.required}")
    @Size(max = 2000, message = "{homework.instructions.size}")
    private String instructions;

    /** {@code null}: both partners. */
    private Long partnerId;

    @NotNull(message = "{homework.cadence.required}")
    private Cadence cadence = Cadence.WEEKLY;

    @Min(value = 1, message = "{homework.target.range}")
    @Max(value = 50, message = "{homework.target.range}")
    private int target = 1;

    @NotNull(message = "{homework.startsOn.required}")
    private LocalDate startsOn;

    private LocalDate endsOn;

    @NotNull(message = "{homework.visibility.required}")
    private Visibility visibility = Visibility.SHARED;

    public HomeworkType getType() {
        return type;
    }

    public void setType(HomeworkType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public int getTarget() {
        return target;
    }

    public void setTarget(int target) {
        this.target = target;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    /** What the form says, for its submission key: sent again, it must say the same. */
    public String content() {
        return Submissions.content(type, title, instructions, partnerId, cadence, target, startsOn, endsOn, visibility);
    }
}
