package org.ctockg.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ctockg.check.FamilyCount;
import org.ctockg.check.RecognisedFacts;
import org.ctockg.vocab.Ctoc;
import org.ctockg.web.page.Description;
import org.ctockg.web.page.IncomingLinks;

/**
 * Describes a resource so that the description stays small however much points to it: its own
 * statements ({@code describe.rq}), and for each property through which things point to it,
 * how many do ({@code incoming-counts.rq}) and the first page of them
 * ({@code incoming-page.rq}) with what each says ({@code incoming-details.rq}); the other pages
 * are listings of their own. Runs in one read transaction.
 */
final class ResourceDescriber {
    /** How many things pointing to a resource a description lists per property. */
    static final int PAGE_SIZE = 20;

    private static final Var RESOURCE = Var.alloc("resource");
    private static final Var PROPERTY = Var.alloc("property");
    private static final Var SUBJECT = Var.alloc("s");

    private final DatasetGraph dataset;
    private final IncomingCollections collections;
    private final Query describe = query("describe.rq");
    private final Query counts = query("incoming-counts.rq");
    private final Query page = query("incoming-page.rq");
    private final Query reportText = query("report-text.rq");
    private final String details = QueryFile.text("org/ctockg/web/incoming-details.rq");

    ResourceDescriber(DatasetGraph dataset, IncomingCollections collections) {
        this.dataset = dataset;
        this.collections = collections;
    }

    private static Query query(String file) {
        return QueryFactory.create(QueryFile.text("org/ctockg/web/" + file));
    }

    /** The description with the first page of every list of things pointing to the resource; an empty graph when nothing mentions it. */
    Description describe(Node resource) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            QueryExec.dataset(dataset).query(describe).substitution(RESOURCE, resource).construct().find().forEachRemaining(g::add);
            if (g.contains(resource, RDF.type.asNode(), Ctoc.Report)) {
                // a report's description holds its text, however long: it is the report's content
                QueryExec.dataset(dataset).query(reportText).substitution(RESOURCE, resource).construct().find().forEachRemaining(g::add);
            }
            List<IncomingLinks> lists = new ArrayList<>();
            for (Map.Entry<Node, Long> c : countIncoming(resource).entrySet()) {
                lists.add(new IncomingLinks(c.getKey(), c.getValue(), 1, PAGE_SIZE, subjects(resource, c.getKey(), 1)));
            }
            addDetails(g, resource, lists);
            return new Description(resource, g, lists, false);
        });
    }

    /** One page of the things pointing to the resource through one property; the page is past the end when its list is empty. */
    Description listing(Node resource, Node property, int pageNumber) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            long total = countIncoming(resource).getOrDefault(property, 0L);
            IncomingLinks links = new IncomingLinks(property, total, pageNumber, PAGE_SIZE, subjects(resource, property, pageNumber));
            // the resource's own statements are on its page; the listing needs its name only
            dataset.find(Node.ANY, resource, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            addDetails(g, resource, List.of(links));
            return new Description(resource, g, List.of(links), true);
        });
    }

    /** What the report's own graph holds per fact family (none when the report is in no graph). */
    List<FamilyCount> recognised(Node report) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> found = dataset.find(Node.ANY, report, RDF.type.asNode(), Ctoc.Report);
            if (!found.hasNext()) {
                return List.of();
            }
            Node graph = found.next().getGraph();
            return RecognisedFacts.count(graph, dataset.getGraph(graph), dataset.getUnionGraph());
        });
    }

    /** Whether any statement has the resource as subject or object. */
    boolean isKnown(Node resource) {
        return Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, resource, Node.ANY, Node.ANY)
                || dataset.contains(Node.ANY, Node.ANY, Node.ANY, resource));
    }

    private Map<Node, Long> countIncoming(Node resource) {
        Map<Node, Long> out = new LinkedHashMap<>();
        RowSet rows = QueryExec.dataset(dataset).query(counts).substitution(RESOURCE, resource).select();
        rows.forEachRemaining(row -> out.put(row.get(PROPERTY), ((Number) row.get("count").getLiteralValue()).longValue()));
        return out;
    }

    private List<Node> subjects(Node resource, Node property, int pageNumber) {
        Query q = page.cloneQuery();
        q.setLimit(PAGE_SIZE);
        q.setOffset((long) (pageNumber - 1) * PAGE_SIZE);
        List<Node> out = new ArrayList<>();
        QueryExec.dataset(dataset).query(q).substitution(RESOURCE, resource).substitution(PROPERTY, property).select()
                .forEachRemaining(row -> out.add(row.get(SUBJECT)));
        return out;
    }

    /** Adds what each listed thing says, its labels and evidence, and the Hydra collection of each list. */
    private void addDetails(Graph g, Node resource, List<IncomingLinks> lists) {
        List<Binding> rows = new ArrayList<>();
        for (IncomingLinks links : lists) {
            links.subjects().forEach(s -> rows.add(BindingFactory.binding(SUBJECT, s, PROPERTY, links.property())));
            collections.describe(g, resource, links);
        }
        if (rows.isEmpty()) {
            return;
        }
        Query q = QueryFactory.create(details);
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                rows.forEach(data::add);
            }
        });
        QueryExec.dataset(dataset).query(q).substitution(RESOURCE, resource).construct().find().forEachRemaining(g::add);
    }
}
