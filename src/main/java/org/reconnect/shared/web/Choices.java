package org.reconnect.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Named;
import org.reconnect.shared.control.TimeZones;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Values for selects that belong to no capability (time zones), and how pages write instants. */
@Named
@ApplicationScoped
public class Choices {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

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
