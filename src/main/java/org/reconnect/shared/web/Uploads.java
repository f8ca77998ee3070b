package org.reconnect.shared.web;

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A file a form uploaded, read as text. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The file's first {@code maxBytes} bytes as UTF-8 text; an {@link IOException} when they are
     * not UTF-8 (a binary file, another encoding). The page refuses a larger file before reading.
     */
    public static String utf8(Part part, int maxBytes) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            throw new IOException(notText);
        }
    }
}
