package org.ctockg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ontology/ctoc.ttl against the code and the data: every term of {@link Ctoc} is declared with
 * the right kind, a label and a comment; every ctoc: term the seed reports' graph uses is
 * declared; the domains, ranges, functional properties, sub-properties and disjoint classes the
 * ontology states hold in that graph; every class reaches an external vocabulary; no imports.
 */
class OntologyTest {
    static {
        JenaSystem.init(); // before the vocabulary constants below, or RDF's static fields are read half-built
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node COMMENT = RDFS.comment.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node SUBPROPERTY = RDFS.subPropertyOf.asNode();
    private static final Node DOMAIN = RDFS.domain.asNode();
    private static final Node RANGE = RDFS.range.asNode();
    private static final Node CLASS = OWL2.Class.asNode();
    private static final Node OBJECT_PROPERTY = OWL2.ObjectProperty.asNode();
    private static final Node DATATYPE_PROPERTY = OWL2.DatatypeProperty.asNode();
    private static final Node ANNOTATION_PROPERTY = OWL2.AnnotationProperty.asNode();
    private static final Set<Node> PROPERTY_KINDS = Set.of(OBJECT_PROPERTY, DATATYPE_PROPERTY, ANNOTATION_PROPERTY);
    private static final Node ONTOLOGY = NodeFactory.createURI(Ctoc.NS);

    /** Axioms of ORG, FOAF and ELI the closure of types needs; those files are not imported. */
    private static final Map<Node, List<Node>> EXTERNAL_SUPERCLASSES = Map.of(
            uri("http://www.w3.org/ns/org#OrganizationalUnit"), List.of(uri("http://www.w3.org/ns/org#Organization")),
            uri("http://www.w3.org/ns/org#Organization"), List.of(uri("http://xmlns.com/foaf/0.1/Agent")),
            uri("http://xmlns.com/foaf/0.1/Person"), List.of(uri("http://xmlns.com/foaf/0.1/Agent")),
            uri("http://data.europa.eu/eli/ontology#LegalResourceSubdivision"), List.of(uri("http://data.europa.eu/eli/ontology#LegalResource")));

    private static Graph ontology;
    /** The seeds' report graphs and the reference graph, without the ontology. */
    private static Graph data;
    /** {@link #data} and the ontology: where the types of nodes (role concepts among them) are read. */
    private static Graph all;

    @BeforeAll
    static void load() {
        ontology = OntologyFiles.ontology();
        ReferenceData reference = ReferenceData.load();
        Iris iris = new Iris(BaseIri.DEFAULT);
        InMemoryCorpus.Result loaded = InMemoryCorpus.load(List.of(Path.of("data/reports")),
                new ReportExtractor(iris, reference), reference, d -> { });
        assertEquals(0, loaded.failures(), "every seed report is read");
        data = GraphFactory.createDefaultGraph();
        DatasetGraph dsg = loaded.dataset().asDatasetGraph();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(iris.ontologyGraph())) {
                dsg.getGraph(g).find().forEachRemaining(data::add);
            }
        }));
        all = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(all::add);
        ontology.find().forEachRemaining(all::add);
    }

    @Test
    void theOntologyParsesAndTheClasspathCopyIsTheFile() {
        Graph file = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology/ctoc.ttl")).parse(file);
        assertTrue(file.size() > 500, "ctoc.ttl has " + file.size() + " triples");
        assertTrue(file.isIsomorphicWith(ontology), "the classpath copy of ctoc.ttl differs from ontology/ctoc.ttl (rebuild)");
    }

    @Test
    void theHeaderSaysWhatTheOntologyIsAndUnderWhichLicence() {
        assertTrue(ontology.contains(ONTOLOGY, TYPE, OWL2.Ontology.asNode()));
        assertTrue(hasEnglish(ONTOLOGY, DCTerms.title.asNode()), "dcterms:title");
        assertTrue(hasEnglish(ONTOLOGY, DCTerms.description.asNode()), "dcterms:description");
        assertTrue(ontology.contains(ONTOLOGY, OWL2.versionInfo.asNode(), Node.ANY), "owl:versionInfo");
        assertTrue(ontology.contains(ONTOLOGY, DCTerms.license.asNode(), uri("https://creativecommons.org/licenses/by/4.0/")), "CC BY 4.0");
        assertEquals(Set.of("ctoc"), lexicalForms(ONTOLOGY, uri("http://purl.org/vocab/vann/preferredNamespacePrefix")));
        assertEquals(Set.of(Ctoc.NS), lexicalForms(ONTOLOGY, uri("http://purl.org/vocab/vann/preferredNamespaceUri")));
    }

    @Test
    void theOntologyImportsNothing() {
        assertFalse(ontology.contains(Node.ANY, OWL2.imports.asNode(), Node.ANY), "owl:imports would fetch over the network");
    }

    @Test
    void everyTermOfCtocIsDeclaredWithItsKindALabelAndAComment() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int terms = 0;
        for (Field f : Ctoc.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isPublic(m) || !Modifier.isStatic(m)) {
                continue;
            }
            Node term;
            Object value = f.get(null);
            if (value instanceof Node n) {
                term = n;
            } else if (value instanceof Resource r) {
                term = r.asNode();
            } else {
                continue;
            }
            terms++;
            String local = term.getURI().substring(Ctoc.NS.length());
            Set<Node> types = objects(ontology, term, TYPE);
            boolean isClass = types.contains(CLASS);
            boolean isProperty = types.stream().anyMatch(PROPERTY_KINDS::contains);
            if (!term.getURI().startsWith(Ctoc.NS)) {
                problems.add(f.getName() + ": not in the ctoc namespace");
            } else if (local.contains("/")) {
                // an individual: a concept of a scheme, its notation the last segment of its IRI
                if (!types.contains(SKOS.Concept.asNode()) || !ontology.contains(term, SKOS.inScheme.asNode(), Node.ANY)) {
                    problems.add(local + ": not a skos:Concept of a scheme");
                }
                if (!lexicalForms(term, SKOS.notation.asNode()).equals(Set.of(local.substring(local.lastIndexOf('/') + 1)))) {
                    problems.add(local + ": notation " + lexicalForms(term, SKOS.notation.asNode()));
                }
            } else if (value instanceof Property || Character.isLowerCase(local.charAt(0))) {
                if (!isProperty || isClass) {
                    problems.add(local + ": should be declared an object, datatype or annotation property, is " + types);
                }
            } else if (!isClass || isProperty) {
                problems.add(local + ": should be declared an owl:Class, is " + types);
            }
            if (!hasEnglish(term, LABEL)) {
                problems.add(local + ": no English rdfs:label");
            }
            if (!hasEnglish(term, COMMENT)) {
                problems.add(local + ": no English rdfs:comment");
            }
        }
        assertTrue(terms > 100, "found only " + terms + " constants in Ctoc");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCtocTermTheSeedsUseIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        data.find().forEachRemaining(t -> {
            if (inNamespace(t.getPredicate()) && !isDeclared(t.getPredicate())) {
                undeclared.add("predicate " + t.getPredicate().getURI());
            }
            if (t.getPredicate().equals(TYPE) && inNamespace(t.getObject()) && !objects(ontology, t.getObject(), TYPE).contains(CLASS)) {
                undeclared.add("class " + t.getObject().getURI());
            }
            if (inNamespace(t.getObject()) && !isDeclared(t.getObject())) {
                undeclared.add("object " + t.getObject().getURI());
            }
        });
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyCtocIriTheOntologyMentionsIsDeclaredThere() {
        Set<String> undeclared = new TreeSet<>();
        ontology.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (inNamespace(n) && !n.equals(ONTOLOGY) && !isDeclared(n)) {
                    undeclared.add(n.getURI());
                }
            }
        });
        assertEquals(Set.of(), undeclared, "a misspelt term in a domain, range or superclass?");
    }

    @Test
    void everyObjectPropertyReadsFromItsOtherEnd() {
        // pages list what points to a resource under the property's inverse reading ("cited by")
        Set<String> missing = new TreeSet<>();
        for (Node p : ctocTerms(OBJECT_PROPERTY)) {
            if (!hasEnglish(p, Ctoc.inverseLabel)) {
                missing.add(p.getURI());
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyClassReachesAnExternalVocabulary() {
        Set<String> unaligned = new TreeSet<>();
        for (Node c : ctocTerms(CLASS)) {
            boolean external = superclasses(c).stream().anyMatch(s -> s.isURI() && !inNamespace(s)
                    && !s.equals(OWL2.Thing.asNode()) && !s.equals(RDFS.Resource.asNode()));
            if (!external) {
                unaligned.add(c.getURI());
            }
        }
        assertEquals(Set.of(), unaligned);
    }

    @Test
    void domainsAndRangesHoldInTheSeeds() {
        Set<String> problems = new TreeSet<>();
        Map<Node, Set<Node>> typeCache = new HashMap<>();
        Set<Node> properties = new HashSet<>(ctocTerms(OBJECT_PROPERTY));
        properties.addAll(ctocTerms(DATATYPE_PROPERTY));
        int checked = 0;
        for (Node p : properties) {
            boolean objectProperty = objects(ontology, p, TYPE).contains(OBJECT_PROPERTY);
            Set<Node> domains = objects(ontology, p, DOMAIN);
            Set<Node> ranges = objects(ontology, p, RANGE);
            for (Triple t : data.find(Node.ANY, p, Node.ANY).toList()) {
                checked++;
                String name = p.getURI().substring(Ctoc.NS.length());
                for (Node d : domains) {
                    if (!typeCache.computeIfAbsent(t.getSubject(), OntologyTest::types).contains(d)) {
                        problems.add(name + ": subject " + t.getSubject() + " is not a " + d);
                    }
                }
                Node o = t.getObject();
                if (objectProperty != o.isURI()) {
                    problems.add(name + ": " + (objectProperty ? "object property with literal " : "datatype property with object ") + o);
                    continue;
                }
                for (Node r : ranges) {
                    boolean fits = o.isLiteral() ? o.getLiteralDatatypeURI().equals(r.getURI())
                            : typeCache.computeIfAbsent(o, OntologyTest::types).contains(r);
                    if (!fits) {
                        problems.add(name + ": object " + o + " is not a " + r);
                    }
                }
            }
        }
        assertTrue(checked > 1000, "only " + checked + " statements checked");
        assertEquals(Set.of(), problems);
    }

    @Test
    void functionalPropertiesHaveOneValueInTheSeeds() {
        Set<String> problems = new TreeSet<>();
        for (Node p : ctocTerms(OWL2.FunctionalProperty.asNode())) {
            Map<Node, Set<Node>> values = new HashMap<>();
            data.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> values.computeIfAbsent(t.getSubject(), s -> new HashSet<>()).add(t.getObject()));
            values.forEach((s, v) -> {
                if (v.size() > 1) {
                    problems.add(p.getURI() + " of " + s + ": " + v);
                }
            });
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void subPropertiesImplyTheirSuperPropertyInTheSeeds() {
        Set<String> problems = new TreeSet<>();
        ontology.find(Node.ANY, SUBPROPERTY, Node.ANY).forEachRemaining(sp -> {
            if (!inNamespace(sp.getObject())) {
                return;
            }
            data.find(Node.ANY, sp.getSubject(), Node.ANY).forEachRemaining(t -> {
                if (!data.contains(t.getSubject(), sp.getObject(), t.getObject())) {
                    problems.add(t + " without " + sp.getObject().getURI());
                }
            });
        });
        assertEquals(Set.of(), problems);
    }

    @Test
    void disjointClassesShareNoInstanceInTheSeeds() {
        List<List<Node>> groups = new ArrayList<>();
        ontology.find(Node.ANY, OWL2.disjointWith.asNode(), Node.ANY).forEachRemaining(t -> groups.add(List.of(t.getSubject(), t.getObject())));
        ontology.find(Node.ANY, TYPE, OWL2.AllDisjointClasses.asNode()).forEachRemaining(t ->
                ontology.find(t.getSubject(), OWL2.members.asNode(), Node.ANY).forEachRemaining(m -> groups.add(list(m.getObject()))));
        assertTrue(groups.size() >= 4, "disjointness axioms: " + groups);
        Set<String> problems = new TreeSet<>();
        Set<Node> subjects = new HashSet<>();
        data.find(Node.ANY, TYPE, Node.ANY).forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node s : subjects) {
            Set<Node> types = types(s);
            for (List<Node> group : groups) {
                if (group.stream().filter(types::contains).count() > 1) {
                    problems.add(s + " is more than one of " + group);
                }
            }
        }
        assertEquals(Set.of(), problems);
    }

    // --- helpers

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static boolean inNamespace(Node n) {
        return n.isURI() && n.getURI().startsWith(Ctoc.NS);
    }

    private static boolean isDeclared(Node n) {
        return ontology.contains(n, TYPE, Node.ANY);
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static Set<String> lexicalForms(Node s, Node p) {
        Set<String> out = new TreeSet<>();
        objects(ontology, s, p).stream().filter(Node::isLiteral).forEach(o -> out.add(o.getLiteralLexicalForm()));
        return out;
    }

    private static boolean hasEnglish(Node s, Node p) {
        return objects(ontology, s, p).stream().anyMatch(o -> o.isLiteral() && "en".equals(o.getLiteralLanguage())
                && !o.getLiteralLexicalForm().isBlank());
    }

    private static Set<Node> ctocTerms(Node type) {
        Set<Node> out = new HashSet<>();
        ontology.find(Node.ANY, TYPE, type).forEachRemaining(t -> {
            if (inNamespace(t.getSubject())) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /** The class and all its superclasses, by the ontology and the few external axioms above. */
    private static Set<Node> superclasses(Node c) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen.add(n)) {
                todo.addAll(objects(ontology, n, SUBCLASS));
                todo.addAll(EXTERNAL_SUPERCLASSES.getOrDefault(n, List.of()));
            }
        }
        return seen;
    }

    /** Every class a node belongs to: its rdf:types in the data and the ontology, and their superclasses. */
    private static Set<Node> types(Node n) {
        Set<Node> out = new HashSet<>();
        for (Node t : objects(all, n, TYPE)) {
            out.addAll(superclasses(t));
        }
        return out;
    }

    private static List<Node> list(Node head) {
        List<Node> out = new ArrayList<>();
        Node n = head;
        while (n != null && !n.equals(RDF.nil.asNode())) {
            Node first = ontology.find(n, RDF.first.asNode(), Node.ANY).next().getObject();
            out.add(first);
            n = ontology.find(n, RDF.rest.asNode(), Node.ANY).next().getObject();
        }
        return out;
    }
}
