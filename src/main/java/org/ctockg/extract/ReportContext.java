package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.diagnostics.Family;
import org.ctockg.rdf.FactSink;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.ReferenceData;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.ReportDocument;

/**
 * What the recognisers of one report share: the parsed text, the reference data, where to write,
 * and what earlier recognisers found (the meetings, the conference, the acts and articles named).
 */
final class ReportContext {
    final ReportDocument doc;
    final ReferenceData reference;
    final Iris iris;
    final FactSink sink;
    final String reportId;
    /** The SHA-256 of the bytes the report was read from. */
    final String contentHash;
    final Node report;
    final List<Diagnostic> warnings;
    final List<Meeting> meetings = new ArrayList<>();
    final List<ActMention> acts = new ArrayList<>();
    final List<ArticleMention> articles = new ArrayList<>();
    private java.util.Map<String, Integer> firstParagraphs;
    /** The headings over the discussion of an agenda item, and that item. */
    final java.util.Map<Block, AgendaEntry> agendaHeadings = new java.util.HashMap<>();
    /** The conference whose body or session the report is about (COP or COSP); null when unknown. */
    BodyEntry conference;

    ReportContext(ReportDocument doc, ReferenceData reference, Iris iris, FactSink sink, String reportId,
                  String contentHash, List<Diagnostic> warnings) {
        this.doc = doc;
        this.reference = reference;
        this.iris = iris;
        this.sink = sink;
        this.reportId = reportId;
        this.contentHash = contentHash;
        this.report = iris.report(reportId);
        this.warnings = warnings;
    }

    /** The IRI of a block of this report: paragraph/12, paragraph/12/a, footnote/1, heading/5 ... */
    Node unit(Block b) {
        return iris.inReport(reportId, unitPath(b));
    }

    /** The unit's path below its report's IRI: {@code paragraph/12}, {@code paragraph/12/a}, {@code footnote/3}. */
    String unitPath(Block b) {
        return switch (b.kind()) {
            case PARAGRAPH -> "paragraph/" + b.number() + (b.position() == firstParagraphPosition(b) ? "" : "-" + b.position());
            case SUBPARAGRAPH -> b.paragraph() == null ? "block/" + b.position()
                    : "paragraph/" + b.paragraph().number() + "/" + b.number() + repeatSuffix(b);
            case FOOTNOTE -> "footnote/" + b.number() + (b.position() == firstFootnotePosition(b) ? "" : "-" + b.position());
            case HEADING -> "heading/" + b.position();
            case TEXT, TABLE_ROW -> "block/" + b.position();
        };
    }

    /** A second "(a)" list inside one paragraph (an agenda's sub-items) gets its position added. */
    private static String repeatSuffix(Block sub) {
        for (Block other : sub.paragraph().parts()) {
            if (other == sub) {
                return "";
            }
            if (other.kind() == BlockKind.SUBPARAGRAPH && sub.number().equals(other.number())) {
                return "-" + sub.position();
            }
        }
        return "";
    }

    /** Where the first paragraph of a number stands: a resolution's operative paragraphs reproduced in a report repeat the report's numbers. */
    private int firstParagraphPosition(Block paragraph) {
        if (firstParagraphs == null) {
            firstParagraphs = new java.util.HashMap<>();
            doc.blocks(BlockKind.PARAGRAPH).forEach(p -> firstParagraphs.putIfAbsent(p.number(), p.position()));
        }
        return firstParagraphs.getOrDefault(paragraph.number(), paragraph.position());
    }

    private int firstFootnotePosition(Block footnote) {
        Block first = doc.footnotes().get(footnote.number());
        return first == null ? footnote.position() : first.position();
    }

    /**
     * The conference a bare "the Conference" means in this report: its own; none when the report
     * names none of our bodies (another convention's "decision 1/3" is not ours).
     */
    Optional<BodyEntry> defaultConference() {
        return Optional.ofNullable(conference);
    }

    /** The meeting a block speaks of: the one whose body heads its section, else the only or first meeting. */
    Optional<Meeting> meetingFor(Block b) {
        if (meetings.isEmpty()) {
            return Optional.empty();
        }
        if (meetings.size() > 1) {
            for (int i = b.headings().size() - 1; i >= 0; i--) {
                String heading = b.headings().get(i).text();
                for (Meeting m : meetings) {
                    if (reference.bodies().gazetteer().findAll(heading).stream()
                            .anyMatch(x -> x.entity().slug().equals(m.body().slug()))) {
                        return Optional.of(m);
                    }
                }
            }
            String text = b.kind() == BlockKind.SUBPARAGRAPH && b.paragraph() != null ? b.paragraph().text() : b.text();
            for (Meeting m : meetings) {
                if (reference.bodies().gazetteer().findAll(text).stream()
                        .anyMatch(x -> x.entity().slug().equals(m.body().slug()))) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.of(meetings.get(0));
    }

    void warn(Block b, String message) {
        warnings.add(Diagnostic.warning(doc.fileName(), b == null ? 0 : b.line(), message));
    }

    /** Something of {@code family} seen at {@code where} (null: the whole report) and not taken, and why. */
    void skip(Family family, Block where, String reason) {
        warnings.add(Diagnostic.skip(family, doc.fileName(), where == null ? 0 : where.line(), reason));
    }

    /** A meeting the report is about. */
    record Meeting(Node node, BodyEntry body, java.time.LocalDate start, java.time.LocalDate end, String venue) {
    }

    /** A decision or resolution named in a block, where, and what it resolved to. */
    record ActMention(Block block, int start, int end, ConferenceAct act) {
    }

    /** An article of an instrument named in a block, where. */
    record ArticleMention(Block block, int start, int end, String instrument, String article, String paragraph, Node node) {
    }
}
