package org.ctockg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.ctockg.extract.ReportExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fingerprint of everything that decides what a report's graph holds: the classes of the
 * source-reading, extraction, text, IRI, reference and vocabulary packages and the data files the jar carries.
 * A report stored by another version of them is read again, so an upgrade never serves graphs
 * the current code would not produce. The same bytes give the same fingerprint whether they are
 * read from the fat jar or from {@code target/classes}. Reading the jar costs about half a second,
 * so the database folder keeps the fingerprint of the jar it last saw (path, size, time).
 */
public final class ExtractorVersion {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    private static final List<String> PREFIXES = List.of(
            "org/ctockg/source/", "org/ctockg/extract/", "org/ctockg/text/", "org/ctockg/rdf/", "org/ctockg/reference/", "org/ctockg/vocab/",
            "ctoc-kg/reference/", "ctoc-kg/ontology/");
    private static final String CACHE = "extractor-version.txt";
    private static volatile String current;

    private ExtractorVersion() {
    }

    /** The fingerprint of the code running now (computed once). */
    public static String current() {
        return current(null);
    }

    /**
     * As {@link #current()}, but a jar's fingerprint is kept in {@code cacheFolder} under the jar's
     * path, size and time, so that a start with the same jar does not read it again.
     */
    public static String current(Path cacheFolder) {
        String v = current;
        if (v == null) {
            v = compute(cacheFolder);
            current = v;
        }
        return v;
    }

    private static String compute(Path cacheFolder) {
        try {
            CodeSource source = ReportExtractor.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isDirectory(location)) {
                return ofDirectory(location);
            }
            if (location != null && Files.isRegularFile(location)) {
                return cacheFolder == null ? ofJar(location) : cachedOfJar(location, cacheFolder.resolve(CACHE));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.debug("cannot fingerprint the extraction code", e);
        }
        // Unknown code: never trust a stored graph to be what it would produce.
        LOG.warn("cannot tell which version of the extraction code runs; every report will be read again");
        return "unknown-" + UUID.randomUUID();
    }

    /** The jar's fingerprint from the cache file when it names this jar with this size and time; else computed and cached. */
    private static String cachedOfJar(Path jar, Path cache) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        String key = jar.toAbsolutePath() + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis() + "\t";
        if (Files.isRegularFile(cache)) {
            String line = Files.readString(cache, StandardCharsets.UTF_8).strip();
            if (line.startsWith(key) && line.length() > key.length()) {
                return line.substring(key.length());
            }
        }
        String fingerprint = ofJar(jar);
        try {
            Path tmp = cache.resolveSibling(CACHE + ".tmp");
            Files.writeString(tmp, key + fingerprint + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.debug("cannot cache the fingerprint of the extraction code in {}", cache, e);
        }
        return fingerprint;
    }

    private static String ofDirectory(Path root) throws IOException {
        Digest d = new Digest();
        List<Path> files = new ArrayList<>();
        for (String prefix : PREFIXES) {
            Path dir = root.resolve(prefix);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().forEach(name -> {
            try {
                d.add(name, Files.readAllBytes(root.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return d.hex();
    }

    private static String ofJar(Path jar) throws IOException {
        Digest d = new Digest();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory() && PREFIXES.stream().anyMatch(entry.getName()::startsWith)) {
                    entries.add(entry);
                }
            }
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (ZipEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    d.add(entry.getName(), in.readAllBytes());
                }
            }
        }
        return d.hex();
    }

    private static final class Digest {
        private final MessageDigest md;

        Digest() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(String name, byte[] bytes) {
            md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Long.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            md.update((byte) 0);
            md.update(bytes);
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
