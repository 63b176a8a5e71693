package org.ctockg.web.limits;

import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;

/** SPARQL {@code ENCODE_FOR_URI}, which may triple a string, bounded like {@link BoundedConcat}. */
final class BoundedEncodeForUri extends E_StrEncodeForURI {

    BoundedEncodeForUri(Expr arg) {
        super(arg);
    }

    @Override
    public NodeValue eval(NodeValue v) {
        NodeValue out = super.eval(v);
        QueryLimits.checkLength(out.asNode().getLiteralLexicalForm().length(), "ENCODE_FOR_URI");
        return out;
    }

    @Override
    public Expr copy(Expr arg) {
        return new BoundedEncodeForUri(arg);
    }
}
