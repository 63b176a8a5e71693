package org.ctockg.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;

/** The reference tables of data/reference, read once from the copy the jar carries. */
public final class ReferenceData {
    private static volatile ReferenceData loaded;

    private final Catalog<StateEntry> states;
    private final Catalog<OrganizationEntry> organizations;
    private final Bodies bodies;
    private final Instruments instruments;

    ReferenceData(List<StateEntry> states, List<OrganizationEntry> organizations, List<BodyEntry> bodies,
                  List<InstrumentEntry> instruments, List<ArticleEntry> articles) {
        this.states = new Catalog<>(states, StateEntry::alpha3,
                s -> Stream.concat(Stream.of(s.name()), s.variants().stream()).toList(), false);
        this.organizations = new Catalog<>(organizations, OrganizationEntry::slug,
                o -> Stream.concat(Stream.of(o.name()), o.variants().stream()).toList(), false);
        this.bodies = new Bodies(bodies);
        this.instruments = new Instruments(instruments, articles);
    }

    public static ReferenceData load() {
        ReferenceData r = loaded;
        if (r == null) {
            synchronized (ReferenceData.class) {
                if (loaded == null) {
                    loaded = read();
                }
                r = loaded;
            }
        }
        return r;
    }

    private static ReferenceData read() {
        return new ReferenceData(
                table("states.csv", r -> new StateEntry(r.get("alpha3"), r.get("alpha2"), r.get("m49"), r.get("name"),
                        r.get("status"), list(r.get("variants")))),
                table("organizations.csv", r -> new OrganizationEntry(r.get("slug"), r.get("name"), r.get("kind"), list(r.get("variants")))),
                table("bodies.csv", r -> new BodyEntry(r.get("slug"), r.get("code"), r.get("name"), r.get("kind"),
                        r.get("conference"), r.get("instrument"), list(r.get("variants")))),
                table("instruments.csv", r -> new InstrumentEntry(r.get("code"), r.get("kind"), r.get("name"), r.get("parent"),
                        list(r.get("variants")))),
                table("articles.csv", r -> new ArticleEntry(r.get("instrument"), Integer.parseInt(r.get("number")), r.get("title"))));
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }

    private static <T> List<T> table(String name, Function<CSVRecord, T> row) {
        String resource = "ctoc-kg/reference/" + name;
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (rebuild the jar)");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<T> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                out.add(row.apply(r));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Catalog<StateEntry> states() {
        return states;
    }

    public Catalog<OrganizationEntry> organizations() {
        return organizations;
    }

    public Bodies bodies() {
        return bodies;
    }

    public Instruments instruments() {
        return instruments;
    }

    /** The reference data as RDF under the given base: States, organizations, bodies, instruments, articles. */
    public Graph toGraph(org.ctockg.rdf.Iris iris) {
        return ReferenceGraph.build(this, iris);
    }
}
