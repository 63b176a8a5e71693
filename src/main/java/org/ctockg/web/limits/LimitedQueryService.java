package org.ctockg.web.limits;

import java.util.Iterator;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query service held to {@link QueryLimits}: the query is rewritten to the
 * bounded functions, its answer is read whole within the time limit before anything is sent,
 * and a {@code timeout} parameter that is not a number of seconds is a bad request (Fuseki took
 * it for a time-out).
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {

    @Override
    protected void validateRequest(HttpAction action) {
        super.validateRequest(action);
        String timeout = action.getRequestParameter(HttpNames.paramTimeout);
        if (timeout != null) {
            double seconds;
            try {
                seconds = Double.parseDouble(timeout.strip());
            } catch (NumberFormatException e) {
                seconds = Double.NaN;
            }
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                ServletOps.errorBadRequest("timeout: not a number of seconds greater than 0: " + timeout);
            }
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        return Pair.create(decided.getLeft(), QueryLimits.bounded(decided.getRight()));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            if (query.isSelectType()) {
                return new QueryExecResult(BufferedRows.readAll(exec.select()));
            }
            if (query.isConstructType()) {
                return new QueryExecResult(construct(exec));
            }
        } catch (TooLargeException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    private static DatasetGraph construct(QueryExec exec) {
        DatasetGraph out = DatasetGraphFactory.create();
        long n = 0;
        for (Iterator<Quad> quads = exec.constructQuads(); quads.hasNext(); ) {
            if (++n > QueryLimits.MAX_TRIPLES) {
                throw new TooLargeException("the answer has more than " + QueryLimits.MAX_TRIPLES
                        + " triples; page it with LIMIT and OFFSET, or read the whole dataset from /dumps/");
            }
            out.add(quads.next());
        }
        return out;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        try {
            super.sendResults(action, result, prologue);
        } finally {
            if (result.isRowSet()) {
                result.rowSet().close();
            }
        }
    }
}
