package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ActsAndArticlesTest {

    private static Set<String> acts(String body) {
        return new TreeSet<>(Fragments.column(Fragments.rows("conference-acts", Fragments.report(body)), "act", "conference"));
    }

    private static Set<String> articles(String body) {
        return new TreeSet<>(Fragments.column(Fragments.rows("article-mentions", Fragments.report(body)), "article", "paragraph"));
    }

    private static final String COP = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime";
    private static final String COSP = "Conference of the States Parties to the United Nations Convention against Corruption";

    @Test
    void listsOfActsAndTheirConferences() {
        assertEquals(new TreeSet<>(List.of("decision 2/6|" + COP, "decision 4/3|" + COP, "resolution 3/1|" + COSP,
                "resolution 4/3|" + COSP, "resolution 7/1|" + COP)), acts("""
                1. Pursuant to Conference decisions 2/6 and 4/3, the Working Group met. In its resolution 3/1, the Conference of the States Parties to the United Nations Convention against Corruption established a mechanism.

                2. Recalling resolution 4/3 of the Conference of the States Parties to the Convention against Corruption and resolution 7/1, entitled "Strengthening the implementation", of the Conference.

                3. Recalling General Assembly resolution 55/25 and Economic and Social Council resolution 2004/27.
                """));
    }

    @Test
    void articleForms() {
        assertEquals(new TreeSet<>(List.of("18|13", "32|4", "32|5", "16|", "18|", "21|", "32|3", "23|")), articles("""
                1. Bearing in mind article 18, paragraph 13, of the Organized Crime Convention and paragraphs 4 and 5 of article 32 of the Convention, and articles 16, 18 and 21, and article 32, paragraphs 3 (d) and 4.

                A. Obstruction of justice (article 23)
                """));
    }

    @Test
    void articlesOfProtocolsOtherConventionsAndRulesAreLeftOut() {
        assertEquals(Set.of(), articles("""
                1. Speakers referred to article 5 of the Trafficking in Persons Protocol, to article 46 of the United Nations Convention against Corruption, to article 31 of the Vienna Convention on the Law of Treaties and to rule 2, paragraph 2, of the rules of procedure.
                """));
    }

    @Test
    void resolutionsCiteArticlesDirectlyAndThroughEndorsedRecommendations() {
        Set<String> rows = new TreeSet<>(Fragments.column(Fragments.rows("resolution-articles", Fragments.report("""
                1. It was recalled that in its resolution 5/8 the Conference had encouraged States parties to act in accordance with article 14 of the Organized Crime Convention.

                II. Recommendations

                2. At its meeting, the Working Group adopted the following recommendations, which were amended and endorsed by the Conference in its resolution 8/4.

                A. Criminalization of obstruction of justice (article 23)

                3. States should implement paragraphs 4 and 5 of article 32 of the Convention.

                III. Organization of the meeting

                4. Speakers mentioned article 6 of the Convention.
                """)), "resolution", "article", "paragraph"));
        assertEquals(new TreeSet<>(List.of("5/8|14|", "8/4|23|", "8/4|32|4", "8/4|32|5")), rows);
    }
}
