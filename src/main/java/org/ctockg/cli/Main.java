package org.ctockg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar ctoc-kg.jar COMMAND ...}: the commands of the contract and a few more. */
@Command(name = "ctoc-kg", mixinStandardHelpOptions = true, version = "ctoc-kg 0.1",
        description = "Knowledge graph of the reports of the UNTOC Conference of the Parties and its working groups.",
        subcommands = {QueryCommand.class, ExtractCommand.class, ValidateCommand.class, ServeCommand.class, LoadCommand.class, CheckCommand.class,
                BenchExtractCommand.class, BenchServeCommand.class, BenchScaleCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
