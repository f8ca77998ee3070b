package org.reconnect.overview.web;

import org.junit.jupiter.api.Test;
import org.reconnect.bench.app.ControlCaseloadView;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark's control page renders the caseload's own markup from a snapshot, through
 * {@link ControlCaseloadView}. Every method the markup may call on {@link CaseloadView} must exist
 * there too, with the same parameters and result, or the control page fails only under load.
 */
class ControlCaseloadSurfaceTest {

    @Test
    void theControlViewOffersEveryPublicMethodOfTheCaseloadView() {
        List<String> missing = new ArrayList<>();
        for (Method method : CaseloadView.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                continue;
            }
            try {
                Method twin = ControlCaseloadView.class.getMethod(method.getName(), method.getParameterTypes());
                if (!twin.getReturnType().equals(method.getReturnType())) {
                    missing.add(method.getName() + " returns " + twin.getReturnType().getSimpleName());
                }
            } catch (NoSuchMethodException e) {
                missing.add(method.getName() + Arrays.toString(method.getParameterTypes()));
            }
        }
        assertEquals(List.of(), missing, "methods of CaseloadView the control view lacks");
    }
}
