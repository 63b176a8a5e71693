package org.ctockg.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.ctockg.rdf.BaseIri;

/**
 * The VoID/DCAT description of the dataset with its service description, built by
 * {@code void.rq}; counted once, since the data does not change while the server runs.
 */
final class DatasetDescription implements GraphDocument {
    static final String PATH = ".well-known/void";
    static final String DUMP_PATH = "dumps/ctoc-kg.nq.gz";

    private final DatasetGraph dataset;
    private final BaseIri base;
    private final Query query = QueryFactory.create(QueryFile.text("org/ctockg/web/void.rq"));
    private volatile Graph description;

    DatasetDescription(DatasetGraph dataset, BaseIri base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    public Node mainNode() {
        return NodeFactory.createURI(base.resolve(PATH + "#dataset"));
    }

    @Override
    public Graph graph() {
        Graph g = description;
        if (g == null) {
            g = Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(query)
                    .substitution("dataset", mainNode())
                    .substitution("service", NodeFactory.createURI(base.resolve(PATH + "#sparql-service")))
                    .substitution("sparql", NodeFactory.createURI(base.resolve("ctoc/sparql")))
                    .substitution("dump", NodeFactory.createURI(base.resolve(DUMP_PATH)))
                    .substitution("examples", NodeFactory.createURI(base.resolve(SparqlExamples.PATH)))
                    .substitution("uriSpace", NodeFactory.createLiteralString(base.resolve("id/")))
                    .construct());
            description = g;
        }
        return g;
    }
}
