package org.reconnect.clinic.entity;

import org.reconnect.clinic.entity.Capacity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapacityTest {

    @Test
    void theLastFreePlaceNeedsNoConfirmation() {
        assertFalse(Capacity.needsConfirmation(9, 10, true));
    }

    @Test
    void goingPastCapacityNeedsConfirmation() {
        assertTrue(Capacity.needsConfirmation(10, 10, true));
        assertTrue(Capacity.needsConfirmation(0, 0, true));
    }

    @Test
    void aTherapistNotTakingNewCouplesNeedsConfirmation() {
        assertTrue(Capacity.needsConfirmation(0, 10, false));
    }

    @Test
    void capacityUsedIsAPercentage() {
        assertEquals(50, Capacity.percentUsed(5, 10));
        assertEquals(120, Capacity.percentUsed(12, 10));
        assertEquals(100, Capacity.percentUsed(1, 0));
        assertEquals(0, Capacity.percentUsed(0, 0));
    }
}
