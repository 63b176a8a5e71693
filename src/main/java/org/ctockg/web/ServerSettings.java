package org.ctockg.web;

import java.time.Duration;

import org.ctockg.rdf.BaseIri;

/**
 * How the server runs: its port (0 picks a free one), the base of the IRIs it dereferences,
 * the time limit of every query, and whether it listens on loopback only.
 */
public record ServerSettings(int port, BaseIri base, Duration queryTimeout, boolean loopbackOnly) {
    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query time limit must be positive: " + queryTimeout);
        }
    }
}
