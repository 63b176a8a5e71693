package org.ctockg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ctockg.query.QueryHeader;

/** A SPARQL query file with the title and description its leading comment lines give ({@code @param} lines left out). */
record QueryFile(String name, String title, String description, String text) {

    static List<QueryFile> all(String folder) {
        List<QueryFile> out = new ArrayList<>();
        for (Map.Entry<String, String> e : ClasspathFolder.read(folder, ".rq").entrySet()) {
            out.add(of(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The text of one query file on the classpath. */
    static String text(String resource) {
        try (InputStream in = QueryFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueryFile of(String name, String text) {
        // the title is the comment's first sentence (usually the question), the rest describes
        QueryHeader header = QueryHeader.prose(name, text);
        return new QueryFile(name, header.title(), header.description(), text);
    }
}
