package org.reconnect.clinic.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.reconnect.security.boundary.TwoStepPolicy;

/** The clinic's answer to sign-in's question, read from its settings. */
@Dependent
public class ClinicTwoStepPolicy implements TwoStepPolicy {

    @Inject
    ClinicSettings settings;

    @Override
    public boolean requiredForTherapists() {
        return settings.twoStepRequiredForTherapists();
    }
}
