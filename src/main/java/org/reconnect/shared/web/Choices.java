package org.reconnect.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Named;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.couple.entity.Screening;
import org.reconnect.couple.entity.SecretsPolicy;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidKind;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.shared.control.TimeZones;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Values for selects, and how pages write instants. */
@Named
@ApplicationScoped
public class Choices {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public List<CaseStatus> getCaseStatuses() {
        return List.of(CaseStatus.values());
    }

    public List<Screening> getScreenings() {
        // "not screened" is the state before any screening; recording it would make a record of nothing
        return List.of(Screening.CLEARED, Screening.CONCERNS);
    }

    public List<SecretsPolicy> getSecretsPolicies() {
        return List.of(SecretsPolicy.values());
    }

    public List<PortalAfterClose> getPortalChoices() {
        return List.of(PortalAfterClose.values());
    }

    public List<Cadence> getCadences() {
        return List.of(Cadence.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public List<HomeworkType> getHomeworkTypes() {
        return List.of(HomeworkType.values());
    }

    public List<BidBy> getBidBys() {
        return List.of(BidBy.values());
    }

    public List<BidKind> getBidKinds() {
        return List.of(BidKind.values());
    }

    public List<BidResponse> getResponses() {
        return List.of(BidResponse.values());
    }

    /** The program's step numbers, 1 to 9. */
    public List<org.reconnect.schedule.entity.Modality> getModalities() {
        return List.of(org.reconnect.schedule.entity.Modality.values());
    }

    public List<org.reconnect.notes.entity.RiskLevel> getRiskLevels() {
        return List.of(org.reconnect.notes.entity.RiskLevel.values());
    }

    public List<Integer> getSteps() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    /** Ratings 1 to 10, for the rating buttons. */
    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    /** Time zones by their IANA names, UTC first, for the partners' selects. */
    /**
     * The time zones to choose from, grouped by region, each named by its place with its offset
     * now ("Berlin (UTC+01:00)"); UTC first. See {@link TimeZones}.
     */
    public List<SelectItem> getTimeZones() {
        java.util.Map<String, List<SelectItem>> byRegion = new java.util.LinkedHashMap<>();
        for (TimeZones.Zone zone : TimeZones.choices(Instant.now())) {
            byRegion.computeIfAbsent(zone.region(), k -> new ArrayList<>()).add(new SelectItem(zone.id(), zone.label()));
        }
        List<SelectItem> groups = new ArrayList<>();
        byRegion.forEach((region, zones) -> groups.add(new SelectItemGroup(region, null, false, zones.toArray(new SelectItem[0]))));
        return groups;
    }

    /** An instant as staff read it: "26 Nov 2026, 10:20 UTC". */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
