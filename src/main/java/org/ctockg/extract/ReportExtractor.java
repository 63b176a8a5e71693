package org.ctockg.extract;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.rdf.FactSink;
import org.ctockg.source.Deadline;
import org.ctockg.source.InputLimits;
import org.ctockg.source.SourceReaders;
import org.ctockg.source.SourceText;
import org.ctockg.source.UnreadableSourceException;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.Masthead;
import org.ctockg.text.ReportDocument;
import org.ctockg.text.ReportParser;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;

/**
 * Reads one report file and returns its graph, or streams its triples: the single entry point of
 * extraction. A file is read in whatever source format it comes in (text, PDF, HTML; see
 * {@link SourceReaders}) and held to {@link InputLimits}: beyond one of them, or when its reading
 * takes longer than the time allowed, it is refused with one line rather than read in part.
 */
public final class ReportExtractor {
    private final Iris iris;
    private final ReferenceData reference;
    private final InputLimits limits;

    public ReportExtractor(Iris iris, ReferenceData reference) {
        this(iris, reference, InputLimits.DEFAULT);
    }

    public ReportExtractor(Iris iris, ReferenceData reference, InputLimits limits) {
        this.iris = iris;
        this.reference = reference;
        this.limits = limits;
    }

    public Iris iris() {
        return iris;
    }

    public InputLimits limits() {
        return limits;
    }

    public ReportGraph extract(Path file) throws ReportRejectedException {
        return extract(file.getFileName().toString(), ReportFiles.read(file, limits));
    }

    /** The file name is what the graph records as the report's source (no folder). */
    public ReportGraph extract(String fileName, byte[] bytes) throws ReportRejectedException {
        Graph graph = GraphFactory.createDefaultGraph();
        ExtractedReport r = extract(fileName, bytes, StreamRDFLib.graph(graph));
        return new ReportGraph(r.sourceFile(), r.reportId(), r.graphName(), graph, r.contentHash(), r.warnings());
    }

    /**
     * Streams the report's triples to {@code out} as they are recognised, without holding its
     * graph: the entry point of the loaders and of {@code extract}. Only {@code triple} is called
     * on {@code out} (its start and finish are the caller's), and a triple may come more than
     * once. A report rejected half-way (a time limit, not a meeting report) may have sent some
     * triples already: a caller that must not keep them holds each report's triples until this
     * returns, as {@link org.ctockg.ingest.ReportReader} does.
     */
    public ExtractedReport extract(String fileName, byte[] bytes, StreamRDF out) throws ReportRejectedException {
        Deadline deadline = Deadline.after(limits.timePerReport());
        SourceText source = read(fileName, bytes, deadline);
        String reportId = reportId(fileName);
        String hash = sha256(bytes);
        List<Diagnostic> warnings = new ArrayList<>();
        source.notes().forEach(n -> warnings.add(Diagnostic.warning(fileName, 0, n)));
        StreamRDFCounting counted = StreamRDFLib.count(out);
        try {
            ReportDocument doc = ReportParser.parse(fileName, source.text());
            checkSize(fileName, doc);
            ReportContext ctx = new ReportContext(doc, reference, iris, new FactSink(counted), reportId, hash, warnings);
            for (Recognizer r : Recognisers.all()) {
                r.recognise(ctx);
                if (deadline.passed()) {
                    throw new ReportRejectedException(fileName, "reading it took longer than the " + deadline.describe()
                            + " a report may take; skipped");
                }
            }
            if (ctx.meetings.isEmpty() && ctx.acts.isEmpty() && ctx.conference == null
                    && doc.blocks(BlockKind.PARAGRAPH).findAny().isEmpty() && Masthead.read(doc.masthead()).symbol() == null) {
                throw new ReportRejectedException(fileName, "not a meeting report: no numbered paragraphs, no meeting named in its title, no UN masthead");
            }
        } catch (StackOverflowError e) {
            // a pattern that repeats a group recurses once per repetition: the last net under lists of thousands of items
            throw new ReportRejectedException(fileName, "a passage is too long a list to read (a pattern ran out of stack); skipped");
        }
        return new ExtractedReport(fileName, reportId, iris.reportGraph(reportId), hash, List.copyOf(warnings), counted.countTriples());
    }

    private SourceText read(String fileName, byte[] bytes, Deadline deadline) throws ReportRejectedException {
        try {
            return SourceReaders.read(fileName, bytes, limits, deadline);
        } catch (UnreadableSourceException e) {
            throw new ReportRejectedException(fileName, e.getMessage());
        }
    }

    /** Refuses a report whose structure is beyond the limits: what the recognisers hold grows with it. */
    private void checkSize(String fileName, ReportDocument doc) throws ReportRejectedException {
        long footnotes = doc.blocks(BlockKind.FOOTNOTE).count();
        if (footnotes > limits.maxFootnotes()) {
            throw tooMany(fileName, footnotes, "footnotes", limits.maxFootnotes());
        }
        if (doc.blocks().size() > limits.maxUnits()) {
            throw tooMany(fileName, doc.blocks().size(), "text units (paragraphs, headings, footnotes, table rows)",
                    limits.maxUnits());
        }
        int mastheadChars = doc.masthead().stream().mapToInt(String::length).sum();
        if (mastheadChars > limits.maxUnitChars()) {
            throw new ReportRejectedException(fileName, "its masthead (the text before the first heading or numbered paragraph) is "
                    + mastheadChars + " characters long, above the limit of " + limits.maxUnitChars() + "; skipped");
        }
        for (Block b : doc.blocks()) {
            if (b.text().length() > limits.maxUnitChars()) {
                throw new ReportRejectedException(fileName, "line " + b.line() + " starts a text unit of " + b.text().length()
                        + " characters, above the limit of " + limits.maxUnitChars() + "; skipped");
            }
        }
    }

    private static ReportRejectedException tooMany(String fileName, long n, String what, int limit) {
        return new ReportRejectedException(fileName, "it has " + n + " " + what + ", above the limit of " + limit + "; skipped");
    }

    /**
     * The file name without its extension (a dot and one to four letters or digits at its end),
     * each run of characters other than ASCII letters, digits, dot, underscore and hyphen made one
     * hyphen: characters safe in an IRI path. A loop, not regular expressions: a sync names every
     * file of a folder of ten thousand, before the JIT has compiled anything.
     */
    public static String reportId(String fileName) {
        int end = fileName.length();
        int dot = fileName.lastIndexOf('.');
        if (dot >= 0 && end - dot - 1 >= 1 && end - dot - 1 <= 4 && alphanumeric(fileName, dot + 1, end)) {
            end = dot;
        }
        StringBuilder id = new StringBuilder(end);
        boolean inRun = false;
        for (int i = 0; i < end; i++) {
            char c = fileName.charAt(i);
            if (isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '-') {
                id.append(c);
                inRun = false;
            } else if (!inRun) {
                id.append('-');
                inRun = true;
            }
        }
        return id.length() == 0 ? "report" : id.toString();
    }

    private static boolean alphanumeric(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiAlphanumeric(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
