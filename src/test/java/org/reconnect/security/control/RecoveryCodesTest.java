package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfTenCharactersWithoutLookAlikes() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("[a-z2-9]{5}-[a-z2-9]{5}"), code);
            assertTrue(code.chars().noneMatch(c -> "01ilo".indexOf(c) >= 0), code);
        }
    }

    @Test
    void caseDashesAndSpacesDoNotMatter() {
        assertEquals("abcde23456", RecoveryCodes.normalize("ABCDE-23456").orElseThrow());
        assertEquals("abcde23456", RecoveryCodes.normalize(" abcde 23456 ").orElseThrow());
        assertEquals(RecoveryCodes.hash("abcde23456"), RecoveryCodes.hash(RecoveryCodes.normalize("AbCdE-23456").orElseThrow()));
    }

    @Test
    void anythingElseIsNoCode() {
        for (String wrong : new String[] {null, "", "abcde-2345", "abcde-234567", "abcd0-23456", "123456", "' or 1=1 --"}) {
            assertTrue(RecoveryCodes.normalize(wrong).isEmpty(), String.valueOf(wrong));
        }
    }

    @Test
    void theStoredHashIsSha256HexAndDiffersPerCode() {
        String hash = RecoveryCodes.hash("abcde23456");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertNotEquals(hash, RecoveryCodes.hash("abcde23457"));
    }
}
