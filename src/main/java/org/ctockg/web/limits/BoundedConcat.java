package org.ctockg.web.limits;

import java.util.List;

import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/** SPARQL {@code CONCAT} that refuses (an expression error) to build a string past {@link QueryLimits#MAX_STRING} characters. */
final class BoundedConcat extends E_StrConcat {

    BoundedConcat(ExprList args) {
        super(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long length = 0;
        for (NodeValue v : args) {
            if (v.isLiteral()) {
                length += v.asNode().getLiteralLexicalForm().length();
            }
        }
        QueryLimits.checkLength(length, "CONCAT");
        return super.eval(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs);
    }
}
