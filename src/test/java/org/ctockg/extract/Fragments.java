package org.ctockg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;

/** Runs a contract query of queries/ over a report written inline in a test. */
final class Fragments {
    static final String HEAD = """
            Conference of the Parties to the United Nations Convention against Transnational Organized Crime

            Distr.: General
            7 November 2016

            Report on the meeting of the Working Group of Government Experts on Technical Assistance held in Vienna from 17 to 19 October 2016

            I. Introduction

            """;

    private static final ReferenceData REFERENCE = ReferenceData.load();

    private Fragments() {
    }

    /** A report with the usual masthead of a Technical Assistance meeting and the given body. */
    static String report(String body) {
        return HEAD + body;
    }

    static List<Map<String, String>> rows(String query, String reportText) {
        try {
            return select(Files.readString(Path.of("queries", query + ".rq")), reportText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a SPARQL query written in the test over a report written inline. */
    static List<Map<String, String>> select(String q, String reportText) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ctoc-test");
            Path file = dir.resolve("report.txt");
            Files.writeString(file, reportText, StandardCharsets.UTF_8);
            ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), REFERENCE);
            Dataset ds = InMemoryCorpus.load(List.of(file), extractor, REFERENCE, d -> { }).dataset();
            return Txn.calculateRead(ds, () -> {
                List<Map<String, String>> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new LinkedHashMap<>();
                        for (String v : rs.getResultVars()) {
                            RDFNode n = s.get(v);
                            row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                        out.add(row);
                    }
                }
                return out;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary folder is not worth failing a test for
        }
    }

    /** The values of some columns of each row, joined with "|", e.g. "FRA|party". */
    static List<String> column(List<Map<String, String>> rows, String... columns) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            List<String> parts = new ArrayList<>();
            for (String c : columns) {
                parts.add(r.get(c));
            }
            out.add(String.join("|", parts));
        }
        return out;
    }
}
