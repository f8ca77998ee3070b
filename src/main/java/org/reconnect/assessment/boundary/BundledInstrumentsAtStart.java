package org.reconnect.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.reconnect.shared.boundary.SchemaMigrated;

/** Loads the instruments that ship with Reconnect, each version once, when the schema is ready. */
@ApplicationScoped
public class BundledInstrumentsAtStart {

    @Inject
    Instruments instruments;

    void load(@Observes SchemaMigrated migrated) {
        instruments.loadBundled();
    }
}
