package org.ctockg.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.ctockg.vocab.Ctoc;

/** The prefixes written with the data, so Turtle output reads well. */
public final class Prefixes {
    private Prefixes() {
    }

    public static void applyTo(PrefixMap map, Iris iris) {
        map.add("ctoc", Ctoc.NS);
        map.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.add("skos", "http://www.w3.org/2004/02/skos/core#");
        map.add("dcterms", "http://purl.org/dc/terms/");
        map.add("prov", "http://www.w3.org/ns/prov#");
        map.add("id", iris.base().resolve("id/"));
    }
}
