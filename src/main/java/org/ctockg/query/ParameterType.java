package org.ctockg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The types a query parameter may declare, each turning a value from a URL into one RDF term,
 * or refusing it with a reason a user can act on.
 */
public enum ParameterType {
    /** Any text up to 200 characters, without control characters: an xsd:string literal. */
    STRING("text up to 200 characters") {
        @Override
        Node parse(String value) {
            if (value.length() > MAX_STRING) {
                throw new IllegalArgumentException("is longer than " + MAX_STRING + " characters");
            }
            if (value.codePoints().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("contains a control character");
            }
            return NodeFactory.createLiteralString(value);
        }
    },
    /** An integer: an xsd:integer literal. */
    INTEGER("an integer") {
        @Override
        Node parse(String value) {
            if (!SIGNED_DIGITS.matcher(value).matches()) {
                throw new IllegalArgumentException("is not an integer");
            }
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
    },
    /** A year of four digits: an xsd:integer literal, comparable with {@code YEAR(?date)}. */
    YEAR("a year of four digits") {
        @Override
        Node parse(String value) {
            if (!FOUR_DIGITS.matcher(value).matches()) {
                throw new IllegalArgumentException("is not a year of four digits");
            }
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
    },
    /** A calendar date YYYY-MM-DD: an xsd:date literal. */
    DATE("a date YYYY-MM-DD") {
        @Override
        Node parse(String value) {
            try {
                if (value.length() == 10) {
                    LocalDate.parse(value);
                    return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
                }
            } catch (DateTimeParseException e) {
                // falls through to the refusal below
            }
            throw new IllegalArgumentException("is not a date YYYY-MM-DD");
        }
    },
    /** An absolute http or https IRI: an IRI. */
    IRI("an absolute http(s) IRI") {
        @Override
        Node parse(String value) {
            try {
                IRIx iri = IRIx.create(value);
                String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
                if (iri.isAbsolute() && (scheme.equals("http") || scheme.equals("https"))) {
                    return NodeFactory.createURI(iri.str());
                }
            } catch (IRIException e) {
                // falls through to the refusal below
            }
            throw new IllegalArgumentException("is not an absolute http or https IRI");
        }
    };

    static final int MAX_STRING = 200;
    private static final Pattern SIGNED_DIGITS = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    private final String expects;

    ParameterType(String expects) {
        this.expects = expects;
    }

    /** The RDF term of a value; {@link IllegalArgumentException} with the reason when it does not fit. */
    abstract Node parse(String value);

    /** What a value of this type looks like, for messages and the catalogue. */
    public String expects() {
        return expects;
    }

    /** The name a query header uses ({@code string}, {@code year} ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ParameterType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.label().equals(name)).findFirst();
    }
}
