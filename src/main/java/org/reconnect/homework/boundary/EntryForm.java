package org.reconnect.homework.boundary;

import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidKind;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.shared.boundary.KeyedForm;
import org.reconnect.shared.boundary.Submissions;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An entry as a partner fills it in. Which fields count depends on the assignment's type; the
 * boundary checks them (see HomeworkLog), never the page alone.
 */
public class EntryForm extends KeyedForm {

    private static final long serialVersionUID = 1L;

    private Long assignmentId;
    private Long entryId;
    private long version;
    private HomeworkType type;
    private String assignmentTitle;
    private String instructions;
    private LocalTime time;
    private LocalDate today;
    private LocalDate loggedFor;
    private BidBy bidBy;
    private BidKind bidKind;
    private BidResponse response;
    private Integer minutes;
    private Boolean phonesOff;
    private String prompts;
    private String prompt;
    private Integer rating;
    private String text;

    public Long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public HomeworkType getType() {
        return type;
    }

    public void setType(HomeworkType type) {
        this.type = type;
    }

    public String getAssignmentTitle() {
        return assignmentTitle;
    }

    public void setAssignmentTitle(String assignmentTitle) {
        this.assignmentTitle = assignmentTitle;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    /** When it happened (micro-moments), on {@link #getLoggedFor()}; {@code null}: now. */
    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    /** Today in the couple's time zone, when the form was opened: the page offers today and yesterday. */
    public LocalDate getToday() {
        return today;
    }

    public void setToday(LocalDate today) {
        this.today = today;
    }

    public LocalDate getLoggedFor() {
        return loggedFor;
    }

    public void setLoggedFor(LocalDate loggedFor) {
        this.loggedFor = loggedFor;
    }

    public BidBy getBidBy() {
        return bidBy;
    }

    public void setBidBy(BidBy bidBy) {
        this.bidBy = bidBy;
    }

    public BidKind getBidKind() {
        return bidKind;
    }

    public void setBidKind(BidKind bidKind) {
        this.bidKind = bidKind;
    }

    public BidResponse getResponse() {
        return response;
    }

    public void setResponse(BidResponse response) {
        this.response = response;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    /** Yes, no, or not answered yet ({@code null}): never answered for the partner. */
    public Boolean getPhonesOff() {
        return phonesOff;
    }

    public void setPhonesOff(Boolean phonesOff) {
        this.phonesOff = phonesOff;
    }

    public String getPrompts() {
        return prompts;
    }

    public void setPrompts(String prompts) {
        this.prompts = prompts;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** What the form says, for its submission key: sent again, it must say the same. */
    public String content() {
        return Submissions.content(assignmentId, loggedFor, time, bidBy, bidKind, response, minutes, phonesOff, prompts, prompt,
                rating, text);
    }
}
