package org.ctockg.web;


import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

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

    /** Whether any statement has the resource as subject or object. */
    boolean isKnown(Node resource) {
        return Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, resource, Node.ANY, Node.ANY)
                || dataset.contains(Node.ANY, Node.ANY, Node.ANY, resource));
    }
}
