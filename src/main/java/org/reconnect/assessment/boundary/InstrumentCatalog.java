package org.reconnect.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.InstrumentParser;
import org.reconnect.assessment.entity.InstrumentVersion;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    /**
     * The definitions of these stored versions, by id: read from the database only the first
     * time a version is asked for (in one statement for all the new ones), then from memory.
     */
    public Map<Long, Instrument> byIds(Collection<Long> ids) {
        List<Long> unknown = ids.stream().filter(id -> !parsed.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            em.createQuery("select i from InstrumentVersion i where i.id in :ids", InstrumentVersion.class)
                    .setParameter("ids", unknown)
                    .getResultStream()
                    .forEach(this::of);
        }
        Map<Long, Instrument> found = new HashMap<>();
        ids.forEach(id -> {
            Instrument instrument = parsed.get(id);
            if (instrument != null) {
                found.put(id, instrument);
            }
        });
        return found;
    }

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
