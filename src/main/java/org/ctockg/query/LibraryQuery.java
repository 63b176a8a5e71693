package org.ctockg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;

/**
 * One query of the library: its name (the file name without {@code .rq}), its header, its text,
 * the parsed SELECT query and its columns. Parameter values are bound as typed RDF terms, never
 * pasted into the text.
 */
public record LibraryQuery(String name, QueryHeader header, String text, Query query) {
    public static final String SUFFIX = ".rq";

    /**
     * Reads a query file; an {@link IllegalArgumentException} says why it cannot serve (does not
     * parse, is not a SELECT, a malformed or unused parameter, a parameter the query assigns).
     */
    public static LibraryQuery parse(String fileName, String text) {
        String name = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
        QueryHeader header = QueryHeader.parse(name, text);
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("does not parse as SPARQL: " + e.getMessage().replace('\n', ' '));
        }
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("is not a SELECT query");
        }
        String body = text.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        for (QueryParameter p : header.parameters()) {
            String var = "[?$]" + p.name() + "\\b";
            if (!Pattern.compile(var).matcher(body).find()) {
                throw new IllegalArgumentException("declares parameter " + p.name() + " but has no variable ?" + p.name());
            }
            if (Pattern.compile("(?i)\\bAS\\s+" + var + "|VALUES\\s*(\\([^)]*)?" + var).matcher(body).find()) {
                throw new IllegalArgumentException("gives parameter ?" + p.name()
                        + " a value itself (VALUES or AS); a parameter must be unbound when not given");
            }
        }
        return new LibraryQuery(name, header, text, query);
    }

    public String title() {
        return header.title();
    }

    public String description() {
        return header.description();
    }

    public List<QueryParameter> parameters() {
        return header.parameters();
    }

    /** The result columns, in order. */
    public List<String> columns() {
        return query.getResultVars();
    }

    /**
     * The terms to substitute for the parameters given: a name this query does not declare, a
     * name given twice or a value that does not fit its type is a {@link ParameterException};
     * an empty value counts as not given. In the order of the header, whatever the URL's order.
     */
    public Map<Var, Node> bind(Map<String, List<String>> given) {
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            if (parameter(e.getKey()) == null) {
                throw new ParameterException(e.getKey(), parameters().isEmpty()
                        ? "is not a parameter of query " + name + ", which takes none"
                        : "is not a parameter of query " + name + "; it takes " + parameters().stream()
                                .map(QueryParameter::name).collect(Collectors.joining(", ")));
            }
            if (e.getValue().size() > 1) {
                throw new ParameterException(e.getKey(), "is given " + e.getValue().size() + " times; give it once");
            }
        }
        Map<Var, Node> out = new LinkedHashMap<>();
        for (QueryParameter p : parameters()) {
            List<String> values = given.get(p.name());
            if (values != null && !values.isEmpty() && !values.get(0).isEmpty()) {
                out.put(Var.alloc(p.name()), p.bind(values.get(0)));
            }
        }
        return out;
    }

    /**
     * Runs the query over the dataset with the parameters' terms substituted for their variables
     * (Jena's substitution of the parsed query), in one read transaction, under the dataset's
     * time limit; the rows are read in full before they are returned, so a query that runs out
     * of time fails ({@link org.apache.jena.query.QueryCancelledException}) rather than stops
     * short.
     */
    public RowSetRewindable select(DatasetGraph dataset, Map<Var, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
            parameters.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                return exec.select().rewindable();
            }
        });
    }

    private QueryParameter parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
