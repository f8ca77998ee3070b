package org.reconnect.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a person reads dates and times on every page: with the weekday, in the format of their
 * browser's language ("Thu, Dec 3, 2026, 5:00 PM" in the US, "Thu, 3 Dec 2026, 17:00" in the UK),
 * and instants in their own time zone ({@link ViewerZone}: the clinic's for staff, their own for
 * partners). Exports keep ISO dates; this is for pages only.
 */
@Named("dates")
@RequestScoped
public class Dates {

    @Inject
    Instance<ViewerZone> viewerZone;

    private Locale locale;
    private ZoneId zone;

    /** For the container. */
    public Dates() {
    }

    /** For a reader whose language and zone are known (and for tests, outside a page). */
    Dates(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }
    private DateTimeFormatter day;
    private DateTimeFormatter time;

    private Locale locale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            Locale asked = context == null ? null : context.getExternalContext().getRequestLocale();
            locale = asked == null || asked.getLanguage().isEmpty() ? Locale.UK : asked;
        }
        return locale;
    }

    /** The viewer's zone (UTC when nobody provides one, as outside a page). */
    public ZoneId zone() {
        if (zone == null) {
            zone = viewerZone.isResolvable() ? viewerZone.get().zone() : ZoneOffset.UTC;
        }
        return zone;
    }

    private DateTimeFormatter dayFormat() {
        if (day == null) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                    IsoChronology.INSTANCE, locale());
            day = DateTimeFormatter.ofPattern("EEE, " + pattern, locale());
        }
        return day;
    }

    private DateTimeFormatter timeFormat() {
        if (time == null) {
            time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
        }
        return time;
    }

    /** A day: "Thu, 3 Dec 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : dayFormat().format(date);
    }

    /** A time of day: "17:00" (or "5:00 PM"). */
    public String time(LocalTime at) {
        return at == null ? "" : timeFormat().format(at);
    }

    /** A day and time already in the viewer's zone: "Thu, 3 Dec 2026, 17:00". */
    public String at(LocalDateTime moment) {
        return moment == null ? "" : day(moment.toLocalDate()) + ", " + time(moment.toLocalTime());
    }

    /** An instant, in the viewer's zone: "Thu, 3 Dec 2026, 17:00". */
    public String moment(Instant instant) {
        return instant == null ? "" : at(LocalDateTime.ofInstant(instant, zone()));
    }
}
