package org.ctockg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A SPARQL query file with the title and description its leading comment lines give. */
record QueryFile(String name, String title, String description, String text) {

    static List<QueryFile> all(String folder) {
        List<QueryFile> out = new ArrayList<>();
        for (Map.Entry<String, String> e : ClasspathFolder.read(folder, ".rq").entrySet()) {
            out.add(of(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static int firstSentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '?' || c == '.') && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i + 1;
            }
        }
        return s.length();
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
        List<String> comments = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            comments.add(line.replaceFirst("^#+\\s*", "").strip());
        }
        // the title is the comment's first sentence (usually the question), the rest describes
        String comment = String.join(" ", comments).strip();
        int end = firstSentenceEnd(comment);
        String title = comment.isEmpty() ? name : comment.substring(0, end).strip();
        String description = comment.substring(end).strip();
        return new QueryFile(name, title, description, text);
    }
}
