package org.reconnect.dev;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The icons in the web root are the ones {@link AppIcons} draws (so a change of the outline or the
 * colour is made there, once), the favicon is a real icon file, and the manifest names icons that
 * exist at the sizes it claims.
 */
class AppIconsTest {

    private static final Path WEB_ROOT = Path.of(System.getProperty("basedir", "."), "src/main/webapp");

    private static BufferedImage read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new AssertionError("not an image");
        }
        return image;
    }

    /** How many pixels differ by more than a rounding of the edges (a few levels per channel). */
    private static int differentPixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int different = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff)) > 8) {
                        different++;
                        break;
                    }
                }
            }
        }
        return different;
    }

    @Test
    void theIconsInTheWebRootAreTheOnesTheProgramDraws() throws IOException {
        assertEquals(AppIcons.svg(), Files.readString(WEB_ROOT.resolve(AppIcons.SVG), StandardCharsets.UTF_8),
                "run AppIcons again after changing it");
        for (AppIcons.Icon icon : AppIcons.PNGS) {
            BufferedImage stored = read(Files.readAllBytes(WEB_ROOT.resolve(icon.path())));
            assertTrue(differentPixels(AppIcons.draw(icon.size(), icon.rounded()), stored) < icon.size(),
                    icon.path() + " is not what AppIcons draws: run it again");
        }
    }

    @Test
    void theLetterIsWhiteOnTheBrandColour() {
        BufferedImage icon = AppIcons.draw(512, false);
        assertEquals(AppIcons.BRAND.getRGB(), icon.getRGB(20, 20), "the background");
        assertEquals(0xffffffff, icon.getRGB(196, 256), "the stem of the R");
        assertEquals(AppIcons.BRAND.getRGB(), icon.getRGB(260, 196), "the hole of the R");
        assertEquals(0, AppIcons.draw(512, true).getRGB(2, 2) >>> 24, "a rounded icon's corner is transparent");
    }

    @Test
    void theLetterStaysInsideTheCircleAMaskableIconKeeps() {
        BufferedImage icon = AppIcons.draw(512, false);
        double safeRadius = 0.4 * 512;
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                if ((icon.getRGB(x, y) & 0xffffff) == 0xffffff) {
                    double distance = Math.hypot(x + 0.5 - 256, y + 0.5 - 256);
                    assertTrue(distance < safeRadius, "white at " + x + "," + y + ", " + distance + " px from the centre");
                }
            }
        }
    }

    @Test
    void theFaviconIsAWindowsIconWith16And32And48Pixels() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(WEB_ROOT.resolve(AppIcons.FAVICON))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "reserved");
        assertEquals(1, ico.getShort(2), "an icon, not a cursor");
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = ico.get(entry) & 0xff;
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            byte[] png = new byte[length];
            ico.get(offset, png);
            BufferedImage image = read(png);
            assertEquals(width, image.getWidth());
            assertEquals(width, image.getHeight());
            sizes.add(width);
        }
        assertEquals(List.of(16, 32, 48), sizes);
    }

    @Test
    void theManifestNamesIconsThatExistAtTheSizesItSays() throws IOException {
        JsonObject manifest;
        try (Reader in = Files.newBufferedReader(WEB_ROOT.resolve("manifest.webmanifest")); JsonReader json = Json.createReader(in)) {
            manifest = json.readObject();
        }
        assertEquals("standalone", manifest.getString("display"));
        assertEquals("#1557a8", manifest.getString("theme_color"));
        List<String> purposes = new ArrayList<>();
        boolean has192 = false;
        boolean has512 = false;
        for (JsonObject icon : manifest.getJsonArray("icons").getValuesAs(JsonObject.class)) {
            Path file = WEB_ROOT.resolve(icon.getString("src"));
            assertTrue(Files.isRegularFile(file), "the manifest names " + file + ", which is not there");
            purposes.add(icon.getString("purpose"));
            if (icon.getString("type").equals("image/png")) {
                BufferedImage image = read(Files.readAllBytes(file));
                assertEquals(icon.getString("sizes"), image.getWidth() + "x" + image.getHeight(), icon.getString("src"));
                has192 |= image.getWidth() == 192;
                has512 |= image.getWidth() == 512;
            }
        }
        assertTrue(has192 && has512, "a phone needs 192 and 512 px");
        assertTrue(purposes.contains("maskable") && purposes.contains("any"), purposes.toString());
    }
}
