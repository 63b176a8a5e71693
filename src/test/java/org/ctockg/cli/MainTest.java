package org.ctockg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@link Main} initialises Jena on a second thread while picocli reads the command line on the
 * first, and Jena lets a second caller through before it is ready: what picocli initialises (the
 * command classes, their mixins and option types) must not touch Jena.
 */
class MainTest {
    private static boolean jena(Type t) {
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                if (jena(a)) {
                    return true;
                }
            }
            return jena(p.getRawType());
        }
        return t instanceof Class<?> c && (c.isArray() ? jena(c.getComponentType()) : c.getName().startsWith("org.apache.jena."));
    }

    /** What picocli initialises for one command: the command and its mixins (their static fields) and every option type (an enum's fields too). */
    private static List<String> jenaTouchedBy(Class<?> command) {
        List<String> out = new ArrayList<>();
        for (Field f : command.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && jena(f.getGenericType())) {
                out.add(command.getSimpleName() + "." + f.getName());
            }
            if (f.isAnnotationPresent(Mixin.class)) {
                out.addAll(jenaTouchedBy(f.getType()));
            }
            if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
                if (jena(f.getGenericType())) {
                    out.add(command.getSimpleName() + "." + f.getName());
                }
                if (f.getType().isEnum()) {
                    for (Field constant : f.getType().getDeclaredFields()) {
                        if (jena(constant.getGenericType())) {
                            out.add(f.getType().getName() + "." + constant.getName());
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void readingACommandLineTouchesNoJenaClass() {
        List<String> touching = new ArrayList<>();
        Main.commands().forEach(c -> touching.addAll(jenaTouchedBy(c)));
        assertEquals(List.of(), touching);
    }

    @Test
    void theCheckWouldSeeAnEnumOptionHoldingAJenaConstant() {
        assertTrue(jena(org.apache.jena.riot.RDFFormat.class));
        class Probe {
            enum Holds { A; final org.apache.jena.riot.Lang lang = null; }

            @Option(names = "--x")
            Holds x;
        }
        assertEquals(1, jenaTouchedBy(Probe.class).size(), jenaTouchedBy(Probe.class).toString());
    }
}
