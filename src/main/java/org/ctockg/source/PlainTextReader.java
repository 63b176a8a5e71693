package org.ctockg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Text files (plain text or Markdown, as converters print reports): UTF-8, or UTF-16 when a
 * byte-order mark says so. Anything else is refused with what it seems to be.
 */
final class PlainTextReader implements SourceReader {

    @Override
    public SourceText read(byte[] bytes, InputLimits limits, Deadline deadline) throws UnreadableSourceException {
        return new SourceText(decode(bytes), SourceFormat.TEXT, 0, List.of());
    }

    static String decode(byte[] bytes) throws UnreadableSourceException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            throw new UnreadableSourceException("the file is UTF-16 (" + utf16 + ") without a byte-order mark, not UTF-8; "
                    + "save it as UTF-8");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableSourceException("the file is binary, not text");
            }
        }
        return decode(bytes, start, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String decode(byte[] bytes, int start, Charset charset, String name) throws UnreadableSourceException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableSourceException("the file is not " + name + " text (invalid bytes at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new UnreadableSourceException("the file is not " + name + " text");
        }
    }

    /**
     * "little-endian" or "big-endian" when the file looks like UTF-16 without a mark: most of its
     * odd (or even) bytes are zero, as in Latin text stored in two bytes a character.
     */
    private static String utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 < pairs) {
            return "little-endian";
        }
        if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 < pairs) {
            return "big-endian";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
