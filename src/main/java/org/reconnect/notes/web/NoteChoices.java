package org.reconnect.notes.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.reconnect.notes.entity.RiskLevel;

import java.util.List;

/** The session notes' values for selects: risk levels. */
@Named
@ApplicationScoped
public class NoteChoices {

    public List<RiskLevel> getRiskLevels() {
        return List.of(RiskLevel.values());
    }
}
