package org.reconnect.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
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

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
        return List.of(Screening.values());
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
    public List<String> getTimeZones() {
        List<String> zones = new ArrayList<>(List.of("UTC"));
        new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .forEach(zones::add);
        return zones;
    }

    /** An instant as staff read it: "26 Nov 2026, 10:20 UTC". */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
