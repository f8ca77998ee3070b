package org.reconnect.security.control;

import org.junit.jupiter.api.Test;
import org.reconnect.testsupport.container.RunAs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashingTest {

    @Test
    void hashedPasswordVerifiesAgainstTheSamePassword() {
        String hash = PasswordHashing.hash("correct horse battery".toCharArray());

        assertTrue(PasswordHashing.matches("correct horse battery".toCharArray(), hash));
    }

    @Test
    void hashedPasswordRejectsAnotherPassword() {
        String hash = PasswordHashing.hash("correct horse battery".toCharArray());

        assertFalse(PasswordHashing.matches("correct horse batterY".toCharArray(), hash));
        assertFalse(PasswordHashing.matches("".toCharArray(), hash));
    }

    @Test
    void hashIsTheModularCryptFormThatTheLoginRealmReads() {
        String hash = PasswordHashing.hash("x".repeat(12).toCharArray());

        assertTrue(hash.startsWith("$2a$" + PasswordHashing.COST + "$"), hash);
        assertTrue(hash.length() == 60, hash);
    }

    @Test
    void samePasswordHashesDifferentlyEachTime() {
        char[] password = "the same password".toCharArray();

        assertNotEquals(PasswordHashing.hash(password), PasswordHashing.hash(password));
    }

    @Test
    void demoHashWrittenByAnotherToolVerifies() {
        // the demo clinic's hash for admin@demo.test, as stored in sql/demo/V1__demo_clinic.sql
        String demo = "$2a$10$wIhcl4IGe/L9fuWJnMBT1eDiZXjy.73NvavVZsqS/BzjbBTlAhunK";

        assertTrue(PasswordHashing.matches(RunAs.DEMO_PASSWORD.toCharArray(), demo));
        assertFalse(PasswordHashing.matches("Reconnect-demo-2".toCharArray(), demo));
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertFalse(PasswordHashing.matches("anything".toCharArray(), "not-a-hash"));
        assertFalse(PasswordHashing.matches("anything".toCharArray(), null));
    }
}
