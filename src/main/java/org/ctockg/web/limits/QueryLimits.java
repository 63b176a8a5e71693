package org.ctockg.web.limits;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * What one SPARQL query may hold, and the rewriting that holds it to that. The time limit stops
 * the query between rows; these bound what can happen within one row or one answer:
 * <ul>
 * <li>{@code REGEX} and {@code REPLACE} stop matching when the time limit passes;</li>
 * <li>{@code CONCAT}, {@code REPLACE} and {@code ENCODE_FOR_URI} make no string longer than
 *     {@value #MAX_STRING} characters (an expression error instead: a string doubled thirty times
 *     from 1 KB would need a terabyte);</li>
 * <li>an answer is built whole before a byte is sent, so that a query stopped by the time limit
 *     is an error and never a cut 200: up to {@value #MAX_ROWS} rows (rows past
 *     {@value #ROWS_IN_MEMORY} wait in temporary files, not in memory) or {@value #MAX_TRIPLES}
 *     triples; a larger answer is refused (400), to be paged with LIMIT and OFFSET or read from
 *     the dump.</li>
 * </ul>
 */
public final class QueryLimits {
    public static final int MAX_STRING = 1 << 20;
    public static final long MAX_ROWS = 2_000_000;
    public static final long ROWS_IN_MEMORY = 20_000;
    public static final long MAX_TRIPLES = 1_000_000;

    private QueryLimits() {
    }

    static void checkLength(long length, String function) {
        if (length > MAX_STRING) {
            throw new ExprEvalException(function + ": the result would be longer than " + MAX_STRING + " characters");
        }
    }

    /** The same query with the bounded forms of the functions above. */
    public static Query bounded(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Rewrite());
    }

    private static final class Rewrite extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func.getClass() == E_Regex.class) {
                return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (func.getClass() == E_StrReplace.class) {
                return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            }
            if (func.getClass() == E_StrConcat.class) {
                return new BoundedConcat(args);
            }
            return super.transform(func, args);
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            if (func.getClass() == E_StrEncodeForURI.class) {
                return new BoundedEncodeForUri(arg);
            }
            return super.transform(func, arg);
        }
    }
}
