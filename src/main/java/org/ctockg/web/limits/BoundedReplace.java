package org.ctockg.web.limits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} whose matching stops when the query is cancelled and whose result may
 * not grow past {@link QueryLimits#MAX_STRING} characters (an error instead, as for any other
 * failed expression).
 */
final class BoundedReplace extends E_StrReplace {

    BoundedReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString() || !args.get(1).isString() || !args.get(2).isString()) {
            throw new ExprEvalException("REPLACE: the arguments must be strings");
        }
        String flags = args.size() > 3 ? args.get(3).getString() : null;
        Pattern p = RegexEngine.makePattern("REPLACE", args.get(1).getString(), flags);
        if (p.matcher("").matches()) {
            throw new ExprEvalException("REPLACE: the pattern matches the empty string");
        }
        Matcher m = p.matcher(new InterruptibleText(text.getString(), Cancellation.of(env)));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, args.get(2).getString());
            QueryLimits.checkLength(out.length(), "REPLACE");
        }
        m.appendTail(out);
        QueryLimits.checkLength(out.length(), "REPLACE");
        return text.isLangString() ? NodeValue.makeLangString(out.toString(), text.getLang()) : NodeValue.makeString(out.toString());
    }

    /** Without the query's cancel signal (constant folding before the query runs): leave it to run time, where the time limit holds. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated when the query runs, under its time limit");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
