package org.ctockg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a source file of any supported format into report text: picks the reader by the file's
 * first bytes and name, holds it to the limits, and removes the characters no report may carry.
 */
public final class SourceReaders {
    private SourceReaders() {
    }

    public static SourceText read(String fileName, byte[] bytes, InputLimits limits, Deadline deadline)
            throws UnreadableSourceException {
        if (bytes.length == 0) {
            throw new UnreadableSourceException("the file is empty");
        }
        SourceFormat format = SourceFormat.detect(fileName, bytes);
        if (bytes.length > format.maxBytes(limits)) {
            throw new UnreadableSourceException("the file is " + InputLimits.megabytes(bytes.length) + ", above the limit of "
                    + InputLimits.megabytes(format.maxBytes(limits)) + " for a " + format.label() + " file");
        }
        SourceText source = reader(format).read(bytes, limits, deadline);
        String text = source.text();
        if (text.length() > limits.maxChars()) {
            throw new UnreadableSourceException("the text is " + text.length() + " characters long, above the limit of "
                    + limits.maxChars());
        }
        int unwanted = ControlCharacters.count(text);
        if (unwanted == 0) {
            return source;
        }
        List<String> notes = new ArrayList<>();
        notes.add(unwanted + " control character" + (unwanted == 1 ? "" : "s") + " removed");
        return source.withText(ControlCharacters.strip(text), notes);
    }

    private static SourceReader reader(SourceFormat format) {
        return switch (format) {
            case TEXT -> new PlainTextReader();
            case HTML -> new HtmlReader();
            case PDF -> new PdfReader();
        };
    }
}
