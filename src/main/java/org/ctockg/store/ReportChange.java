package org.ctockg.store;

import java.time.Instant;

import org.apache.jena.graph.Node;

/**
 * The last thing that happened to a report in the store, from its catalog: added (first stored),
 * changed (its graph replaced since) or removed (its file gone from the folder), when, and when it
 * was first stored; with the report's IRI and file name, for feeds of what is new.
 */
public record ReportChange(Node report, String sourceFile, Kind kind, Instant when, Instant firstSeen) {

    public enum Kind { ADDED, CHANGED, REMOVED }
}
