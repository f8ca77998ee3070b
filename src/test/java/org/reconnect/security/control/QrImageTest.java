package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertTrue;

class QrImageTest {

    @Test
    void anSvgDataAddressWithModulesAndAQuietZone() {
        String uri = QrImage.svgDataUri("otpauth://totp/Reconnect:dana@clinic.test?secret=GEZDGNBVGY3TQOJQ&issuer=Reconnect");
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"), uri);
        String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), svg);
        // version 4 or 5 at level M: 33 or 37 modules plus 4 of quiet zone each side
        assertTrue(svg.contains("viewBox=\"0 0 41 41\"") || svg.contains("viewBox=\"0 0 45 45\""), svg.substring(0, 120));
        // the top-left finder pattern starts after the quiet zone
        assertTrue(svg.contains("M4 4h1v1h-1z"), "finder pattern");
        assertTrue(!svg.contains("M0 0h1v1h-1z"), "quiet zone is white");
    }
}
