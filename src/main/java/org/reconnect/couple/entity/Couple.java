package org.reconnect.couple.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.shared.entity.TrackedEntity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A couple's case: two partners, a human-readable case number, where the case stands, and the
 * therapist currently responsible for it.
 */
@Entity
@Table(name = "couple")
@NamedEntityGraph(name = Couple.WITH_PEOPLE,
        attributeNodes = {
                @NamedAttributeNode(value = "therapist", subgraph = "therapist"),
                @NamedAttributeNode("partners")},
        subgraphs = @NamedSubgraph(name = "therapist", attributeNodes = @NamedAttributeNode("account")))
@NamedEntityGraph(name = Couple.WITH_THERAPIST,
        attributeNodes = @NamedAttributeNode(value = "therapist", subgraph = "therapist"),
        subgraphs = @NamedSubgraph(name = "therapist", attributeNodes = @NamedAttributeNode("account")))
public class Couple extends TrackedEntity {

    /** Fetch plan for lists and headers: the therapist's account and both partners, in one query. */
    public static final String WITH_PEOPLE = "Couple.withPeople";

    /** Fetch plan for paged lists: the therapist's account; partners come in one batch per page. */
    public static final String WITH_THERAPIST = "Couple.withTherapist";

    private static final Pattern CASE_NUMBER = Pattern.compile("RC-\\d{4}-\\d{4,6}");

    @Column(name = "case_number", nullable = false, updatable = false, length = 20)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "therapist_id")
    private Therapist therapist;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(nullable = false)
    private int episode = 1;

    @Column(name = "referral_source", length = 120)
    private String referralSource;

    /** Why the couple seeks help, in a sentence or two, as told at intake. */
    @Column(length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "secrets_policy", nullable = false, length = 20)
    private SecretsPolicy secretsPolicy = SecretsPolicy.NO_SECRETS;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "portal_after_close", length = 20)
    private PortalAfterClose portalAfterClose;

    /** The program step the couple is on; {@code null} before the program starts. */
    @Column(name = "current_step")
    private Integer currentStep;

    /** The therapist's documented decision to proceed with joint work: for therapists only. */
    @Column(name = "joint_decision", length = 1000)
    private String jointDecision;

    @Column(name = "joint_decision_by", length = 254)
    private String jointDecisionBy;

    @Column(name = "joint_decision_on")
    private LocalDate jointDecisionOn;

    @OneToMany(mappedBy = "couple", fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<Partner> partners = new ArrayList<>();

    protected Couple() {
    }

    public Couple(String caseNumber, LocalDate openedOn) {
        if (caseNumber == null || !CASE_NUMBER.matcher(caseNumber).matches()) {
            throw new IllegalArgumentException("case numbers look like RC-2026-0001");
        }
        this.caseNumber = caseNumber;
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        this.statusSince = openedOn;
        this.status = CaseStatus.REFERRED;
    }

    /** What intake records about the case as a whole. */
    public void describe(String newReferralSource, String newReason, SecretsPolicy policy) {
        this.referralSource = blankToNull(newReferralSource);
        this.reason = blankToNull(newReason);
        this.secretsPolicy = Objects.requireNonNull(policy, "secrets policy");
    }

    /**
     * Moves the case on (or back), as {@link CaseLifecycle} allows. Reopening a discharged case
     * starts a new episode and opens the portal again.
     *
     * @throws IllegalStateException with the message key of the rule that refuses it
     */
    public void moveTo(CaseStatus next, String why, LocalDate on) {
        CaseLifecycle.refusal(status, next, readiness(), why).ifPresent(key -> {
            throw new IllegalStateException(key);
        });
        if (CaseLifecycle.isReopening(status, next)) {
            episode++;
            portalAfterClose = null;
            jointDecision = null;
            jointDecisionBy = null;
            jointDecisionOn = null;
        }
        status = next;
        statusSince = Objects.requireNonNull(on, "date");
    }

    public CaseLifecycle.Readiness readiness() {
        return new CaseLifecycle.Readiness(therapist != null,
                partners.size() == 2 && partners.stream().allMatch(Partner::hasConsented));
    }

    /** A discharged case keeps its history and changes no more, until it is reopened. */
    public boolean isReadOnly() {
        return status == CaseStatus.DISCHARGED;
    }

    public void assignTo(Therapist newTherapist) {
        if (isReadOnly()) {
            throw new IllegalStateException("case.readOnly");
        }
        this.therapist = newTherapist;
    }

    public void closePortal(PortalAfterClose choice) {
        this.portalAfterClose = Objects.requireNonNull(choice, "choice");
    }

    public void recordJointDecision(String decision, String therapistName, LocalDate on) {
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("decision.required");
        }
        this.jointDecision = decision.strip();
        this.jointDecisionBy = Objects.requireNonNull(therapistName);
        this.jointDecisionOn = Objects.requireNonNull(on);
    }

    /** A new screening result makes an earlier decision stale: it was about other facts. */
    public void forgetJointDecision() {
        this.jointDecision = null;
        this.jointDecisionBy = null;
        this.jointDecisionOn = null;
    }

    /** The facts the access rules decide on: who the therapist is, who the partners are. */
    public CaseFacts accessFacts() {
        Long therapistUserId = therapist == null ? null : therapist.getAccount().getId();
        return new CaseFacts(therapistUserId,
                partners.stream().map(p -> p.getAccount().getId()).collect(Collectors.toSet()));
    }

    public JointWork.Verdict jointWork() {
        return JointWork.evaluate(partners.stream().map(Partner::getScreening).toList(), jointDecision != null);
    }

    public boolean isFlagged() {
        return JointWork.flagged(partners.stream().map(Partner::getScreening).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Integer getCurrentStep() {
        return currentStep;
    }

    /** Kept in step with the program's history (couple_step) by the program boundary. */
    public void onStep(int stepNumber) {
        if (stepNumber < 1 || stepNumber > 9) {
            throw new IllegalArgumentException("program.stepRange");
        }
        this.currentStep = stepNumber;
    }

    /** The couple's time zone: the first partner's. Their homework days and weeks are counted in it. */
    public ZoneId timeZone() {
        return partners.stream().filter(p -> p.getPosition() == 1).findFirst()
                .map(p -> ZoneId.of(p.getTimeZone()))
                .orElse(ZoneOffset.UTC);
    }

    /** Today in the couple's own calendar (their time zone), as the homework and questionnaires count days. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone()));
    }

    /**
     * Whether work for the couple (homework, a questionnaire) may be planned to start on this day
     * of their calendar: from a week back (recording what was agreed in a session) to a year ahead.
     */
    public boolean mayPlanFrom(LocalDate day, Clock clock) {
        LocalDate today = today(clock);
        return !day.isBefore(today.minusDays(7)) && !day.isAfter(today.plusYears(1));
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public int getEpisode() {
        return episode;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public String getReason() {
        return reason;
    }

    public SecretsPolicy getSecretsPolicy() {
        return secretsPolicy;
    }

    public PortalAfterClose getPortalAfterClose() {
        return portalAfterClose;
    }

    public String getJointDecision() {
        return jointDecision;
    }

    public String getJointDecisionBy() {
        return jointDecisionBy;
    }

    public LocalDate getJointDecisionOn() {
        return jointDecisionOn;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Therapist getTherapist() {
        return therapist;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public List<Partner> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    void addPartner(Partner partner) {
        if (partners.size() >= 2) {
            throw new IllegalStateException("a couple has two partners");
        }
        partners.add(partner);
    }

    /** "Alex Morgan & Samantha Reyes": how staff lists name a couple. */
    /** One of the couple's partners, by id; empty for anyone else's. */
    public java.util.Optional<Partner> partner(long partnerId) {
        return partners.stream().filter(p -> p.getId() == partnerId).findFirst();
    }

    public String partnerNames() {
        return partners.stream().map(Partner::getFullName).reduce((a, b) -> a + " & " + b).orElse("");
    }
}
