package org.ctockg.cli;

import java.util.List;

import org.apache.commons.cli.Options;

/** One command of {@code ctoc-kg}: the options and parameters it takes, and its work. */
interface CliCommand {
    /** The options it takes ({@code --help} is every command's). */
    Options options();

    /** The labels of its positional parameters, in order, as its usage line shows them. */
    default List<String> parameters() {
        return List.of();
    }

    /**
     * Does the work with the values given; returns the exit status. A value the user got wrong is a
     * {@link UserError}.
     */
    int run(Arguments args) throws Exception;
}
