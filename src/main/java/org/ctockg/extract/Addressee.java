package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/**
 * Whom a recommendation asks to act, as its text states it: the Conference, States, the
 * Secretariat (UNODC), donors (providers of technical assistance), a working group.
 */
enum Addressee {
    CONFERENCE(Ctoc.addresseeConference, "(?:the\\s+)?Conference\\b"),
    WORKING_GROUP(Ctoc.addresseeWorkingGroup, "(?:the\\s+|both\\s+)?(?:open-ended\\s+)?(?:intergovernmental\\s+)?(?:Working\\s+Groups?|expert\\s+groups?)\\b"),
    SECRETARIAT(Ctoc.addresseeSecretariat, "(?:the\\s+)?(?:Secretariat|UNODC|United\\s+Nations\\s+Office\\s+on\\s+Drugs\\s+and\\s+Crime|Office)\\b"),
    DONORS(Ctoc.addresseeDonors, "(?:the\\s+|all\\s+|interested\\s+|potential\\s+|bilateral\\s+|multilateral\\s+)*(?:donors?|donor\\s+(?:States|countries|Governments|community)|providers?\\s+of\\s+(?:technical\\s+)?assistance|(?:technical\\s+)?assistance\\s+providers)\\b"),
    STATES(Ctoc.addresseeStates, "(?:the\\s+|all\\s+|each\\s+|interested\\s+|relevant\\s+|requesting\\s+|requested\\s+)*(?:Member\\s+States|States?(?:\\s+part(?:y|ies))?|Governments?|countries|Parties|national\\s+authorities)\\b");

    private static final List<Addressee> IN_ORDER = List.of(DONORS, CONFERENCE, WORKING_GROUP, SECRETARIAT, STATES);
    private static final String VERB_OF_SAYING = "(?:recommend\\w*|decided|agreed|noted|suggested|proposed|stressed|emphasized|concluded|considered)";
    /** "recommends to the Conference that", "recommended that the Conference consider". */
    private static final Pattern RECOMMENDS_TO = Pattern.compile("(?i)\\brecommend(?:s|ed)?\\s+to\\s+(.{3,80}?)\\s+that\\b");
    private static final Pattern RECOMMENDS_THAT = Pattern.compile("(?i)\\brecommend(?:s|ed)?\\s+that\\s+(.{3,80})");
    /** "requests the Secretariat to", "invited Member States that had not yet done so to", "requires each State party to". */
    private static final Pattern ASKS = Pattern.compile(
            "(?i)\\b(?:requests?|requested|invites?|invited|encourages?|encouraged|urges?|urged|calls?\\s+upon|called\\s+upon|requires?|required|asks?|asked)\\s+(.{3,80})");
    /** "States should", "UNODC is requested to". */
    private static final Pattern MODAL = Pattern.compile(
            "(?i)\\b(?:should|shall|must|(?:is|are)\\s+(?:also\\s+|further\\s+|strongly\\s+)?(?:requested|encouraged|invited|urged|called\\s+upon)\\s+to)\\b");
    /** "their continued utilization by Governments was recommended". */
    private static final Pattern BY_RECOMMENDED = Pattern.compile("(?i)\\bby\\s+(.{3,60}?)\\s+(?:was|were|is|are)\\s+(?:also\\s+)?recommended\\b");
    private static final Pattern SAYING_THAT = Pattern.compile("(?i)^.*\\b" + VERB_OF_SAYING + "(?:\\s+to\\s+[^,;]{3,80}?)?\\s+that\\s+");
    private static final Pattern LEADING_LINK = Pattern.compile("(?i)^(?:(?:and|or|also|further|moreover|that|in\\s+addition)\\b[\\s,]*)+");

    private final Node concept;
    private final Pattern start;

    Addressee(Node concept, String start) {
        this.concept = concept;
        this.start = Pattern.compile("(?i)^" + start);
    }

    Node concept() {
        return concept;
    }

    /** The addressee a phrase starts with ("the Secretariat to complete ..." → secretariat), if any. */
    static Optional<Addressee> startingWith(String phrase) {
        String p = phrase.strip();
        for (Addressee a : IN_ORDER) {
            if (a.start.matcher(p).lookingAt()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The addressees a text states, in order: "recommends to the Conference that ...", "recommended
     * that the Conference consider ...", "requests the Secretariat to ...", "States should ...",
     * "... by Governments was recommended". "technical assistance projects should focus" after
     * "recommends to the Conference that" is the Conference's; a gerund ("Requesting UNODC to ...")
     * asks nobody: it is what the addressee of the lead-in is to do.
     */
    static List<Addressee> statedIn(String text) {
        List<int[]> at = new ArrayList<>();
        find(RECOMMENDS_TO, text, at);
        find(RECOMMENDS_THAT, text, at);
        find(ASKS, text, at);
        find(BY_RECOMMENDED, text, at);
        Matcher m = MODAL.matcher(text);
        while (m.find()) {
            subjectOf(text, m.start()).ifPresent(a -> at.add(new int[] {m.start(), a.ordinal()}));
        }
        at.sort(java.util.Comparator.comparingInt(x -> x[0]));
        List<Addressee> out = new ArrayList<>();
        for (int[] x : at) {
            Addressee a = values()[x[1]];
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static void find(Pattern p, String text, List<int[]> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Optional<Addressee> a = startingWith(m.group(1));
            if (a.isPresent()) {
                into.add(new int[] {m.start(1), a.get().ordinal()});
            }
        }
    }

    /** The subject of a "should": the clause before it, after what introduces it ("..., States should", "recommends that UNODC should"). */
    private static Optional<Addressee> subjectOf(String text, int modal) {
        int from = Math.max(Math.max(text.lastIndexOf(',', modal - 1), text.lastIndexOf(';', modal - 1)),
                Math.max(text.lastIndexOf(':', modal - 1), sentenceStart(text, modal)));
        String clause = text.substring(from + 1 > modal ? modal : from + 1, modal);
        clause = SAYING_THAT.matcher(clause).replaceFirst("");
        clause = LEADING_LINK.matcher(clause.strip()).replaceFirst("");
        return startingWith(clause);
    }

    private static int sentenceStart(String text, int before) {
        for (int i = before - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == ' ' && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
