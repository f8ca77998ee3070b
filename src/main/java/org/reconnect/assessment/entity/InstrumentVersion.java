package org.reconnect.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an instrument, with its definition exactly as it was loaded. Never changed
 * (the database refuses it too): a changed instrument is a new version.
 */
@Entity
@Immutable
@Table(name = "instrument")
public class InstrumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String definition;

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String digest;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private InstrumentSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    /** For an imported version: the file it was made from (its canonical URL and version). */
    @Column(length = 500)
    private String origin;

    protected InstrumentVersion() {
    }

    public InstrumentVersion(String code, int version, String title, String definition, String digest,
                             InstrumentSource source, Instant at, String by, String origin) {
        this.code = Objects.requireNonNull(code);
        this.version = version;
        this.title = Objects.requireNonNull(title);
        this.definition = Objects.requireNonNull(definition);
        this.digest = Objects.requireNonNull(digest);
        this.source = Objects.requireNonNull(source);
        this.createdAt = Objects.requireNonNull(at);
        this.createdBy = Objects.requireNonNull(by);
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getDefinition() {
        return definition;
    }

    public String getDigest() {
        return digest;
    }

    public InstrumentSource getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getOrigin() {
        return origin;
    }
}
