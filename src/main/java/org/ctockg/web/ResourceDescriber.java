package org.ctockg.web;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.ctockg.check.FamilyCount;
import org.ctockg.check.RecognisedFacts;
import org.ctockg.vocab.Ctoc;

/**
 * Builds the description of a resource with {@code describe.rq}: its statements, those pointing
 * to it, the labels of what they link and the evidence paragraphs. Runs in a read transaction.
 */
final class ResourceDescriber {
    private final DatasetGraph dataset;
    private final Query describe;

    ResourceDescriber(DatasetGraph dataset) {
        this.dataset = dataset;
        this.describe = QueryFactory.create(QueryFile.text("org/ctockg/web/describe.rq"));
    }

    /** The description; an empty graph when nothing in the data mentions the resource. */
    Graph describe(Node resource) {
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(describe)
                .substitution("resource", resource).construct());
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
}
