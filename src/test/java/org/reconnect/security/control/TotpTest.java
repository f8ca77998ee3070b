package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 key is the ASCII text "12345678901234567890". */
    private static final String RFC_KEY = new org.apache.commons.codec.binary.Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theRfcKeyInBase32IsWhatAppsAreGiven() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_KEY);
    }

    @Test
    void codesMatchTheRfc6238TestVectorsCutToSixDigits() {
        // appendix B, SHA-1 column: 94287082, 07081804, 14050471, 89005924, 69279037, 65353130
        assertEquals("287082", Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1111111109)));
        assertEquals("050471", Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1111111111)));
        assertEquals("005924", Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1234567890)));
        assertEquals("279037", Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(2000000000)));
        assertEquals("353130", Totp.codeAt(RFC_KEY, Instant.ofEpochSecond(20000000000L)));
    }

    @Test
    void stepsAreThirtySeconds() {
        assertEquals(1, Totp.step(Instant.ofEpochSecond(59)));
        assertEquals(2, Totp.step(Instant.ofEpochSecond(60)));
        assertEquals(37037036, Totp.step(Instant.ofEpochSecond(1111111109)));
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertEquals(step, Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step), now, null).getAsLong());
        assertEquals(step - 1, Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step - 1), now, null).getAsLong());
        assertEquals(step + 1, Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step + 1), now, null).getAsLong());
        assertTrue(Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step - 2), now, null).isEmpty());
        assertTrue(Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step + 2), now, null).isEmpty());
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrOlderIsRefused() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String code = Totp.codeAt(RFC_KEY, step);
        assertTrue(Totp.matchingStep(RFC_KEY, code, now, step).isEmpty(), "the same code twice");
        assertTrue(Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step - 1), now, step).isEmpty(), "an older one");
        assertEquals(step + 1, Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step + 1), now, step).getAsLong());
    }

    @Test
    void onlySixDigitsCountSpacesAside() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertTrue(Totp.matchingStep(RFC_KEY, "005 924", now, null).isPresent());
        assertTrue(Totp.matchingStep(RFC_KEY, " 005924 ", now, null).isPresent());
        for (String wrong : new String[] {null, "", "5924", "0059240", "00592a", "005924;", "' OR 1=1"}) {
            assertTrue(Totp.matchingStep(RFC_KEY, wrong, now, null).isEmpty(), String.valueOf(wrong));
        }
    }

    @Test
    void newSecretsAreBase32OfOneHundredSixtyBitsAndDiffer() {
        String a = Totp.newSecret();
        String b = Totp.newSecret();
        assertEquals(32, a.length());
        assertTrue(a.matches("[A-Z2-7]+"), a);
        assertFalse(a.equals(b));
    }

    @Test
    void theEnrolmentAddressNamesIssuerAccountAndPeriod() {
        String uri = Totp.enrolmentUri(RFC_KEY, "Reconnect", "dana@clinic.test");
        assertTrue(uri.startsWith("otpauth://totp/Reconnect:dana%40clinic.test?"), uri);
        assertTrue(uri.contains("secret=" + RFC_KEY), uri);
        assertTrue(uri.contains("issuer=Reconnect"), uri);
        assertTrue(uri.contains("period=30"), uri);
        assertTrue(uri.contains("digits=6"), uri);
    }
}
