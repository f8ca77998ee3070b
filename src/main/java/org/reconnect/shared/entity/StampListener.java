package org.reconnect.shared.entity;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * Stamps created/changed by and at on every {@link TrackedEntity}. The actor is the caller the
 * container authenticated; work without a caller (start-up tasks) is stamped {@code system}.
 */
public class StampListener {

    static final String SYSTEM = "system";

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    @PrePersist
    void created(TrackedEntity entity) {
        entity.stampCreated(Instant.now(clock), actor());
    }

    @PreUpdate
    void changed(TrackedEntity entity) {
        entity.stampChanged(Instant.now(clock), actor());
    }

    private String actor() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
