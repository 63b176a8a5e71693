package org.ctockg.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * A parameter a query file declares in its header, {@code # @param NAME TYPE EXAMPLE: DESCRIPTION}:
 * the URL parameter and query variable {@code NAME}, the type its value must have, a value to
 * try, and what it selects.
 */
public record QueryParameter(String name, ParameterType type, String example, String description) {
    static final String TAG = "@param";
    // the example is a word, or text in double quotes; the colon after it is followed by a space
    private static final Pattern LINE = Pattern.compile("@param\\s+(\\S+)\\s+(\\S+)\\s+(\"[^\"]*\"|\\S+?):(?:\\s+(.*))?");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** URL parameters the API reads itself, so no query may declare them. */
    private static final String RESERVED = "format";

    /** Reads a header line (without its {@code #}) that starts with {@code @param}; the message says what is wrong. */
    static QueryParameter parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + line.strip() + "' is not '@param NAME TYPE EXAMPLE: DESCRIPTION'");
        }
        String name = m.group(1);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name '" + name + "' is not a letter followed by letters or digits");
        }
        if (RESERVED.equals(name)) {
            throw new IllegalArgumentException("parameter name '" + name + "' is reserved");
        }
        ParameterType type = ParameterType.named(m.group(2)).orElseThrow(() -> new IllegalArgumentException(
                "parameter " + name + " has unknown type '" + m.group(2) + "' (string, integer, year, date or iri)"));
        String example = m.group(3).startsWith("\"") ? m.group(3).substring(1, m.group(3).length() - 1) : m.group(3);
        QueryParameter p = new QueryParameter(name, type, example, m.group(4) == null ? "" : m.group(4).strip());
        try {
            p.bind(p.example());
        } catch (ParameterException e) {
            throw new IllegalArgumentException("the example of parameter " + name + " " + e.reason());
        }
        return p;
    }

    /** The RDF term of a value given for this parameter. */
    public Node bind(String value) {
        try {
            return type.parse(value);
        } catch (IllegalArgumentException e) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            throw new ParameterException(name, "'" + shown + "' " + e.getMessage());
        }
    }
}
