package org.reconnect.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one clock of the application. Stored times are UTC instants; a page converts them to the
 * viewer's time zone. Tests that need another time replace this producer with an alternative.
 */
@ApplicationScoped
public class ClinicClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
