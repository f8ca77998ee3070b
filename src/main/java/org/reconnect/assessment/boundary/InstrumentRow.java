package org.reconnect.assessment.boundary;

import org.reconnect.assessment.entity.InstrumentSource;

import java.io.Serializable;
import java.time.Instant;

/** One stored instrument version, for lists and choices: no answers, so admins may see it. */
public record InstrumentRow(long id, String code, int version, String title, int items, boolean validated,
                            String licence, InstrumentSource source, Instant loadedAt, String loadedBy, boolean latest)
        implements Serializable {

    public long getId() {
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

    public int getItems() {
        return items;
    }

    public boolean isValidated() {
        return validated;
    }

    public String getLicence() {
        return licence;
    }

    public InstrumentSource getSource() {
        return source;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    public boolean isLatest() {
        return latest;
    }
}
