package org.ctockg.bench;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * What {@code tdb2.tdbloader --loc DIR FILE...} does on an empty database, for the benchmark to
 * compare with: Jena's phased loader (the one tdbloader picks for an empty database) on RDF files.
 * {@code java -cp ctoc-kg.jar org.ctockg.bench.TdbLoader DIR FILE...}
 */
public final class TdbLoader {
    private TdbLoader() {
    }

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(args[0]));
        DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            for (int i = 1; i < args.length; i++) {
                loader.load(args[i]);
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        System.err.println("loaded " + loader.countTriples() + " triples and " + loader.countQuads() + " quads");
    }
}
