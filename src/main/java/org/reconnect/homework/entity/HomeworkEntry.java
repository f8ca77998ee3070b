package org.reconnect.homework.entity;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.shared.entity.TrackedEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One act of homework by one partner, in typed columns (see V4__homework.sql for which type uses
 * which). Its author may change it for 24 hours; then it is locked.
 */
@Entity
@Table(name = "homework_entry")
@NamedEntityGraph(name = HomeworkEntry.WITH_CONTEXT, attributeNodes = {
        @NamedAttributeNode("author"), @NamedAttributeNode("assignment")})
public class HomeworkEntry extends TrackedEntity {

    /** Loads the author and the assignment with the entry, for lists. */
    public static final String WITH_CONTEXT = "HomeworkEntry.withContext";

    public static final Duration EDITABLE_FOR = Duration.ofHours(24);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private HomeworkAssignment assignment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Partner author;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 30)
    private HomeworkType type;

    @Column(name = "logged_for", nullable = false)
    private LocalDate loggedFor;

    @Column(name = "period_key", nullable = false, length = 20)
    private String periodKey;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "bid_by", length = 10)
    private BidBy bidBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "bid_kind", length = 20)
    private BidKind bidKind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private BidResponse response;

    private Integer minutes;

    @Column(name = "phones_off")
    private Boolean phonesOff;

    @Column(length = 500)
    private String prompts;

    @Column(length = 200)
    private String prompt;

    private Integer rating;

    @Column(length = 4000)
    private String text;

    protected HomeworkEntry() {
    }

    public HomeworkEntry(HomeworkAssignment assignment, Partner author, LocalDate loggedFor, String periodKey) {
        this.assignment = Objects.requireNonNull(assignment);
        this.couple = assignment.getCouple();
        this.author = Objects.requireNonNull(author);
        this.type = assignment.getType();
        this.loggedFor = Objects.requireNonNull(loggedFor);
        this.periodKey = Objects.requireNonNull(periodKey);
    }

    /** Whether the author may still change it. */
    public boolean isEditableAt(Instant now) {
        return getCreatedAt() == null || now.isBefore(getCreatedAt().plus(EDITABLE_FOR));
    }

    public void moveTo(LocalDate day, String newPeriodKey) {
        this.loggedFor = Objects.requireNonNull(day);
        this.periodKey = Objects.requireNonNull(newPeriodKey);
    }

    public void recordMicroMoment(BidBy by, BidKind kind, BidResponse answer, Instant when, String note) {
        this.bidBy = Objects.requireNonNull(by);
        this.bidKind = kind;   // not chosen stays not chosen: never "something else" for the partner
        this.response = Objects.requireNonNull(answer);
        this.occurredAt = Objects.requireNonNull(when);
        this.text = note;
    }

    public void recordDate(int dateMinutes, boolean dateWithPhonesOff, String promptsUsed, int connectionRating,
                           String reflection) {
        this.minutes = dateMinutes;
        this.phonesOff = dateWithPhonesOff;
        this.prompts = promptsUsed;
        this.rating = connectionRating;
        this.text = reflection;
    }

    public void recordTalk(int talkMinutes, String talkPrompt, int talkRating) {
        this.minutes = talkMinutes;
        this.prompt = talkPrompt;
        this.rating = talkRating;
    }

    public void recordText(String written, Integer writtenRating) {
        this.text = written;
        this.rating = writtenRating;
    }

    public HomeworkAssignment getAssignment() {
        return assignment;
    }

    public Couple getCouple() {
        return couple;
    }

    public Partner getAuthor() {
        return author;
    }

    public HomeworkType getType() {
        return type;
    }

    public LocalDate getLoggedFor() {
        return loggedFor;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public BidBy getBidBy() {
        return bidBy;
    }

    public BidKind getBidKind() {
        return bidKind;
    }

    public BidResponse getResponse() {
        return response;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public Boolean getPhonesOff() {
        return phonesOff;
    }

    public String getPrompts() {
        return prompts;
    }

    public String getPrompt() {
        return prompt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getText() {
        return text;
    }
}
