package org.ctockg.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.cli.CommandLine;

/**
 * The values one command was given, typed. A value of the wrong kind is a {@link UserError} that
 * names the command, the option and the value.
 */
final class Arguments {
    private final String command;
    private final CommandLine line;

    Arguments(String command, CommandLine line) {
        this.command = command;
        this.line = line;
    }

    /** Whether the flag was given. */
    boolean flag(String option) {
        return line.hasOption(option);
    }

    /** The option's value, or {@code otherwise} (which may be null) when it was not given. */
    String text(String option, String otherwise) {
        return line.getOptionValue(option, otherwise);
    }

    int whole(String option, int otherwise) {
        String value = line.getOptionValue(option);
        return value == null ? otherwise : whole(option, value);
    }

    /** A comma-separated list of whole numbers ({@code --clients 1,8,32}). */
    List<Integer> wholes(String option, String otherwise) {
        return list(option, otherwise).stream().map(v -> whole(option, v)).toList();
    }

    /** A comma-separated list ({@code --workloads sparql,html}); empty when neither given nor defaulted. */
    List<String> list(String option, String otherwise) {
        String value = line.getOptionValue(option, otherwise);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    Path path(String option, Path otherwise) {
        String value = line.getOptionValue(option);
        return value == null ? otherwise : path(option, value);
    }

    /** The values of an option that takes one or more, as paths. */
    List<Path> paths(String option, List<Path> otherwise) {
        String[] values = line.getOptionValues(option);
        if (values == null) {
            return otherwise;
        }
        List<Path> out = new ArrayList<>();
        for (String v : values) {
            out.add(path(option, v));
        }
        return out;
    }

    /** One of an enum's constants, by name. */
    <E extends Enum<E>> E choice(String option, E otherwise) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return otherwise;
        }
        E[] constants = otherwise.getDeclaringClass().getEnumConstants();
        for (E c : constants) {
            if (c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        throw new UserError(command + ": " + dashed(option) + " is one of " + String.join(", ", Arrays.stream(constants).map(Enum::name).toList())
                + ", not '" + value + "'");
    }

    /** The positional parameter at {@code index}, as a path (the command's usage line says how many there are). */
    Path pathParameter(int index) {
        return path(null, line.getArgList().get(index));
    }

    private int whole(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UserError(command + ": " + dashed(option) + " takes a whole number, not '" + value + "'");
        }
    }

    private Path path(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UserError(command + ": " + (option == null ? "" : dashed(option) + ": ") + "not a possible path: '" + value + "' ("
                    + e.getReason() + ")");
        }
    }

    /** The option as the user writes it: {@code -n}, {@code --port}. */
    static String dashed(String option) {
        return (option.length() == 1 ? "-" : "--") + option;
    }
}
