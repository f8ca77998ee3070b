package org.reconnect.couple.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.couple.entity.Screening;
import org.reconnect.couple.entity.SecretsPolicy;

import java.util.List;

/** The couple capability's values for selects: case statuses, screening results, secrets policies, what the portal does after a case closes. */
@Named
@ApplicationScoped
public class CoupleChoices {

    public List<CaseStatus> getCaseStatuses() {
        return List.of(CaseStatus.values());
    }

    public List<Screening> getScreenings() {
        // "not screened" is the state before any screening; recording it would make a record of nothing
        return List.of(Screening.CLEARED, Screening.CONCERNS);
    }

    public List<SecretsPolicy> getSecretsPolicies() {
        return List.of(SecretsPolicy.values());
    }

    public List<PortalAfterClose> getPortalChoices() {
        return List.of(PortalAfterClose.values());
    }
}
