package org.ctockg.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds known names in text: leftmost-longest, non-overlapping, on word boundaries, with a trie
 * over word tokens so a text is read once whatever the number of names. Matching ignores
 * accents, the kind of apostrophe and how white space is laid out (line breaks included); it
 * ignores case too when asked to.
 */
public final class Gazetteer<T> {
    private final boolean ignoreCase;
    private final TrieNode<T> root = new TrieNode<>();

    private static final class TrieNode<T> {
        final Map<String, TrieNode<T>> children = new HashMap<>();
        T value;
    }

    private record Token(String key, int start, int end) {
    }

    public Gazetteer(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** Adds a name; the first entity given a name keeps it. */
    public void add(String name, T entity) {
        List<Token> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return;
        }
        TrieNode<T> node = root;
        for (Token t : tokens) {
            node = node.children.computeIfAbsent(t.key(), k -> new TrieNode<>());
        }
        if (node.value == null) {
            node.value = entity;
        }
    }

    public List<NameMatch<T>> findAll(CharSequence text) {
        String s = text.toString();
        List<Token> tokens = tokens(s);
        List<NameMatch<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TrieNode<T> node = root;
            int bestEnd = -1;
            T best = null;
            for (int j = i; j < tokens.size(); j++) {
                node = node.children.get(tokens.get(j).key());
                if (node == null) {
                    break;
                }
                if (node.value != null) {
                    bestEnd = j;
                    best = node.value;
                }
            }
            if (best != null) {
                int start = tokens.get(i).start();
                int end = tokens.get(bestEnd).end();
                out.add(new NameMatch<>(start, end, s.substring(start, end), best));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The entity whose name is the whole text (a leading "the" aside). */
    public Optional<T> lookup(String name) {
        List<Token> tokens = tokens(name.strip());
        if (!tokens.isEmpty() && tokens.get(0).key().equalsIgnoreCase("the") && tokens.size() > 1) {
            Optional<T> without = walk(tokens.subList(1, tokens.size()));
            if (without.isPresent()) {
                return without;
            }
        }
        return walk(tokens);
    }

    private Optional<T> walk(List<Token> tokens) {
        TrieNode<T> node = root;
        for (Token t : tokens) {
            node = node.children.get(t.key());
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node.value);
    }

    /** Words (letters and digits) and single punctuation marks, folded, with their offsets. */
    private List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(fold(s.substring(start, i)), start, i));
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                char p = c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc' ? '\'' : c == '\u2013' || c == '\u2010' || c == '\u2011' ? '-' : c;
                out.add(new Token(String.valueOf(p), i, i + 1));
                i++;
            }
        }
        return out;
    }

    private String fold(String word) {
        String f = word;
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) > 127) {
                f = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
                break;
            }
        }
        return ignoreCase ? f.toLowerCase(Locale.ROOT) : f;
    }
}
