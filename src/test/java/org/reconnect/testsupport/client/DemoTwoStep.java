package org.reconnect.testsupport.client;

import org.reconnect.security.control.Totp;

import java.time.Instant;
import java.util.Set;

/**
 * The demo admins' second sign-in step, for tests that sign them in. The demo data gives both the
 * same published key. A code is accepted once per 30 seconds, but tests sign the same admin in
 * many times a minute: before making a code, this forgets the last code used, as if the clock had
 * moved on (test only; the replay rule itself is tested in {@code TwoStepIT}).
 */
public final class DemoTwoStep {

    public static final String DEMO_KEY = "RECONNECTDEMOADMINTWOSTEPSECRET2";
    private static final Set<String> WITH_TWO_STEP = Set.of("admin@demo.test", "director@demo.test");

    private DemoTwoStep() {
    }

    public static boolean appliesTo(String email) {
        return WITH_TWO_STEP.contains(email);
    }

    /** A code the server accepts now for this demo admin. */
    public static String freshCode(String email) {
        TestDatabase.update("UPDATE two_step SET last_step = NULL WHERE user_id = (SELECT id FROM user_account WHERE email = ?)",
                email);
        return Totp.codeAt(DEMO_KEY, Instant.now());
    }
}
