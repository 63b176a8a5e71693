package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.valued;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.Options;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.ctockg.store.InMemoryCorpus;
import org.ctockg.store.TextSearch;

/** Runs one SPARQL query over an in-memory graph of the given reports. */
final class QueryCommand implements CliCommand {

    enum Format { csv, tsv, json, text, xml }

    private Path queryFile;
    private Format format;

    @Override
    public Options options() {
        return CorpusOptions.addTo(new Options()
                .addOption(valued("format", "FORMAT", "csv, tsv, json, xml or text (default " + Format.text + ")")));
    }

    @Override
    public List<String> parameters() {
        return List.of("QUERY.rq");
    }

    @Override
    public int run(Arguments args) {
        queryFile = args.pathParameter(0);
        format = args.choice("format", Format.text);
        CorpusOptions corpus = CorpusOptions.of(args);
        Query query = parse(queryFile);
        InMemoryCorpus.Result loaded = corpus.load();
        // text:query needs the index the server keeps: build one in memory for this run
        Dataset dataset = TextSearch.isUsedBy(query.serialize())
                ? DatasetFactory.wrap(TextSearch.inMemory(loaded.dataset().asDatasetGraph()).dataset())
                : loaded.dataset();
        PrintStream out = new PrintStream(new NonClosing(System.out), false, StandardCharsets.UTF_8);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(ARQ.httpServiceAllowed, false).build()) {
                print(query, qe, out);
            }
        });
        out.flush();
        return loaded.failures() == 0 ? 0 : 1;
    }

    static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such query file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the query: " + e.getMessage());
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserError(file + ": not a valid SPARQL query: " + e.getMessage().replace('\n', ' '));
        }
    }

    private void print(Query query, QueryExecution qe, PrintStream out) {
        if (query.isSelectType()) {
            ResultSetFormatter.output(out, qe.execSelect(), resultsFormat());
        } else if (query.isAskType()) {
            ResultSetFormatter.output(out, qe.execAsk(), resultsFormat());
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
        } else if (query.isDescribeType()) {
            RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
        } else {
            throw new UserError(queryFile + ": only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
        }
    }

    private Lang resultsFormat() {
        return switch (format) {
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case json -> ResultSetLang.RS_JSON;
            case xml -> ResultSetLang.RS_XML;
            case text -> ResultSetLang.RS_Text;
        };
    }

    /** Lets the formatters close what they wrote to without closing standard output. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
