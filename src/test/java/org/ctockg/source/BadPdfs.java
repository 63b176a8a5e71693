package org.ctockg.source;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs that cannot be read as reports, made with PDFBox for the tests. */
final class BadPdfs {
    private BadPdfs() {
    }

    /** Pages of images and no text, as a scanner makes them. */
    static byte[] scan(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(doc);
        }
    }

    /** The PDF encrypted; with {@code userPassword} empty it opens, and forbids copying its text when {@code noCopy}. */
    static byte[] encrypted(byte[] pdf, String userPassword, boolean noCopy) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(!noCopy);
            doc.protect(new StandardProtectionPolicy("owner", userPassword, permissions));
            return save(doc);
        }
    }

    /** A PDF header and then noise. */
    static byte[] corrupt() {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[header.length + noise.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(noise, 0, bytes, header.length, noise.length);
        return bytes;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
