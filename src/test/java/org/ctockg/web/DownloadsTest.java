package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The downloads next to the N-Quads dump (a CSV per query of the library) and the feed, on a server without a store catalog. */
@ExtendWith(SeedServer.class)
class DownloadsTest {
    static Http http;

    @BeforeAll
    static void connect(SeedServer.Running server) {
        http = server.http();
    }

    @Test
    void everyQueryOfTheLibraryDownloadsAsCsvNextToTheDump() throws Exception {
        String page = http.get("/dumps/", "Accept", "text/html").body();
        assertTrue(page.contains("href=\"/dumps/ctoc-kg.nq.gz\""));
        JsonNode queries = new ObjectMapper().readTree(http.get("/api/queries").body()).get("queries");
        assertTrue(queries.size() >= 10);
        for (JsonNode q : queries) {
            String file = q.get("name").asText() + ".csv";
            assertTrue(page.contains("href=\"/dumps/" + file + "\""), file);
            HttpResponse<String> csv = http.get("/dumps/" + file);
            assertEquals(200, csv.statusCode(), file);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(file));
            List<String> columns = new ArrayList<>();
            q.get("columns").forEach(c -> columns.add(c.asText()));
            try (CSVParser dump = parse(csv.body());
                 CSVParser api = parse(http.get("/api/queries/" + q.get("name").asText() + "?format=csv").body())) {
                assertEquals(columns, dump.getHeaderNames(), file);
                assertEquals(api.getRecords().size(), dump.getRecords().size(), "the same rows as the API without parameters: " + file);
            }
        }
        assertEquals(404, http.get("/dumps/no-such-query.csv").statusCode());
        assertEquals(404, http.get("/dumps/meetings.rq").statusCode());
    }

    private static CSVParser parse(String csv) throws java.io.IOException {
        return CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build());
    }

    @Test
    void withoutAStoreTheFeedIsAValidEmptyAtomFeed() throws Exception {
        HttpResponse<String> r = http.get("/feed");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        AtomFeed feed = AtomFeed.parse(r.body());
        assertTrue(feed.id().endsWith("/feed"));
        assertEquals(0, feed.entries().size());
    }
}
