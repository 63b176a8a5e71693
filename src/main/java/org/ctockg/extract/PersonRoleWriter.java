package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.FactSink;
import org.ctockg.rdf.Iris;
import org.ctockg.vocab.Ctoc;

/**
 * Writes people in their roles: the ctoc:Person by name, and a ctoc:PersonRole per person, role
 * and meeting with the affiliation given after the name and the paragraph it was read from.
 */
final class PersonRoleWriter {
    private final ReportContext ctx;

    PersonRoleWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(PersonInRole p) {
        ReportContext.Meeting meeting = ctx.meetingFor(p.from()).orElse(null);
        if (meeting == null) {
            return;
        }
        String name = p.person().name();
        String role = p.office().notation();
        Node person = ctx.iris.person(name);
        ctx.sink.type(person, Ctoc.Person);
        ctx.sink.string(person, FactSink.FOAF_NAME, name);
        ctx.sink.label(person, name);
        Node n = ctx.iris.inReport(ctx.reportId, "person-role/" + Iris.slug(name) + "/" + role
                + (ctx.meetings.size() > 1 ? "/" + meeting.body().slug() : ""));
        ctx.sink.type(n, Ctoc.PersonRole);
        ctx.sink.add(n, Ctoc.person, person);
        ctx.sink.add(n, Ctoc.inMeeting, meeting.node());
        ctx.sink.add(n, Ctoc.role, p.office().concept());
        if (p.person().affiliation() != null) {
            ctx.sink.add(n, Ctoc.affiliation, p.person().affiliation());
        }
        ctx.sink.evidence(n, ctx.unit(p.from()));
        ctx.sink.label(n, name + " (" + role + ")");
    }
}
