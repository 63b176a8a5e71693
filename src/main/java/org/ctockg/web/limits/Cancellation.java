package org.ctockg.web.limits;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;

/** The signal that tells an expression its query was cancelled (the time limit passed). */
final class Cancellation {
    private static final AtomicBoolean NEVER = new AtomicBoolean();

    private Cancellation() {
    }

    static AtomicBoolean of(FunctionEnv env) {
        if (env instanceof ExecutionContext ec && ec.getCancelSignal() != null) {
            return ec.getCancelSignal();
        }
        return NEVER;
    }
}
