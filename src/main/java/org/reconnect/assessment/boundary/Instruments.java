package org.reconnect.assessment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.InstrumentParser;
import org.reconnect.assessment.entity.InstrumentSource;
import org.reconnect.assessment.entity.InstrumentVersion;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;
import org.reconnect.shared.entity.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Instrument definitions: the ones Reconnect ships (loaded at start-up from
 * {@code src/main/resources/instruments/}, listed in {@code bundled.list}) and the ones a clinic
 * uploads. A definition is checked in full before anything is stored; a faulty one stores
 * nothing and gets every problem named. A version is never changed: a changed instrument needs a
 * higher version number, and an unchanged one is recognised and not stored twice.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class Instruments {

    static final String FIELD = "definition";
    private static final Logger LOG = Logger.getLogger(Instruments.class.getName());
    private static final String BUNDLED = "instruments/";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    Clock clock;

    /** What an upload did: a new version stored, or the same definition found already. */
    public record Loaded(String code, int version, String title, boolean added) {
    }

    /** The latest version of each instrument, by title: what a therapist assigns. One statement. */
    public List<InstrumentRow> latest() {
        return rows(em.createQuery("""
                        select i from InstrumentVersion i
                        where i.version = (select max(j.version) from InstrumentVersion j where j.code = i.code)
                        order by i.title, i.code""", InstrumentVersion.class).getResultList(), true);
    }

    /** Every stored version, newest first within each instrument. Admins only. One statement. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<InstrumentRow> all() {
        List<InstrumentVersion> versions = em.createQuery(
                "select i from InstrumentVersion i order by i.title, i.code, i.version desc", InstrumentVersion.class)
                .getResultList();
        List<InstrumentRow> rows = new ArrayList<>();
        String code = null;
        for (InstrumentVersion v : versions) {
            rows.add(row(v, !v.getCode().equals(code)));
            code = v.getCode();
        }
        return rows;
    }

    /**
     * Checks and stores an uploaded definition. Refused with every problem found (field
     * {@code definition}): the file's own faults, and a version number that is taken by other
     * content or lower than the latest. Audited as {@code INSTRUMENT_ADDED}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Loaded upload(String text) {
        Caller caller = callers.current().orElseThrow();
        Loaded loaded = load(text, InstrumentSource.UPLOADED, caller.email(), null);
        if (loaded.added()) {
            audit.record(AuditAction.INSTRUMENT_ADDED, AuditOutcome.SUCCESS, null, "INSTRUMENT", null,
                    loaded.code() + " v" + loaded.version());
        }
        return loaded;
    }

    /**
     * Stores a definition made from an imported file ({@code origin} names the file: its canonical
     * URL and version), checked like an upload. Audited as {@code INSTRUMENT_ADDED}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Loaded importDefinition(String definition, String origin) {
        Caller caller = callers.current().orElseThrow();
        Loaded loaded = load(definition, InstrumentSource.IMPORTED, caller.email(), origin);
        if (loaded.added()) {
            audit.record(AuditAction.INSTRUMENT_ADDED, AuditOutcome.SUCCESS, null, "INSTRUMENT", null,
                    loaded.code() + " v" + loaded.version() + " imported from " + origin);
        }
        return loaded;
    }

    /**
     * Stores a definition made from a file that ships with Reconnect (the demo clinic's imported
     * Questionnaire), once. Called at start-up; takes nothing from any caller.
     */
    @PermitAll
    public Loaded loadImportedAtStart(String definition, String origin) {
        Loaded one = load(definition, InstrumentSource.IMPORTED, "reconnect", origin);
        if (one.added()) {
            audit.recordFor("reconnect", AuditAction.INSTRUMENT_ADDED, AuditOutcome.SUCCESS,
                    one.code() + " v" + one.version() + " imported from " + origin);
        }
        return one;
    }

    /** The stored definition of one version (Reconnect's format), if there is one. Not clinical data. */
    public java.util.Optional<String> definition(long versionId) {
        return java.util.Optional.ofNullable(em.find(InstrumentVersion.class, versionId)).map(InstrumentVersion::getDefinition);
    }

    /**
     * Loads the definitions that ship with Reconnect, each once. Called at start-up, after the
     * migrations; takes nothing from any caller.
     */
    @PermitAll
    public List<Loaded> loadBundled() {
        List<Loaded> loaded = new ArrayList<>();
        for (String name : resource("bundled.list").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            Loaded one = load(resource(name), InstrumentSource.BUNDLED, "reconnect", null);
            if (one.added()) {
                audit.recordFor("reconnect", AuditAction.INSTRUMENT_ADDED, AuditOutcome.SUCCESS,
                        one.code() + " v" + one.version() + " (bundled)");
                LOG.info(() -> "Loaded instrument " + one.code() + " version " + one.version());
            }
            loaded.add(one);
        }
        return loaded;
    }

    private Loaded load(String text, InstrumentSource source, String by, String origin) {
        InstrumentParser.Result result = InstrumentParser.parse(text);
        if (!result.ok()) {
            throw new InvalidInput(result.problems().stream()
                    .map(p -> new InvalidInput.Problem(FIELD, Texts.get(p.key(), p.argumentArray())))
                    .toList());
        }
        Instrument instrument = result.instrument();
        String digest = Sha256.hex(text);
        List<InstrumentVersion> stored = em.createQuery(
                        "select i from InstrumentVersion i where i.code = :code order by i.version desc", InstrumentVersion.class)
                .setParameter("code", instrument.code())
                .getResultList();
        for (InstrumentVersion v : stored) {
            if (v.getDigest().equals(digest)) {
                return new Loaded(v.getCode(), v.getVersion(), v.getTitle(), false);
            }
        }
        int latest = stored.isEmpty() ? 0 : stored.get(0).getVersion();
        if (instrument.version() <= latest) {
            boolean taken = stored.stream().anyMatch(v -> v.getVersion() == instrument.version());
            throw new InvalidInput(List.of(new InvalidInput.Problem(FIELD, taken
                    ? Texts.get("definition.versionTaken", instrument.code(), instrument.version(), latest)
                    : Texts.get("definition.versionBelowLatest", instrument.code(), instrument.version(), latest))));
        }
        InstrumentVersion version = new InstrumentVersion(instrument.code(), instrument.version(), instrument.title(), text,
                digest, source, Instant.now(clock), by, origin);
        em.persist(version);
        em.flush();
        return new Loaded(version.getCode(), version.getVersion(), version.getTitle(), true);
    }

    private List<InstrumentRow> rows(List<InstrumentVersion> versions, boolean latest) {
        return versions.stream().map(v -> row(v, latest)).toList();
    }

    private InstrumentRow row(InstrumentVersion v, boolean latest) {
        Instrument instrument = catalog.of(v);
        return new InstrumentRow(v.getId(), v.getCode(), v.getVersion(), v.getTitle(), instrument.items().size(),
                instrument.validated(), instrument.licence(), v.getSource(), v.getOrigin(), v.getCreatedAt(), v.getCreatedBy(), latest);
    }

    private static String resource(String name) {
        try (InputStream in = Instruments.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled instrument file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
