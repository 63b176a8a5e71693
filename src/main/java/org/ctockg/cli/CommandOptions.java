package org.ctockg.cli;

import org.apache.commons.cli.Option;

/**
 * The kinds of option the commands take, as Commons CLI options: a flag, an option with one value,
 * and one with one or more. A name of one letter is a short option ({@code -n}), a longer one a
 * long option ({@code --port}).
 */
final class CommandOptions {
    private CommandOptions() {
    }

    /** An option without a value. */
    static Option flag(String name, String description) {
        return named(name).desc(description).build();
    }

    /** An option with one value. */
    static Option valued(String name, String label, String description) {
        return named(name).hasArg().argName(label).desc(description).build();
    }

    /** An option with a short and a long name ({@code -o}, {@code --output}) and one value. */
    static Option valued(String shortName, String longName, String label, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(label).desc(description).build();
    }

    /** An option with one value or more, up to the next option. */
    static Option repeated(String name, String label, String description) {
        return named(name).hasArgs().argName(label + "...").desc(description).build();
    }

    /** The same option, which must be given. */
    static Option required(Option option) {
        option.setRequired(true);
        option.setDescription(option.getDescription() + " (required)");
        return option;
    }

    private static Option.Builder named(String name) {
        return name.length() == 1 ? Option.builder(name) : Option.builder().longOpt(name);
    }
}
