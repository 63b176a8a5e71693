package org.ctockg.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar ctoc-kg.jar COMMAND ...}: the commands of the contract and a few more. */
@Command(name = "ctoc-kg", mixinStandardHelpOptions = true, version = "ctoc-kg 0.1",
        description = "Knowledge graph of the reports of the UNTOC Conference of the Parties and its working groups.")
public final class Main implements Runnable {
    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(QueryCommand.class, ExtractCommand.class, ValidateCommand.class,
            ServeCommand.class, LoadCommand.class, CheckCommand.class, BenchExtractCommand.class, BenchServeCommand.class,
            BenchScaleCommand.class);

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with every command. */
    static CommandLine commandLine() {
        return withCommands(COMMANDS);
    }

    /**
     * The command line for these arguments: with the command they name only, when they name one.
     * picocli reads the annotations of every command it is given, which cost a start of
     * {@code serve} about 0.1 s (measured alternately) for commands it does not run; help and unknown
     * commands get them all.
     */
    static CommandLine commandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    return withCommands(List.of(c));
                }
            }
        }
        return commandLine();
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
