package org.ctockg.web.page;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.BaseIri;
import org.ctockg.vocab.Ctoc;

/**
 * Where a link to a resource points: IRIs under the base become paths on this server (so the
 * pages work whatever host name reached them), ontology terms their page under
 * {@code /ontology/}, other IRIs stay as they are.
 */
public record Hrefs(BaseIri base) {
    public String of(Node node) {
        if (node == null || !node.isURI()) {
            return null;
        }
        String iri = node.getURI();
        if (iri.startsWith(base.value())) {
            return "/" + iri.substring(base.value().length());
        }
        if (iri.startsWith(Ctoc.NS)) {
            return "/ontology/" + iri.substring(Ctoc.NS.length());
        }
        // only web links leave the site; any other scheme (javascript:, data:) is not linked
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }
}
