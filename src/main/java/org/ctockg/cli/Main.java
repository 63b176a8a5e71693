package org.ctockg.cli;

import java.util.List;

import org.apache.jena.sys.JenaSystem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionStrategy;

/** {@code java -jar ctoc-kg.jar COMMAND ...}: the commands of the contract and a few more. */
@Command(name = "ctoc-kg", mixinStandardHelpOptions = true, version = "ctoc-kg 0.1",
        description = "Knowledge graph of the reports of the UNTOC Conference of the Parties and its working groups.")
public final class Main implements Runnable {
    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(QueryCommand.class, ExtractCommand.class, ValidateCommand.class,
            ServeCommand.class, LoadCommand.class, CheckCommand.class, BenchExtractCommand.class, BenchServeCommand.class,
            BenchScaleCommand.class);

    /**
     * Runs the command. Every command uses Jena, whose initialisation takes half a second: it runs
     * on a second core while picocli, on this thread, reads the command line, and the command
     * waits for it. Nothing on this thread may touch Jena before then (Jena lets a second caller
     * through while the first is still initialising it), so option types name no Jena class
     * ({@code MainTest} checks).
     */
    public static void main(String[] args) {
        Thread jena = null;
        if (args.length > 0 && COMMANDS.stream().anyMatch(c -> name(c).equals(args[0]))) {
            jena = new Thread(JenaSystem::init, "jena-init");
            jena.start();
        }
        CommandLine cl = commandLine(args);
        if (jena != null) {
            Thread initialising = jena;
            IExecutionStrategy strategy = cl.getExecutionStrategy();
            cl.setExecutionStrategy(parsed -> {
                awaitQuietly(initialising);
                return strategy.execute(parsed);
            });
        }
        System.exit(cl.execute(args));
    }

    private static void awaitQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command line with every command. */
    static CommandLine commandLine() {
        return withCommands(COMMANDS);
    }

    /**
     * The command line for these arguments: with the command they name only, when they name one.
     * picocli reads the annotations of every command it is given, which cost a start of
     * {@code serve} a third of a second for commands it does not run; help and unknown
     * commands get them all.
     */
    static CommandLine commandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (name(c).equals(args[0])) {
                    return withCommands(List.of(c));
                }
            }
        }
        return commandLine();
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The command classes (for tests). */
    static List<Class<?>> commands() {
        return COMMANDS;
    }

    private static CommandLine withCommands(List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new Main());
        commands.forEach(cl::addSubcommand);
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
