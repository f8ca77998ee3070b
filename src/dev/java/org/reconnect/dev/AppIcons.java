package org.reconnect.dev;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Scanner;

/**
 * Draws Reconnect's icons: a white "R" on the brand blue, from one outline, as the SVG, the PNGs
 * a phone puts on its home screen (192 and 512 px, a maskable 512 px with the letter inside the
 * safe circle, 180 px for iOS) and the favicon.ico (16, 32 and 48 px). No font is involved, so
 * every machine draws the same pixels. Run it again after a change of the outline or the colour:
 *
 * <pre>java src/dev/java/org/reconnect/dev/AppIcons.java src/main/webapp</pre>
 *
 * Never part of the WAR; {@code AppIconsTest} checks that the files in the web root are these.
 */
public final class AppIcons {

    /** The brand colour (the top bar's). */
    public static final Color BRAND = new Color(0x15, 0x57, 0xa8);
    /** The canvas the outline is drawn on. */
    static final int CANVAS = 512;
    /** Corner radius of the rounded icons, on the canvas. */
    static final int CORNER = 96;

    /**
     * The "R" on the 512 canvas: stem, bowl and leg as one outline, the counter as a second one
     * (filled even-odd). Absolute M, H, V, L, C and Z only, read the same by SVG and by Java 2D.
     * It stays within 170 px of the centre, inside the 205 px circle a maskable icon keeps.
     */
    static final String R = "M168 120 H276 C326 120 352 152 352 196 C352 236 326 262 292 268 L356 392 H284 L228 272 V392 H168 Z"
            + " M228 172 H274 C288 172 298 184 298 196 C298 208 288 220 274 220 H228 Z";

    /** What the web root holds, by path, with its size and whether the letter sits on a rounded square. */
    record Icon(String path, int size, boolean rounded) {
    }

    static final List<Icon> PNGS = List.of(
            new Icon("icons/reconnect-192.png", 192, true),
            new Icon("icons/reconnect-512.png", 512, true),
            new Icon("icons/reconnect-maskable-512.png", 512, false),
            // iOS rounds the corners itself and ignores transparency
            new Icon("icons/apple-touch-icon.png", 180, false));
    static final int[] FAVICON_SIZES = {16, 32, 48};
    static final String SVG = "icons/reconnect.svg";
    static final String FAVICON = "favicon.ico";

    private AppIcons() {
    }

    public static void main(String[] args) throws IOException {
        Path webRoot = Path.of(args.length > 0 ? args[0] : "src/main/webapp");
        Files.createDirectories(webRoot.resolve("icons"));
        Files.writeString(webRoot.resolve(SVG), svg(), StandardCharsets.UTF_8);
        for (Icon icon : PNGS) {
            Files.write(webRoot.resolve(icon.path()), png(draw(icon.size(), icon.rounded())));
        }
        Files.write(webRoot.resolve(FAVICON), favicon());
        System.out.println("Icons written to " + webRoot.toAbsolutePath());
    }

    /** The scalable icon, for browsers that take an SVG favicon. */
    static String svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + CANVAS + " " + CANVAS + "\">\n"
                + "  <rect width=\"" + CANVAS + "\" height=\"" + CANVAS + "\" rx=\"" + CORNER + "\" fill=\""
                + hex(BRAND) + "\"/>\n"
                + "  <path fill=\"#ffffff\" fill-rule=\"evenodd\" d=\"" + R + "\"/>\n"
                + "</svg>\n";
    }

    /** The icon at this size: the letter on the brand colour, a rounded square or the full square. */
    static BufferedImage draw(int size, boolean rounded) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / (double) CANVAS, size / (double) CANVAS);
            g.setColor(BRAND);
            if (rounded) {
                g.fill(new RoundRectangle2D.Double(0, 0, CANVAS, CANVAS, 2.0 * CORNER, 2.0 * CORNER));
            } else {
                g.fillRect(0, 0, CANVAS, CANVAS);
            }
            g.setColor(Color.WHITE);
            g.fill(outline(R));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** An SVG path of absolute M, H, V, L, C and Z commands as a Java 2D shape, filled even-odd. */
    static Path2D outline(String d) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Scanner tokens = new Scanner(d.replaceAll("([A-Za-z])", " $1 ")).useLocale(Locale.ROOT);
        double x = 0;
        double y = 0;
        while (tokens.hasNext()) {
            String command = tokens.next();
            switch (command) {
                case "M" -> path.moveTo(x = tokens.nextDouble(), y = tokens.nextDouble());
                case "L" -> path.lineTo(x = tokens.nextDouble(), y = tokens.nextDouble());
                case "H" -> path.lineTo(x = tokens.nextDouble(), y);
                case "V" -> path.lineTo(x, y = tokens.nextDouble());
                case "C" -> path.curveTo(tokens.nextDouble(), tokens.nextDouble(), tokens.nextDouble(), tokens.nextDouble(),
                        x = tokens.nextDouble(), y = tokens.nextDouble());
                case "Z" -> path.closePath();
                default -> throw new IllegalArgumentException("not drawn here: " + command);
            }
        }
        return path;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    /**
     * A Windows icon file holding PNG images (as every browser since 2007 reads them): a 6-byte
     * header, a 16-byte entry per image, then the images.
     */
    static byte[] favicon() throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : FAVICON_SIZES) {
            images.add(png(draw(size, true)));
        }
        int offset = 6 + 16 * images.size();
        ByteBuffer ico = ByteBuffer.allocate(offset + images.stream().mapToInt(i -> i.length).sum()).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        for (int i = 0; i < images.size(); i++) {
            int size = FAVICON_SIZES[i];
            ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            ico.put((byte) 0).put((byte) 0);                    // no palette, reserved
            ico.putShort((short) 1).putShort((short) 32);       // colour planes, bits per pixel
            ico.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(ico::put);
        return ico.array();
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
