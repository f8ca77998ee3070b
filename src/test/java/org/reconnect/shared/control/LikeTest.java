package org.reconnect.shared.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeItselfAreEscapedAndTheRestIsKept() {
        assertEquals("%100!% o!_brien!!%", Like.containing("100% O_Brien!"));
        assertEquals("%back\\slash%", Like.containing("Back\\slash"));
        assertEquals("10.0.!_%", Like.startingWith("10.0._"));
        assertEquals("%%", Like.containing(""));
    }
}
