package org.ctockg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The first load of an empty database through TDB2's bulk loader (the phased loader that
 * {@code tdb2.tdbloader} uses on an empty database): indexes are built in passes instead of
 * one transaction at a time, and the database ends as compact as the loader makes it.
 *
 * <p>The bulk loader writes the indexes outside transactions, so a process killed half-way leaves
 * a database that is not whole. A marker file, written before the loader starts and deleted once
 * it has finished, tells the next {@link PersistentCorpus#open} so: since the database was empty,
 * the previous state is the empty database, and it is made again.
 */
final class BulkLoad implements AutoCloseable {
    static final String MARKER = "first-load.incomplete";

    private final Path marker;
    private final DataLoader loader;
    private final StreamRDF out;
    private boolean finished;

    private BulkLoad(Path marker, DataLoader loader) {
        this.marker = marker;
        this.loader = loader;
        this.out = loader.stream();
    }

    /** Writes the marker, then starts the loader; the database must be empty. */
    static BulkLoad start(Path folder, DatasetGraph dsg) {
        Path marker = folder.resolve(MARKER);
        try {
            Files.writeString(marker, "a first load began here; if this file remains, it did not finish\n");
            force(marker);
            force(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot write " + MARKER + ": " + e.getMessage(), e);
        }
        DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        return new BulkLoad(marker, loader);
    }

    /** Whether a first load stopped half-way in this folder. */
    static boolean interrupted(Path folder) {
        return Files.exists(folder.resolve(MARKER));
    }

    void add(Node graph, Triple t) {
        out.quad(Quad.create(graph, t));
    }

    void add(Quad q) {
        out.quad(q);
    }

    /** Builds the remaining indexes, then deletes the marker: the database is whole. */
    void finish() {
        loader.finishBulk();
        finished = true;
        try {
            Files.delete(marker);
            force(marker.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(marker + ": cannot delete: " + e.getMessage(), e);
        }
    }

    /** After a failure: releases the loader; the marker stays, so the next open starts again from empty. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            loader.finishException(new IllegalStateException("the first load stopped"));
        }
    }

    private static void force(Path p) throws IOException {
        try (FileChannel c = FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(p)) {
                throw e;
            }
            // some systems cannot open a folder to sync it; the file's own sync is what matters most
        }
    }
}
