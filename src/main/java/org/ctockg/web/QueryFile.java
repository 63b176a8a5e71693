package org.ctockg.web;

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

    static QueryFile of(String name, String text) {
        List<String> comments = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            comments.add(line.replaceFirst("^#+\\s*", "").strip());
        }
        String title = comments.isEmpty() ? name : comments.get(0);
        String description = comments.size() > 1 ? String.join(" ", comments.subList(1, comments.size())).strip() : "";
        return new QueryFile(name, title, description, text);
    }
}
