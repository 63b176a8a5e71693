package org.ctockg.source;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF files, read with Apache PDFBox: the text layer of each page in reading order, laid out as
 * report text by {@link PdfTextLayout}. A file without a text layer (a scan), encrypted with a
 * password, that forbids copying its text, damaged beyond repair, or longer than the page limit
 * is refused with the reason.
 */
final class PdfReader implements SourceReader {
    /** Fewer characters than this a page, on average, and the PDF has no text layer worth the name. */
    private static final int CHARACTERS_PER_PAGE = 20;

    @Override
    public SourceText read(byte[] bytes, InputLimits limits, Deadline deadline) throws UnreadableSourceException {
        try (PDDocument document = load(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableSourceException("the PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                throw new UnreadableSourceException("the PDF has " + pages + " pages, above the limit of " + limits.maxPages());
            }
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableSourceException("the PDF is encrypted and its permissions forbid copying its text");
            }
            PdfLineCollector collector = new PdfLineCollector(deadline);
            List<PdfPage> lines = collector.read(document);
            if (collector.characters() < (long) CHARACTERS_PER_PAGE * pages) {
                throw new UnreadableSourceException("the PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages")
                        + " of images, a scan?): it needs OCR first");
            }
            return new SourceText(PdfTextLayout.text(lines), SourceFormat.PDF, pages, List.of());
        } catch (PdfLineCollector.PastDeadlineException e) {
            throw new UnreadableSourceException("reading the PDF took longer than the " + deadline.describe()
                    + " a report may take (stopped at page " + e.page + ")");
        } catch (IOException e) {
            throw new UnreadableSourceException("the PDF is damaged: " + oneLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox repairs what it can; what it cannot, it may report with any exception
            throw new UnreadableSourceException("the PDF is damaged: " + e.getClass().getSimpleName() + " " + oneLine(e.getMessage()));
        }
    }

    private static PDDocument load(byte[] bytes) throws UnreadableSourceException, IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException("the PDF is encrypted with a password");
        } catch (IOException e) {
            throw new UnreadableSourceException("not a readable PDF: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String message) {
        String m = String.valueOf(message).replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
