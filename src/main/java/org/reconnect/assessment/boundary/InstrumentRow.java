package org.reconnect.assessment.boundary;

import org.reconnect.assessment.entity.InstrumentSource;

import java.io.Serializable;
import java.time.Instant;

/** One stored instrument version, for lists and choices: no answers, so admins may see it. */
public record InstrumentRow(long id, String code, int version, String title, int items, boolean validated,
                            String licence, InstrumentSource source, String origin, Instant loadedAt, String loadedBy,
                            boolean latest)
        implements Serializable {
}
