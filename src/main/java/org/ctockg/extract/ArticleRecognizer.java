package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.ctockg.diagnostics.Family;
import org.ctockg.reference.InstrumentEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.Sentences;

/**
 * Articles cited, with their paragraphs: "article 18, paragraph 13", "paragraphs 4 and 5 of
 * article 32", "article 32, paragraphs 3 (d) and 4", "articles 16, 18 and 21", a heading ending
 * "(article 23)". Each goes to the instrument named after it ("of the Trafficking in Persons
 * Protocol", "of the Convention against Corruption"), else to the report's own instrument;
 * articles of an instrument we do not know ("of the Vienna Convention") are left out. Each is an
 * {@link ArticleReference}, written by {@link ArticleWriter}, and left in the context for the
 * citations.
 */
final class ArticleRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> provides() {
        return Set.of(ContextFact.ARTICLES);
    }

    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS, ContextFact.CONFERENCE);
    }

    private static final String SUB = "(?:\\s*\\([a-z]{1,4}\\))?";
    private static final String MORE = "(?:\\s*(?:,\\s*and|,\\s*or|,|and|or)\\s*";
    private static final Pattern ARTICLES = Pattern.compile("(?i)\\barticles?\\s+(\\d{1,3}" + SUB + MORE + "(?:article\\s+)?\\d{1,3}" + SUB + ")*)"
            + "(?:\\s*,\\s*(paragraphs?\\s+\\d{1,2}" + SUB + MORE + "\\d{1,2}" + SUB + ")*))?");
    private static final Pattern PARAGRAPHS_OF = Pattern.compile("(?i)\\bparagraphs?\\s+(\\d{1,2}" + SUB + MORE + "\\d{1,2}" + SUB + ")*)\\s+of\\s+article\\s+(\\d{1,3})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern OF_INSTRUMENT = Pattern.compile("^\\s*,?\\s*(?:of|under|in)\\s+(?:the\\s+|that\\s+|this\\s+)?");
    private static final Pattern OTHER_INSTRUMENT = Pattern.compile(
            "^(?:[\\p{Lu}0-9][\\p{L}0-9'-]*\\s+){0,8}(?:Convention|Protocol|Charter|Treaty|Covenant|Statute|Agreement|Declaration|Constitution|Code|Law|Act|rules|Rules)\\b");
    private static final Pattern BARE_CONVENTION = Pattern.compile("^(?:Organized Crime\\s+)?Convention\\b(?!\\s+(?:against|on|for)\\b)");
    private static final Pattern BARE_PROTOCOL = Pattern.compile("^(?:\\w+\\s+){0,4}Protocols?\\b");
    private static final Pattern INSTRUMENT_BEFORE = Pattern.compile("(?:Protocol|Convention|UNCAC|UNTOC)(?:'s)?\\s+$");

    @Override
    public void recognise(ReportContext ctx) {
        for (Block b : ctx.doc.blocks()) {
            String text = b.text();
            if (!text.toLowerCase(java.util.Locale.ROOT).contains("article")) {
                continue;
            }
            for (Sentences.Sentence s : b.sentences()) {
                List<int[]> taken = new ArrayList<>();
                Matcher of = PARAGRAPHS_OF.matcher(s.text());
                while (of.find()) {
                    Optional<InstrumentEntry> instrument = instrument(ctx, s.text(), of.start(), of.end());
                    taken.add(new int[] {of.start(), of.end()});
                    for (String p : numbers(of.group(1))) {
                        mention(ctx, b, s.start() + of.start(), s.start() + of.end(), instrument, of.group(2), p);
                    }
                }
                Matcher a = ARTICLES.matcher(s.text());
                while (a.find()) {
                    int start = a.start();
                    if (taken.stream().anyMatch(t -> t[0] <= start && start < t[1])) {
                        continue;
                    }
                    Optional<InstrumentEntry> instrument = instrument(ctx, s.text(), a.start(), a.end());
                    List<String> articles = numbers(a.group(1));
                    List<String> paragraphs = a.group(2) == null ? List.of() : numbers(a.group(2));
                    for (int k = 0; k < articles.size(); k++) {
                        String article = articles.get(k);
                        if (paragraphs.isEmpty() || k < articles.size() - 1) {
                            mention(ctx, b, s.start() + a.start(), s.start() + a.end(), instrument, article, null);
                        } else {
                            for (String p : paragraphs) {
                                mention(ctx, b, s.start() + a.start(), s.start() + a.end(), instrument, article, p);
                            }
                        }
                    }
                }
            }
        }
    }

    private static List<String> numbers(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(list.replaceAll("\\([a-z]{1,4}\\)", ""));
        while (m.find()) {
            out.add(Integer.toString(Integer.parseInt(m.group())));
        }
        return out;
    }

    /** The instrument an article citation belongs to, or empty for an instrument we do not know. */
    static Optional<InstrumentEntry> instrument(ReportContext ctx, String sentence, int start, int end) {
        String after = sentence.substring(end);
        Matcher of = OF_INSTRUMENT.matcher(after);
        if (of.lookingAt()) {
            String rest = after.substring(of.end());
            List<NameMatch<InstrumentEntry>> named = ctx.reference.instruments().gazetteer().findAll(rest.substring(0, Math.min(rest.length(), 250)));
            if (!named.isEmpty() && named.get(0).start() <= 4) {
                return Optional.of(named.get(0).entity());
            }
            if (BARE_CONVENTION.matcher(rest).lookingAt()) {
                return defaultConvention(ctx);
            }
            if (BARE_PROTOCOL.matcher(rest).lookingAt()) {
                return ownProtocol(ctx);
            }
            if (OTHER_INSTRUMENT.matcher(rest).lookingAt()) {
                return Optional.empty();
            }
        }
        String before = sentence.substring(Math.max(0, start - 120), start);
        if (INSTRUMENT_BEFORE.matcher(before).find()) {
            List<NameMatch<InstrumentEntry>> named = ctx.reference.instruments().gazetteer().findAll(before);
            if (!named.isEmpty() && before.length() - named.get(named.size() - 1).end() <= 4) {
                return Optional.of(named.get(named.size() - 1).entity());
            }
            if (before.strip().endsWith("Protocol") || before.strip().endsWith("Protocol's")) {
                return ownProtocol(ctx);
            }
            if (before.strip().matches("(?s).*\\b(?:Organized Crime )?Convention(?:'s)?$")) {
                return defaultConvention(ctx);
            }
        }
        return ownInstrument(ctx);
    }

    /** The convention of the report's conference; none when the report names none of our bodies. */
    private static Optional<InstrumentEntry> defaultConvention(ReportContext ctx) {
        if (ctx.conference == null || ctx.conference.instrumentCode() == null || ctx.conference.instrumentCode().isEmpty()) {
            return Optional.empty();
        }
        return ctx.reference.instruments().byCode(ctx.conference.instrumentCode());
    }

    /** The Protocol a working group on it works under, when the report is about one. */
    private static Optional<InstrumentEntry> ownProtocol(ReportContext ctx) {
        for (ReportContext.Meeting m : ctx.meetings) {
            String code = m.body().instrumentCode();
            Optional<InstrumentEntry> i = code == null ? Optional.empty() : ctx.reference.instruments().byCode(code);
            if (i.isPresent() && "protocol".equals(i.get().kind())) {
                return i;
            }
        }
        return Optional.empty();
    }

    /** An article named with no instrument: the report's Protocol if its body works on one, else its Convention. */
    private static Optional<InstrumentEntry> ownInstrument(ReportContext ctx) {
        Optional<InstrumentEntry> protocol = ownProtocol(ctx);
        return protocol.isPresent() ? protocol : defaultConvention(ctx);
    }

    private static void mention(ReportContext ctx, Block b, int start, int end, Optional<InstrumentEntry> instrument,
                                String article, String paragraph) {
        if (instrument.isEmpty()) {
            ctx.skip(Family.ARTICLES, b, "article " + article + " of an instrument not in data/reference/");
            return;
        }
        ArticleReference r = new ArticleReference(b, start, end, instrument.get(), article, paragraph);
        Node cited = new ArticleWriter(ctx).write(r);
        ctx.articles.add(new ReportContext.ArticleMention(b, start, end, r.instrument().code(), article, paragraph, cited));
    }
}
