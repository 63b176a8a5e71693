package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.text.Block;
import org.ctockg.text.Sentences;

/**
 * Panellists, with the country after the name or the organization they represent: "led by the
 * following panellists: A (Country), B (Country) and C (Country)", "led by the panellist Ms.
 * Virginia Prugh (United States)", "Ignacio de Lucas, a representative of UNODC".
 */
final class PanellistRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS);
    }

    private static final Pattern PANEL = Pattern.compile("(?i)\\bpanel+ists?\\b");

    @Override
    public void recognise(ReportContext ctx) {
        PersonRoleWriter writer = new PersonRoleWriter(ctx);
        for (PersonInRole p : find(ctx)) {
            writer.write(p);
        }
    }

    static List<PersonInRole> find(ReportContext ctx) {
        List<PersonInRole> out = new ArrayList<>();
        for (Block b : ctx.doc.blocks()) {
            if (!b.kind().isProse()) {
                continue;
            }
            for (Sentences.Sentence s : b.sentences()) {
                Matcher panel = PANEL.matcher(s.text());
                if (!panel.find()) {
                    continue;
                }
                String rest = s.text().substring(panel.end());
                int colon = rest.indexOf(':');
                if (colon >= 0 && colon < 40) {
                    rest = rest.substring(colon + 1);
                } else if (!s.text().substring(panel.start(), panel.end()).toLowerCase(java.util.Locale.ROOT).endsWith("t")) {
                    continue;
                }
                for (String item : NamedPerson.items(rest)) {
                    NamedPerson.read(ctx, item).ifPresent(p -> out.add(new PersonInRole(p, MeetingOffice.PANELLIST, b)));
                }
            }
        }
        return out;
    }
}
