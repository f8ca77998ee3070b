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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
public class Couple extends TrackedEntity {

    /** Fetch plan for lists and headers: the therapist's account and both partners, in one query. */
    public static final String WITH_PEOPLE = "Couple.withPeople";

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
        this.status = CaseStatus.REFERRED;
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
    public String partnerNames() {
        return partners.stream().map(Partner::getFullName).reduce((a, b) -> a + " & " + b).orElse("");
    }
}
