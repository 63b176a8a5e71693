package org.ctockg.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ctockg.check.FamilyCount;
import org.ctockg.vocab.Ctoc;

/**
 * The page of a report: its own statements, then its text unit by unit (headings, numbered
 * paragraphs, subparagraphs, footnotes) with the entities recognised in each linked, in the
 * text where their label appears and in a list below it.
 */
public final class ReportPage {
    private static final Set<Node> STRUCTURE = Set.of(RDF.type.asNode(), RDFS.label.asNode(), Ctoc.text, Ctoc.inReport,
            Ctoc.underHeading, Ctoc.partOfParagraph, Ctoc.position, Ctoc.number);

    public final ResourcePage resource;
    public final List<Unit> units;
    /** What was read from the report, per fact family (the {@code check} command's counts). */
    public List<FamilyCount> read = List.of();

    private ReportPage(ResourcePage resource, List<Unit> units) {
        this.resource = resource;
        this.units = units;
    }

    /** The page with the per-family counts of what was read. */
    public ReportPage read(List<FamilyCount> counts) {
        this.read = List.copyOf(counts);
        return this;
    }

    public boolean hasRead() {
        return !read.isEmpty();
    }

    public static boolean isReport(Graph description, Node focus) {
        return description.contains(focus, RDF.type.asNode(), Ctoc.Report);
    }

    public static ReportPage of(Description d, Hrefs hrefs, List<Link> formats) {
        Node report = d.focus();
        Graph description = d.graph();
        Labels labels = new Labels(description);
        ResourcePage page = ResourcePage.of(d, hrefs, formats);
        ResourcePage withoutUnits = new ResourcePage(page.title, page.iri, page.types, page.properties,
                // the units that point here by inReport, and their evidence, are the text shown below
                page.incoming.stream().filter(g -> !g.property().equals(Ctoc.inReport)).toList(),
                List.of(), formats);
        List<Unit> units = new ArrayList<>();
        for (Triple t : description.find(Node.ANY, Ctoc.inReport, report).toList()) {
            Node unit = t.getSubject();
            String text = literal(description, unit, Ctoc.text);
            if (text == null) {
                continue;
            }
            List<Link> entities = entities(unit, description, labels, hrefs);
            units.add(new Unit(kind(description, unit), literal(description, unit, Ctoc.number), hrefs.of(unit),
                    position(description, unit), Segments.link(text, entities), entities));
        }
        units.sort(Comparator.comparingInt(Unit::position));
        return new ReportPage(withoutUnits, units);
    }

    /** One unit of the report's text as the page prints it. */
    public record Unit(String kind, String number, String href, int position, List<Segments.Segment> segments,
                       List<Link> entities) {
        public boolean hasEntities() {
            return !entities.isEmpty();
        }

        /** How the page numbers the unit: "12.", "(a)", "[3]" for a footnote, "¶" when unnumbered. */
        public String marker() {
            if (number == null) {
                return "\u00b6";
            }
            return switch (kind) {
                case "footnote" -> "[" + number + "]";
                case "subparagraph" -> "(" + number + ")";
                default -> number + ".";
            };
        }

        public boolean heading() {
            return "heading".equals(kind);
        }
    }

    private static List<Link> entities(Node unit, Graph g, Labels labels, Hrefs hrefs) {
        Map<Node, Link> out = new LinkedHashMap<>();
        for (Triple t : g.find(unit, Node.ANY, Node.ANY).toList()) {
            if (!STRUCTURE.contains(t.getPredicate()) && t.getObject().isURI()) {
                out.putIfAbsent(t.getObject(), ResourcePage.link(t.getObject(), labels, hrefs));
            }
        }
        return out.values().stream().sorted(Comparator.comparing(Link::label)).toList();
    }

    private static String kind(Graph g, Node unit) {
        for (Node type : List.of(Ctoc.Heading, Ctoc.Subparagraph, Ctoc.Footnote, Ctoc.Paragraph)) {
            if (g.contains(unit, RDF.type.asNode(), type)) {
                return type.getLocalName().toLowerCase(Locale.ROOT);
            }
        }
        return "text";
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
    }

    private static int position(Graph g, Node unit) {
        String p = literal(g, unit, Ctoc.position);
        try {
            return p == null ? Integer.MAX_VALUE : Integer.parseInt(p);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
