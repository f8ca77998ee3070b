package org.reconnect.shared.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The time zones a person chooses from: one per place, named as the place ("Berlin", grouped
 * under "Europe"), with the offset it has now. Left out: the abbreviations and legacy names the
 * JDK also knows (CET, US/Eastern, Etc/GMT+5) and the spellings the time-zone database has
 * retired but keeps for old data (Africa/Asmera is Africa/Asmara, Asia/Calcutta is Asia/Kolkata).
 * UTC comes first, on its own.
 */
public final class TimeZones {

    static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe",
            "Indian", "Pacific");

    /** Retired and renamed zone ids that the JDK still lists (the time-zone database's "backward" links). */
    static final Set<String> RETIRED = Set.of(
            "Africa/Asmera", "Africa/Timbuktu",
            "America/Argentina/ComodRivadavia", "America/Atka", "America/Buenos_Aires", "America/Catamarca",
            "America/Coral_Harbour", "America/Cordoba", "America/Ensenada", "America/Fort_Wayne", "America/Godthab",
            "America/Indianapolis", "America/Jujuy", "America/Knox_IN", "America/Louisville", "America/Mendoza",
            "America/Montreal", "America/Nipigon", "America/Pangnirtung", "America/Porto_Acre", "America/Rainy_River",
            "America/Rosario", "America/Santa_Isabel", "America/Shiprock", "America/Thunder_Bay", "America/Virgin",
            "America/Yellowknife",
            "Antarctica/South_Pole",
            "Asia/Ashkhabad", "Asia/Calcutta", "Asia/Chongqing", "Asia/Chungking", "Asia/Dacca", "Asia/Harbin",
            "Asia/Istanbul", "Asia/Kashgar", "Asia/Katmandu", "Asia/Macao", "Asia/Rangoon", "Asia/Saigon", "Asia/Tel_Aviv",
            "Asia/Thimbu", "Asia/Ujung_Pandang", "Asia/Ulan_Bator",
            "Atlantic/Faeroe", "Atlantic/Jan_Mayen",
            "Australia/ACT", "Australia/Canberra", "Australia/Currie", "Australia/LHI", "Australia/NSW", "Australia/North",
            "Australia/Queensland", "Australia/South", "Australia/Tasmania", "Australia/Victoria", "Australia/West",
            "Australia/Yancowinna",
            "Europe/Belfast", "Europe/Kiev", "Europe/Nicosia", "Europe/Tiraspol", "Europe/Uzhgorod", "Europe/Zaporozhye",
            "Pacific/Enderbury", "Pacific/Johnston", "Pacific/Ponape", "Pacific/Samoa", "Pacific/Truk", "Pacific/Yap");

    private TimeZones() {
    }

    /** A zone as a person picks it: its id, its region, the place ("Buenos Aires"), its offset now ("UTC-03:00"). */
    public record Zone(String id, String region, String place, String offset) {

        /** "Berlin (UTC+01:00)". */
        public String label() {
            return place + " (" + offset + ")";
        }
    }

    /** UTC, then every current place zone, by region and place. */
    public static List<Zone> choices(Instant now) {
        Zone utc = new Zone("UTC", "UTC", "UTC", "UTC");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(utc), ZoneId.getAvailableZoneIds().stream()
                        .filter(TimeZones::isPlace)
                        .map(id -> zone(id, now))
                        .sorted(Comparator.comparing(Zone::region).thenComparing(Zone::place)))
                .toList();
    }

    /** Whether the id names a place in the current database (not an abbreviation, alias or retired name). */
    public static boolean isPlace(String id) {
        int slash = id.indexOf('/');
        return slash > 0 && REGIONS.contains(id.substring(0, slash)) && !RETIRED.contains(id);
    }

    static Zone zone(String id, Instant now) {
        String region = id.substring(0, id.indexOf('/'));
        String place = id.substring(id.indexOf('/') + 1).replace('_', ' ');
        return new Zone(id, region, place, offset(ZoneId.of(id), now));
    }

    /** "UTC+05:30", "UTC-03:00", or "UTC" for no offset. */
    public static String offset(ZoneId zone, Instant now) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
}
