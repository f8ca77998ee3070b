package org.reconnect.testsupport.container;

import org.reconnect.homework.boundary.HomeworkForm;
import org.reconnect.homework.boundary.HomeworkPlans;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

/** Homework assigned through the real boundary, open from today without an end. */
public final class HomeworkFixtures {

    private HomeworkFixtures() {
    }

    public static long assign(String therapist, long couple, HomeworkType type, Long forPartner, Visibility visibility)
            throws Exception {
        HomeworkPlans plans = Deployed.boundary(HomeworkPlans.class);
        return RunAs.user(therapist, () -> {
            HomeworkForm form = plans.draft(couple, type);
            form.setPartnerId(forPartner);
            form.setVisibility(visibility);
            form.setEndsOn(null);
            return plans.assign(couple, form);
        });
    }
}
