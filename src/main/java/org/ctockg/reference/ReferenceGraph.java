package org.ctockg.reference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.ctockg.rdf.FactSink;
import org.ctockg.rdf.Iris;
import org.ctockg.vocab.Ctoc;

/** Writes the reference tables as RDF: labels, codes, the bodies' conferences, the instruments' articles. */
final class ReferenceGraph {
    private ReferenceGraph() {
    }

    static Graph build(ReferenceData data, Iris iris) {
        Graph g = GraphFactory.createDefaultGraph();
        FactSink out = new FactSink(StreamRDFLib.graph(g));
        Node prefLabel = SKOS.prefLabel.asNode();
        Node altLabel = SKOS.altLabel.asNode();
        for (StateEntry s : data.states().all()) {
            Node n = iris.state(s.alpha3());
            out.type(n, Ctoc.State);
            out.type(n, Ctoc.Participant);
            out.label(n, s.name());
            out.english(n, prefLabel, s.name());
            s.variants().forEach(v -> out.english(n, altLabel, v));
            out.string(n, Ctoc.iso3166Alpha3, s.alpha3());
            out.string(n, Ctoc.iso3166Alpha2, s.alpha2());
            out.string(n, Ctoc.m49, s.m49());
            out.string(n, Ctoc.code, s.alpha3());
        }
        for (OrganizationEntry o : data.organizations().all()) {
            Node n = iris.organization(o.slug());
            out.type(n, org.ctockg.extract.ParticipantTypes.of(o.kind()));
            out.type(n, Ctoc.Participant);
            out.label(n, o.name());
            out.english(n, prefLabel, o.name());
            o.variants().forEach(v -> out.english(n, altLabel, v));
        }
        for (BodyEntry b : data.bodies().all()) {
            Node n = iris.body(b.slug());
            out.type(n, b.isConference() ? Ctoc.Conference : "working-group".equals(b.kind()) ? Ctoc.WorkingGroup : Ctoc.Body);
            out.type(n, Ctoc.Body);
            out.label(n, b.name());
            out.english(n, prefLabel, b.name());
            b.variants().forEach(v -> out.english(n, altLabel, v));
            out.string(n, Ctoc.code, b.code());
            if (!b.conferenceSlug().isEmpty()) {
                out.add(n, Ctoc.parentConference, iris.body(b.conferenceSlug()));
            }
            if (!b.instrumentCode().isEmpty()) {
                out.add(n, Ctoc.instrument, iris.instrument(b.instrumentCode()));
            }
        }
        for (InstrumentEntry i : data.instruments().all()) {
            Node n = iris.instrument(i.code());
            out.type(n, "protocol".equals(i.kind()) ? Ctoc.Protocol : Ctoc.Convention);
            out.type(n, Ctoc.Instrument);
            out.label(n, i.name());
            out.english(n, prefLabel, i.name());
            i.variants().forEach(v -> out.english(n, altLabel, v));
            out.string(n, Ctoc.code, i.code());
            if (!i.parentCode().isEmpty()) {
                out.add(n, DCTerms.relation.asNode(), iris.instrument(i.parentCode()));
            }
            String shortName = i.variants().isEmpty() ? i.name() : i.variants().get(0);
            for (ArticleEntry a : data.instruments().articles(i.code())) {
                Node art = iris.article(i.code(), Integer.toString(a.number()));
                out.type(art, Ctoc.Article);
                out.add(art, Ctoc.articleOf, n);
                out.string(art, Ctoc.number, Integer.toString(a.number()));
                out.label(art, "article " + a.number() + " of the " + shortName);
                out.english(art, DCTerms.title.asNode(), a.title());
            }
        }
        return g;
    }
}
