package org.ctockg.web;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ctockg.rdf.BaseIri;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.ResourcePage;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences the names of the named graphs ({@code /graph/report/...}, {@code /graph/ontology},
 * {@code /graph/reference}): the graph's triples in an RDF format, or a
 * page saying what the graph holds, how many triples, and where to get them.
 */
final class GraphServlet extends HttpServlet {
    private static final Node NAMED_GRAPH = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#NamedGraph");
    private static final Node TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");

    private final transient DatasetGraph dataset;
    private final transient Responses responses;
    private final transient BaseIri base;
    private final transient Hrefs hrefs;

    GraphServlet(DatasetGraph dataset, Responses responses, BaseIri base) {
        this.dataset = dataset;
        this.responses = responses;
        this.base = base;
        this.hrefs = new Hrefs(base);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        Node name = NodeFactory.createURI(base.value() + path.substring(1));
        if (!Txn.calculateRead(dataset, () -> dataset.containsGraph(name))) {
            responses.notFound(request, response, name.getURI());
            return;
        }
        Optional<RdfFormat> format = responses.negotiate(request, response, Optional.empty());
        if (format.isEmpty()) {
            return;
        }
        if (format.get().isRdf()) {
            Graph copy = GraphFactory.createDefaultGraph();
            Txn.executeRead(dataset, () -> dataset.getGraph(name).find().forEachRemaining(copy::add));
            responses.rdf(response, copy, format.get());
            return;
        }
        Graph about = GraphFactory.createDefaultGraph();
        long size = Txn.calculateRead(dataset, () -> dataset.getGraph(name).size());
        about.add(name, RDF.type.asNode(), NAMED_GRAPH);
        about.add(name, RDFS.label.asNode(), NodeFactory.createLiteralLang("named graph " + path.substring(1), "en"));
        about.add(name, TRIPLES, NodeFactory.createLiteralByValue(size));
        responses.html(response, HttpServletResponse.SC_OK, "resource",
                ResourcePage.of(name, about, hrefs, Responses.formatLinks(path)));
    }
}
