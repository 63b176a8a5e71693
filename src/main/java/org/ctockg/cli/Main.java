package org.ctockg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.ctockg.store.DatabaseUnavailableException;
import org.ctockg.store.DatabaseWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ctoc-kg.jar COMMAND ...}: the commands of the contract and a few more.
 *
 * <p>A user's mistake (an unknown command or option, a missing or malformed value, a
 * {@link UserError}) is one line on standard error and exit status 2; a database that cannot be
 * written (a full disk) or a file that cannot be written one line and status 1; anything else is
 * a bug and keeps its stack trace. The command line is read with Apache Commons CLI, which costs
 * a start a hundredth of a second; picocli, used before, cost a start of {@code serve} a fifth of
 * a second of CPU, a sixth of bare Fuseki's whole start.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    private static final String VERSION = "ctoc-kg 0.1";
    private static final String SUMMARY = "Knowledge graph of the reports of the UNTOC Conference of the Parties and its working groups.";
    private static final int HELP_WIDTH = 100;

    /** A command as the help lists it; its class is loaded only when it runs. */
    private record Entry(String name, String summary, Supplier<CliCommand> make) {
    }

    /** The commands, in the order the help lists them. */
    private static final List<Entry> COMMANDS = List.of(
            new Entry("query", "Run one SPARQL query over the graph of the given reports (no server, no database).",
                    () -> new QueryCommand()),
            new Entry("extract", "Write the graph of the given reports as Turtle, TriG, N-Quads, JSON-LD or RDF/XML.",
                    () -> new ExtractCommand()),
            new Entry("validate", "Check the graph of the given reports against the SHACL shapes; print each violation as one line.",
                    () -> new ValidateCommand()),
            new Entry("serve", "Build or update the store from the reports, then serve SPARQL and linked data.",
                    () -> new ServeCommand()),
            new Entry("load", "Add the given reports to the database (created if missing), replacing changed ones; other stored "
                    + "reports stay. Fails if a server has the database open.", () -> new LoadCommand()),
            new Entry("check", "For each report, list per fact family what was recognised and what was skipped, and why.",
                    () -> new CheckCommand()),
            new Entry("bench-extract", "Measure extraction throughput over N copies of the given reports (in memory).",
                    () -> new BenchExtractCommand()),
            new Entry("bench-serve", "Measure a running server: SPARQL queries, resource pages and the query API with 1, 8 and 32 "
                    + "clients; the dashboard's render in headless Chromium.", () -> new BenchServeCommand()),
            new Entry("bench-scale", "Measure load, reload, start-up and pages on a synthetic corpus of N reports against Jena's "
                    + "own tools.", () -> new BenchScaleCommand()));

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** Runs the command the arguments name; returns its exit status. */
    static int run(String... args) throws Exception {
        if (args.length == 0) {
            printHelp(System.err);
            return 2;
        }
        String first = args[0];
        if (isHelp(first)) {
            printHelp(System.out);
            return 0;
        }
        if (first.equals("-V") || first.equals("--version")) {
            System.out.println(VERSION);
            return 0;
        }
        Entry entry = COMMANDS.stream().filter(e -> e.name().equals(first)).findFirst().orElse(null);
        if (entry == null) {
            System.err.println("ctoc-kg: no command '" + first + "'; the commands are "
                    + String.join(", ", COMMANDS.stream().map(Entry::name).toList()) + " (ctoc-kg --help says what each does)");
            return 2;
        }
        CliCommand command = entry.make().get();
        Options options = command.options().addOption(CommandOptions.flag("help", "say what the command does and the options it takes"));
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.stream(rest).anyMatch(Main::isHelp)) {
            printHelp(entry, command, options, System.out);
            return 0;
        }
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).build().parse(options, rest);
        } catch (ParseException e) {
            return usageError(entry, e.getMessage());
        }
        List<String> given = line.getArgList();
        List<String> wanted = command.parameters();
        if (given.size() < wanted.size()) {
            return usageError(entry, "missing " + String.join(" ", wanted.subList(given.size(), wanted.size())));
        }
        if (given.size() > wanted.size()) {
            return usageError(entry, "unexpected argument '" + given.get(wanted.size()) + "'");
        }
        try {
            return command.run(new Arguments(entry.name(), line));
        } catch (UserError | IllegalArgumentException | DatabaseUnavailableException e) {
            LOG.error(e.getMessage());
            return 2;
        } catch (DatabaseWriteException e) {
            LOG.error(e.getMessage());
            return 1;
        } catch (IOException e) {
            LOG.error("{}: {}", entry.name(), e.toString());
            return 1;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help");
    }

    private static int usageError(Entry entry, String message) {
        System.err.println("ctoc-kg " + entry.name() + ": " + message + " (ctoc-kg " + entry.name() + " --help lists its options)");
        return 2;
    }

    private static void printHelp(PrintStream out) {
        out.println("Usage: ctoc-kg COMMAND [options]");
        out.println(SUMMARY);
        out.println();
        out.println("Commands:");
        int width = COMMANDS.stream().mapToInt(e -> e.name().length()).max().orElse(0) + 2;
        for (Entry e : COMMANDS) {
            out.println("  " + e.name() + " ".repeat(width - e.name().length()) + e.summary());
        }
        out.println();
        out.println("ctoc-kg COMMAND --help lists a command's options; ctoc-kg --version says which version this is.");
    }

    private static void printHelp(Entry entry, CliCommand command, Options options, PrintStream out) {
        HelpFormatter help = HelpFormatter.builder().get();
        help.setSyntaxPrefix("Usage: ");
        help.setOptionComparator(null); // as declared
        List<String> usage = new ArrayList<>(List.of("ctoc-kg", entry.name()));
        usage.addAll(command.parameters());
        usage.add("[options]");
        String syntax = String.join(" ", usage);
        PrintWriter writer = new PrintWriter(out, false, StandardCharsets.UTF_8);
        help.printHelp(writer, HELP_WIDTH, syntax, entry.summary() + "\nOptions:", options, 2, 3, "", false);
        writer.flush();
    }
}
