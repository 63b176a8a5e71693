package org.ctockg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The recognisers of the resource {@code recognisers.list} (one class name a line, {@code #}
 * comments), in the order their declared needs give: each runs after every recogniser that
 * provides something it needs; among those free to run, the one listed first runs first.
 */
final class Recognisers {
    static final String LIST = "recognisers.list";
    private static final List<Constructor<? extends Recognizer>> ORDER = load();

    private Recognisers() {
    }

    /** New instances of the registered recognisers, in the order they run. */
    static List<Recognizer> all() {
        List<Recognizer> out = new ArrayList<>(ORDER.size());
        for (Constructor<? extends Recognizer> c : ORDER) {
            out.add(instantiate(c));
        }
        return out;
    }

    /**
     * Orders recognisers by their needs: a recogniser runs after all that provide one of its needs;
     * ties keep the given order. Fails naming the recognisers of a cycle or a need nobody provides.
     */
    static List<Recognizer> order(List<Recognizer> listed) {
        Map<ContextFact, List<Recognizer>> providers = new EnumMap<>(ContextFact.class);
        for (Recognizer r : listed) {
            for (ContextFact f : r.provides()) {
                providers.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
            }
        }
        for (Recognizer r : listed) {
            Set<ContextFact> unmet = EnumSet.noneOf(ContextFact.class);
            r.needs().stream().filter(f -> !providers.containsKey(f)).forEach(unmet::add);
            if (!unmet.isEmpty()) {
                throw new IllegalStateException(r.name() + " needs " + unmet + ", which no recogniser of " + LIST + " provides");
            }
        }
        List<Recognizer> ordered = new ArrayList<>(listed.size());
        Set<Recognizer> waiting = new LinkedHashSet<>(listed);
        while (!waiting.isEmpty()) {
            Recognizer next = waiting.stream().filter(r -> ready(r, providers, waiting)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the recognisers " + names(waiting)
                            + " need each other's facts in a cycle; none of them can run first"));
            waiting.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    private static boolean ready(Recognizer r, Map<ContextFact, List<Recognizer>> providers, Set<Recognizer> waiting) {
        return r.needs().stream().flatMap(f -> providers.get(f).stream()).noneMatch(p -> p != r && waiting.contains(p));
    }

    private static List<Constructor<? extends Recognizer>> load() {
        List<Recognizer> listed = new ArrayList<>();
        for (String className : classNames()) {
            listed.add(instantiate(constructor(className)));
        }
        List<Constructor<? extends Recognizer>> out = new ArrayList<>();
        for (Recognizer r : order(listed)) {
            out.add(constructor(r.getClass().getName()));
        }
        return List.copyOf(out);
    }

    private static List<String> classNames() {
        InputStream in = Recognisers.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("the resource " + LIST + " listing the recognisers is missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Constructor<? extends Recognizer> constructor(String className) {
        try {
            Class<?> c = Class.forName(className.contains(".") ? className
                    : Recognisers.class.getPackageName() + "." + className);
            if (!Recognizer.class.isAssignableFrom(c)) {
                throw new IllegalStateException(className + " in " + LIST + " is not a Recognizer");
            }
            return c.asSubclass(Recognizer.class).getDeclaredConstructor();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(LIST + " names " + className + ", which is no class", e);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(className + " in " + LIST + " has no constructor without arguments", e);
        }
    }

    private static Recognizer instantiate(Constructor<? extends Recognizer> c) {
        try {
            return c.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + c.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static String names(Set<Recognizer> rs) {
        return rs.stream().map(Recognizer::name).collect(Collectors.joining(", "));
    }
}
