package org.ctockg.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats a report is read from, told by the file's first bytes and, where those say
 * nothing, by its name. Formats that are recognised but not read (Word, archives, images) are
 * refused with what they are.
 */
public enum SourceFormat {
    TEXT("text"), HTML("HTML"), PDF("PDF");

    private static final int HEAD = 1024;

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The largest file of this format that is read. */
    public long maxBytes(InputLimits limits) {
        return this == PDF ? limits.maxPdfBytes() : limits.maxTextBytes();
    }

    public static SourceFormat detect(String fileName, byte[] bytes) throws UnreadableSourceException {
        String name = fileName.toLowerCase(Locale.ROOT);
        // PDF readers accept the header anywhere in the first kilobyte; text that only mentions it is not a PDF
        if (startsWith(bytes, "%PDF-") || name.endsWith(".pdf") && indexOf(bytes, "%PDF-", HEAD) >= 0) {
            return PDF;
        }
        if (name.endsWith(".pdf")) {
            throw new UnreadableSourceException("not a PDF file: it has no PDF header" + (isBinary(bytes) ? "" : " (it holds text: rename it .txt)"));
        }
        String kind = binaryKind(bytes, name);
        if (kind != null) {
            throw new UnreadableSourceException(kind);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(bytes)) {
            return HTML;
        }
        return TEXT;
    }

    /** What a file that is not text is, for the line that refuses it; null when it may be text. */
    private static String binaryKind(byte[] b, String name) {
        if (hasBom(b)) {
            return null;
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            boolean word = name.endsWith(".docx") || indexOf(b, "word/", Math.min(b.length, 4096)) >= 0;
            return word ? "a Word document (.docx): Word files are not read; save it as PDF or text"
                    : "the file is binary, not text (a ZIP archive)";
        }
        if (startsWith(b, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1")) {
            return name.endsWith(".doc") ? "a Word 97-2003 document (.doc): Word files are not read; save it as PDF or text"
                    : "the file is binary, not text (an Office 97-2003 file)";
        }
        if (startsWith(b, "{\\rtf")) {
            return "an RTF document: RTF files are not read; save it as PDF or text";
        }
        String image = startsWith(b, "\u0089PNG") ? "PNG" : startsWith(b, "\u00ff\u00d8\u00ff") ? "JPEG"
                : startsWith(b, "GIF8") ? "GIF" : startsWith(b, "II*\u0000") || startsWith(b, "MM\u0000*") ? "TIFF" : null;
        if (image != null) {
            return "the file is binary, not text (a " + image + " image: a scan needs OCR first)";
        }
        if (startsWith(b, "\u001f\u008b")) {
            return "the file is binary, not text (a gzip archive)";
        }
        return null;
    }

    static boolean hasBom(byte[] b) {
        return startsWith(b, "\u00ef\u00bb\u00bf") || startsWith(b, "\u00fe\u00ff") || startsWith(b, "\u00ff\u00fe");
    }

    private static boolean isBinary(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** An HTML document: after white space (and a UTF-8 byte-order mark), a doctype or an html tag. */
    private static boolean looksLikeHtml(byte[] b) {
        int i = startsWith(b, "\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < b.length && i < HEAD && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
        String head = new String(b, i, Math.min(b.length - i, 15), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** Compares bytes with a string of code points 0-255 (ISO-8859-1). */
    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, String ascii, int within) {
        int end = Math.min(b.length, within) - ascii.length();
        outer:
        for (int i = 0; i <= end; i++) {
            for (int k = 0; k < ascii.length(); k++) {
                if (b[i + k] != ascii.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
