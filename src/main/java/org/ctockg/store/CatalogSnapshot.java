package org.ctockg.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ctockg.ingest.FileStamp;

/**
 * The report entries of the catalog as one file beside the database, for the next sync to read
 * in one go: reading 10,000 entries out of the store costs seconds (80,000 statements, each
 * decoded from the node table), a few milliseconds from this file. It names the data version it
 * was written at; when that is not the catalog's (a write since, a crash in between), it is
 * ignored and the catalog is read instead. A cache, never the record.
 */
final class CatalogSnapshot {
    static final String FILE = "catalog-snapshot.tsv";
    private static final String HEADER = "ctoc-kg catalog snapshot 2\t";

    private CatalogSnapshot() {
    }

    /** The entries, if the snapshot in {@code folder} was written at {@code version}. */
    static Optional<Map<Node, CatalogEntry>> read(Path folder, String version) {
        Path file = folder.resolve(FILE);
        if (version == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!(HEADER + version).equals(in.readLine())) {
                return Optional.empty();
            }
            Map<Node, CatalogEntry> out = new HashMap<>();
            for (String line; (line = in.readLine()) != null; ) {
                CatalogEntry e = parse(line);
                out.put(e.graph(), e);
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: the catalog says the same, slower
        }
    }

    /** Whether the snapshot in {@code folder} was written at {@code version} (its first line only is read). */
    static boolean isAt(Path folder, String version) {
        Path file = folder.resolve(FILE);
        if (version == null || !Files.isRegularFile(file)) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (HEADER + version).equals(in.readLine());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the entries as at {@code version}, replacing the file at once. */
    static void write(Path folder, String version, Collection<CatalogEntry> entries) {
        if (version == null) {
            return;
        }
        Path tmp = folder.resolve(FILE + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(HEADER + version);
                out.newLine();
                for (CatalogEntry e : entries) {
                    out.write(format(e));
                    out.newLine();
                }
            }
            Files.move(tmp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }

    private static String format(CatalogEntry e) {
        FileStamp s = e.stamp() != null && e.stamp().trusted() ? e.stamp() : null; // as the catalog records it
        return String.join("\t", e.graph().getURI(), escape(e.sourceFile()), e.contentHash(), e.extractor(), instant(e.loaded()),
                s == null ? "" : Long.toString(s.size()), s == null ? "" : instant(s.modified()), s == null ? "" : instant(s.taken()),
                Long.toString(e.triples()));
    }

    private static CatalogEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
            throw new IllegalArgumentException("not an entry: " + line);
        }
        FileStamp stamp = f[5].isEmpty() ? null : new FileStamp(Long.parseLong(f[5]), instant(f[6]), instant(f[7]));
        return new CatalogEntry(NodeFactory.createURI(f[0]), unescape(f[1]), f[2], f[3], instant(f[4]), stamp, Long.parseLong(f[8]));
    }

    /** An instant as seconds and nanoseconds of the epoch ({@code 1764633600.123456789}): ten thousand of them parse at once, unlike ISO dates. */
    private static String instant(Instant t) {
        return t == null ? "" : t.getEpochSecond() + "." + t.getNano();
    }

    private static Instant instant(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int dot = s.indexOf('.');
        return Instant.ofEpochSecond(Long.parseLong(s.substring(0, dot)), Long.parseLong(s.substring(dot + 1)));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
