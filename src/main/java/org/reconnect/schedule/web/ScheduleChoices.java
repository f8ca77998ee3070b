package org.reconnect.schedule.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.reconnect.schedule.entity.Modality;

import java.util.List;

/** The schedule's values for selects: how a session takes place. */
@Named
@ApplicationScoped
public class ScheduleChoices {

    public List<Modality> getModalities() {
        return List.of(Modality.values());
    }
}
