package org.reconnect.security.control;

import org.junit.jupiter.api.Test;
import org.reconnect.testsupport.container.RunAs;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommonPasswordsTest {

    @Test
    void theBundledListHoldsTheHundredThousandMostCommonPasswords() {
        // 100,000 lines, 96,520 different ones once case is ignored
        assertTrue(CommonPasswords.size() >= 95_000, "entries: " + CommonPasswords.size());
    }

    @Test
    void aListedPasswordIsCommonWhateverItsCase() {
        assertTrue(CommonPasswords.isCommon("password".toCharArray()));
        assertTrue(CommonPasswords.isCommon("PassWord".toCharArray()));
        assertTrue(CommonPasswords.isCommon("qwertyuiop123".toCharArray()), "listed as it is");
    }

    @Test
    void digitsAndSymbolsAroundACommonWordDoNotHelp() {
        assertTrue(CommonPasswords.isCommon("Password2024!!".toCharArray()));
        assertTrue(CommonPasswords.isCommon("!!sunshine12345".toCharArray()));
        assertTrue(CommonPasswords.isCommon("iloveyou1234567".toCharArray()));
    }

    @Test
    void lookAlikeCharactersAreReadAsLetters() {
        assertTrue(CommonPasswords.isCommon("P@ssw0rd123456".toCharArray()));
        assertTrue(CommonPasswords.isCommon("$unsh1ne-2025".toCharArray()));
    }

    @Test
    void aCommonWordTwiceIsStillCommon() {
        assertTrue(CommonPasswords.isCommon("sunshinesunshine".toCharArray()));
    }

    @Test
    void anUncommonPassphraseIsNotCommon() {
        assertFalse(CommonPasswords.isCommon("quiet-river-41".toCharArray()));
        assertFalse(CommonPasswords.isCommon(RunAs.DEMO_PASSWORD.toCharArray()));
        assertFalse(CommonPasswords.isCommon("violet tractor mango".toCharArray()));
        assertFalse(CommonPasswords.isCommon(new char[0]));
        assertFalse(CommonPasswords.isCommon(null));
    }

    @Test
    void thePasswordRuleRefusesACommonPasswordOfAnyLength() {
        assertEquals(Optional.of("password.common"), PasswordRule.problem("Password2024!!".toCharArray(), "maya@demo.test"));
        assertEquals(Optional.of("password.common"), PasswordRule.problem("123456789012".toCharArray(), "maya@demo.test"));
    }
}
