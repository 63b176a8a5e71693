package org.ctockg.cli;

import org.ctockg.store.DatabaseUnavailableException;
import org.ctockg.store.DatabaseWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A user's mistake ({@link UserError}, or a bad argument) becomes one line on standard error and
 * exit status 2; a database that cannot be written (a full disk) one line and status 1; anything
 * else is a bug and keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (ex instanceof UserError || ex instanceof IllegalArgumentException || ex instanceof DatabaseUnavailableException) {
            LOG.error(ex.getMessage());
            return 2;
        }
        if (ex instanceof DatabaseWriteException) {
            LOG.error(ex.getMessage());
            return 1;
        }
        throw ex;
    }
}
