package org.ctockg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Asks a running server for one resource of each kind an analyst opens most ({@code pages.rq}); returns their paths. */
public final class SamplePages {
    private SamplePages() {
    }

    public static List<String> of(String url) throws IOException, InterruptedException {
        String query;
        try (InputStream in = SamplePages.class.getResourceAsStream("/org/ctockg/bench/pages.rq")) {
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpRequest request = HttpLoad.get(url + "/ctoc/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        String csv = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return csv.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).map(iri -> URI.create(iri).getRawPath()).toList();
    }
}
