package org.ctockg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the Hydra Core vocabulary ({@code http://www.w3.org/ns/hydra/core#}) with which a
 * description says how many things point to a resource and where the pages listing them are.
 */
public final class Hydra {
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    public static final Node Collection = term("Collection");
    public static final Node PartialCollectionView = term("PartialCollectionView");
    public static final Node collection = term("collection");
    public static final Node totalItems = term("totalItems");
    public static final Node memberAssertion = term("memberAssertion");
    public static final Node property = term("property");
    public static final Node object = term("object");
    public static final Node view = term("view");
    public static final Node first = term("first");
    public static final Node last = term("last");
    public static final Node next = term("next");
    public static final Node previous = term("previous");

    private Hydra() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
