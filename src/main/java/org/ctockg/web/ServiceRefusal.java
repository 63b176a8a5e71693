package org.ctockg.web;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The endpoint answers from its own data and never fetches another: a query with
 * {@code SERVICE} is refused (422) with a message that says so in plain words, instead of
 * Jena's hint to enable a setting the client cannot reach.
 */
final class ServiceRefusal {
    static final String MESSAGE = "SERVICE is not available on this endpoint: it answers from its own data only and does not "
            + "query other endpoints. Remove the SERVICE clause, or run the federated query on your own SPARQL engine "
            + "with this endpoint as one of its services.";

    private ServiceRefusal() {
    }

    /** Makes every SERVICE clause of queries over the dataset of this context fail with {@link #MESSAGE}. */
    static void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry refusing = new ServiceExecutorRegistry();
        refusing.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
            throw new QueryDeniedException(MESSAGE);
        });
        ServiceExecutorRegistry.set(context, refusing);
    }
}
