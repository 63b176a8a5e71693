package org.ctockg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The files of one folder on the classpath (in the jar or in target/classes), by name, in name order. */
final class ClasspathFolder {
    private ClasspathFolder() {
    }

    /** File name to content, for the files of the folder whose name ends with the suffix. */
    static Map<String, String> read(String folder, String suffix) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return readFromJar(uri, folder, suffix);
            }
            return readAll(Path.of(uri), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readFromJar(URI uri, String folder, String suffix) throws IOException {
        FileSystem fs;
        boolean ours = true;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
            ours = false;
        }
        try {
            return readAll(fs.getPath(folder), suffix);
        } finally {
            if (ours) {
                fs.close();
            }
        }
    }

    private static Map<String, String> readAll(Path dir, String suffix) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
