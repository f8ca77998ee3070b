package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeviceNameTest {

    @Test
    void commonBrowsersAreNamedWithTheirSystem() {
        assertEquals("Chrome on Android", DeviceName.of(
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"));
        assertEquals("Safari on iPhone", DeviceName.of(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
        assertEquals("Firefox on Windows", DeviceName.of(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"));
        assertEquals("Edge on Windows", DeviceName.of(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0"));
    }

    @Test
    void anythingElseIsNamedPlainly() {
        assertEquals("Unknown browser", DeviceName.of(null));
        assertEquals("A browser on an unknown system", DeviceName.of("curl/8.5.0"));
    }
}
