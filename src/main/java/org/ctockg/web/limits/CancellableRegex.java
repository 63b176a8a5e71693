package org.ctockg.web.limits;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REGEX} whose matching stops when the query is cancelled; the pattern and flags are Jena's. */
final class CancellableRegex extends E_Regex {
    private Pattern last;
    private String lastKey;

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException("REGEX: not a string: " + text);
        }
        Pattern p = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(p.matcher(new InterruptibleText(text.getString(), Cancellation.of(env))).find());
    }

    private Pattern pattern(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException("REGEX: the pattern and flags must be strings");
        }
        String f = flags == null ? null : flags.getString();
        String key = pattern.getString() + "\u0000" + f;
        if (!key.equals(lastKey)) {
            last = RegexEngine.makePattern("REGEX", pattern.getString(), f);
            lastKey = key;
        }
        return last;
    }

    /** Without the query's cancel signal (constant folding before the query runs): leave it to run time, where the time limit holds. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated when the query runs, under its time limit");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
