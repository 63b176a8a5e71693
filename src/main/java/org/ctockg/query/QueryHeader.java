package org.ctockg.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What the leading comment lines of a query file say: its title (the first sentence, usually
 * the question it answers), the rest of the comment as its description, and the parameters
 * its {@code @param} lines declare.
 */
public record QueryHeader(String title, String description, List<QueryParameter> parameters) {

    /**
     * Reads the header of a query file. A malformed {@code @param} line, or a parameter declared
     * twice, is an {@link IllegalArgumentException} saying which and why.
     */
    public static QueryHeader parse(String fallbackTitle, String text) {
        List<String> prose = new ArrayList<>();
        List<QueryParameter> parameters = new ArrayList<>();
        for (String line : commentLines(text)) {
            if (line.startsWith(QueryParameter.TAG)) {
                QueryParameter p = QueryParameter.parse(line);
                if (parameters.stream().anyMatch(q -> q.name().equals(p.name()))) {
                    throw new IllegalArgumentException("parameter " + p.name() + " is declared twice");
                }
                parameters.add(p);
            } else {
                prose.add(line);
            }
        }
        String comment = String.join(" ", prose).strip();
        int end = firstSentenceEnd(comment);
        String title = comment.isEmpty() ? fallbackTitle : comment.substring(0, end).strip();
        return new QueryHeader(title, comment.substring(end).strip(), List.copyOf(parameters));
    }

    /** The title and description only, ignoring {@code @param} lines whatever their form (for pages that show any file). */
    public static QueryHeader prose(String fallbackTitle, String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : commentLines(text)) {
            if (!line.startsWith(QueryParameter.TAG)) {
                kept.append("# ").append(line).append('\n');
            }
        }
        return parse(fallbackTitle, kept.toString());
    }

    /** The comment lines before the first line that is not a comment, without their {@code #}. */
    private static List<String> commentLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            out.add(line.replaceFirst("^#+\\s*", "").strip());
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
}
