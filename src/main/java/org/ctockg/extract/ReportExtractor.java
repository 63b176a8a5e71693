package org.ctockg.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.rdf.FactSink;
import org.ctockg.text.BlockKind;
import org.ctockg.text.Masthead;
import org.ctockg.text.ReportDocument;
import org.ctockg.text.ReportParser;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;

/** Reads one report file and returns its graph: the single entry point of extraction. */
public final class ReportExtractor {
    private final Iris iris;
    private final ReferenceData reference;

    public ReportExtractor(Iris iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
    }

    public Iris iris() {
        return iris;
    }

    public ReportGraph extract(Path file) throws ReportRejectedException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReportRejectedException(file.toString(), "cannot read the file: " + e.getMessage());
        }
        return extract(name, bytes);
    }

    /** The file name is what the graph records as the report's source (no folder). */
    public ReportGraph extract(String fileName, byte[] bytes) throws ReportRejectedException {
        String text = decode(fileName, bytes);
        String reportId = reportId(fileName);
        String hash = sha256(bytes);
        ReportDocument doc = ReportParser.parse(fileName, text);
        List<Diagnostic> warnings = new ArrayList<>();
        Graph graph = GraphFactory.createDefaultGraph();
        ReportContext ctx = new ReportContext(doc, reference, iris, new FactSink(StreamRDFLib.graph(graph)), reportId, warnings);
        for (Recognizer r : recognisers(hash)) {
            r.recognise(ctx);
        }
        if (ctx.meetings.isEmpty() && ctx.acts.isEmpty() && ctx.conference == null
                && doc.blocks(BlockKind.PARAGRAPH).findAny().isEmpty() && Masthead.read(doc.masthead()).symbol() == null) {
            throw new ReportRejectedException(fileName, "not a meeting report: no numbered paragraphs, no meeting named in its title, no UN masthead");
        }
        return new ReportGraph(fileName, reportId, iris.reportGraph(reportId), graph, hash, List.copyOf(warnings));
    }

    /** The recognisers in the order they depend on each other: meetings and acts first, citations last. */
    private static List<Recognizer> recognisers(String hash) {
        return List.of(new StructureWriter(hash), new MeetingRecognizer(), new IssuedForRecognizer(), new ActRecognizer(), new MandateRecognizer(),
                new AttendanceRecognizer(), new StatementRecognizer(), new AgendaRecognizer(), new PeopleRecognizer(),
                new ArticleRecognizer(), new DocumentRecognizer(), new ActTextRecognizer(), new RecommendationRecognizer());
    }

    static String decode(String fileName, byte[] bytes) throws ReportRejectedException {
        if (bytes.length == 0) {
            throw new ReportRejectedException(fileName, "the file is empty");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new ReportRejectedException(fileName, "the file is binary, not text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ReportRejectedException(fileName, "the file is not UTF-8 text");
        }
    }

    /** The file name without its extension, reduced to characters safe in an IRI path. */
    public static String reportId(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,4}$", "");
        String id = stem.replaceAll("[^A-Za-z0-9._-]+", "-");
        return id.isEmpty() ? "report" : id;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
