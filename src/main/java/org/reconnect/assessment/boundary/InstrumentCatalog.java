package org.reconnect.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.InstrumentParser;
import org.reconnect.assessment.entity.InstrumentVersion;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored definitions, read once: a version never changes, so its parsed form is kept for the
 * life of the application and scoring needs no statement beyond loading the version row. Part of
 * the assessment boundaries, used only by them.
 */
@ApplicationScoped
public class InstrumentCatalog {

    private final Map<Long, Instrument> parsed = new ConcurrentHashMap<>();

    public Instrument of(InstrumentVersion version) {
        return parsed.computeIfAbsent(version.getId(), id -> {
            InstrumentParser.Result result = InstrumentParser.parse(version.getDefinition());
            if (!result.ok()) {
                // only valid definitions are ever stored
                throw new IllegalStateException("stored instrument " + version.getCode() + " v" + version.getVersion()
                        + " does not parse: " + result.problems());
            }
            return result.instrument();
        });
    }
}
