package org.ctockg.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.ctockg.diagnostics.Family;

/**
 * Counts what one report's graph holds per fact family with {@code recognised.rq}: the report's
 * graph as the only named graph, and a context graph (reference data, ontology) as default graph
 * for the codes and notations the query looks up.
 */
public final class RecognisedFacts {
    private static final Query QUERY = QueryFactory.create(read("org/ctockg/check/recognised.rq"));

    private RecognisedFacts() {
    }

    /** One count per family, in the order of {@link Family}; a family with nothing read counts 0. */
    public static List<FamilyCount> count(Node graphName, Graph report, Graph context) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(context);
        view.addGraph(graphName, report);
        Map<Family, Long> totals = new EnumMap<>(Family.class);
        Map<Family, String> units = new EnumMap<>(Family.class);
        Map<Family, Map<String, Long>> kinds = new EnumMap<>(Family.class);
        RowSet rows = QueryExec.dataset(view).query(QUERY).select();
        while (rows.hasNext()) {
            Binding b = rows.next();
            Family family = Family.valueOf(b.get(Var.alloc("family")).getLiteralLexicalForm().toUpperCase(java.util.Locale.ROOT));
            String kind = b.get(Var.alloc("kind")).getLiteralLexicalForm();
            long n = ((Number) b.get(Var.alloc("n")).getLiteralValue()).longValue();
            if (kind.isEmpty()) {
                totals.put(family, n);
                Node unit = b.get(Var.alloc("unit"));
                units.put(family, unit == null ? "" : unit.getLiteralLexicalForm());
            } else if (n > 0) {
                kinds.computeIfAbsent(family, f -> new LinkedHashMap<>()).put(kind, n);
            }
        }
        List<FamilyCount> out = new ArrayList<>();
        for (Family f : Family.values()) {
            out.add(new FamilyCount(f, totals.getOrDefault(f, 0L), units.getOrDefault(f, ""), kinds.getOrDefault(f, Map.of())));
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = RecognisedFacts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
