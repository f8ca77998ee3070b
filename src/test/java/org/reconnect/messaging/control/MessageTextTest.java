package org.reconnect.messaging.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageTextTest {

    @Test
    void lineBreaksStayAndTheEndsAreTrimmed() {
        MessageText.Checked checked = MessageText.check("  \r\nFirst line\r\n\r\nThird line\rFourth  \n\n");
        assertTrue(checked.ok());
        assertEquals("First line\n\nThird line\nFourth", checked.text());
    }

    @Test
    void emptyBlankAndMissingAreRefused() {
        assertEquals("message.empty", MessageText.check(null).problem());
        assertEquals("message.empty", MessageText.check("").problem());
        assertEquals("message.empty", MessageText.check(" \n\t \r\n").problem());
    }

    @Test
    void fourThousandCharactersAreTheMostCountingEmojiAsOne() {
        assertTrue(MessageText.check("a".repeat(4000)).ok());
        assertEquals("message.tooLong", MessageText.check("a".repeat(4001)).problem());
        assertTrue(MessageText.check("\uD83D\uDE00".repeat(4000)).ok(), "4,000 emoji are 8,000 chars but 4,000 characters");
        assertEquals("message.tooLong", MessageText.check("\uD83D\uDE00".repeat(4001)).problem());
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefused() {
        assertTrue(MessageText.check("a\tb\nc").ok());
        for (String bad : List.of("a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u2028b", "a\u2029b")) {
            assertEquals("message.controlCharacters", MessageText.check(bad).problem(), bad.codePointAt(1) + "");
        }
    }
}
