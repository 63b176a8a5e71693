package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** recommendations.rq: units, addressees, the resolution that endorsed them; findings are not recommendations. */
class RecommendationsTest {

    private static Set<String> rows(String text) {
        return new TreeSet<>(Fragments.column(Fragments.rows("recommendations", text), "unit", "addressee", "endorsedIn"));
    }

    @Test
    void aLeadInsAddresseeAppliesToItsItemsThatAskTheConferenceToAct() {
        assertEquals(new TreeSet<>(List.of("24 (a)|conference|", "24 (b)|conference|")), rows(Fragments.report("""
                24. Under agenda item 7, the Working Group recommended that the Conference of the Parties consider:

                (a) Requesting UNODC to continue to promote the use of the Convention. In that regard, UNODC could, upon request, provide technical assistance;

                (b) Encouraging States parties to implement the Convention in respect of trafficking in cultural property.
                """)));
    }

    @Test
    void aLetteredItemStandsWholeWithItsRomanItemsInside() {
        assertEquals(new TreeSet<>(List.of("2 (f)|conference|", "2 (g)|conference|", "2 (h)|conference|", "2 (i)|conference|")),
                rows(Fragments.report("""
                II. Recommendations

                2. The Working Group recommends to the Conference that technical assistance projects should focus on the following activities:

                (f) Build capacity, with a view to the following:

                (i) The establishment of a competent central authority;

                (ii) The establishment of a scheme for coordination;

                (g) Assist States parties in the protection of witnesses;

                (h) Assist States parties in law enforcement cooperation;

                (i) Assist States in the collection of data.
                """)));
    }

    @Test
    void conclusionsAndFindingsAreNotRecommendations() {
        assertEquals(new TreeSet<>(List.of("3 (b)|conference|", "3 (d)|states|")), rows(Fragments.report("""
                II. Conclusions and recommendations

                3. The following conclusions and recommendations were formulated by the Working Group:

                (a) Regional networks of prosecutors are important for facilitating international cooperation;

                (b) The importance of police-to-police cooperation was highlighted and it was recommended that the Conference include an item on it in the agenda of the next meeting;

                (c) The Working Group noted the value of effective coordination among agencies;

                (d) The role of liaison magistrates was considered, and their continued utilization by Governments was recommended;

                (e) No consensus was reached on the way forward on this matter.
                """)));
    }

    @Test
    void eachSentenceOfAChapterParagraphNamesItsAddressee() {
        assertEquals(new TreeSet<>(List.of("5|states|8/4", "6|secretariat|8/4", "6|states|8/4", "7|working group|8/4", "7|states|8/4",
                "8|donors|8/4", "9|secretariat|8/4", "10|states|8/4", "11|states|8/4")), rows(Fragments.report("""
                II. Recommendations

                4. At its meeting held on 19 October 2016, the Working Group adopted the following recommendations, which were amended and endorsed by the Conference in its resolution 8/4.

                5. States parties that have not yet done so should designate a focal point.

                6. States should consider making legislation public. States that have repositories of case law should provide links to them to the Secretariat. UNODC should compile the links.

                7. The Working Group recommends that the Working Group on International Cooperation consider requesting States parties to report on the use of the Convention. Member States are also encouraged to share examples.

                8. The Working Group encourages providers of technical assistance to coordinate, together with the United Nations Office on Drugs and Crime (UNODC), their activities.

                9. The Working Group requests the Secretariat to prepare, for its next meeting, a report on technical assistance.

                10. When investigating predicate offences, Governments should consider conducting parallel financial investigations.

                11. As provided for in the Convention, countries should apply their legislation to the widest range of offences.

                12. The Working Group noted with appreciation the work of the Secretariat.

                III. Organization of the meeting

                13. Some speakers recommended that UNODC submit a regular written report to the Conference.
                """)));
    }

    @Test
    void theMeetingRecommendingOutsideItsChapterAndAListCalledRecommendations() {
        assertEquals(new TreeSet<>(List.of("2|donors|", "3 (a)|states|", "3 (b)|secretariat|")), rows(Fragments.report("""
                2. The Working Group recommended that donors continue to support the regional platforms.

                3. During the joint discussion, the Working Groups made the following recommendations:

                (a) The Working Groups invited Member States that had not yet done so to designate contact points;

                (b) Taking note of article 31 of the Convention, the Working Groups requested UNODC to assist Member States in raising awareness.

                4. The following questions were raised:

                (a) Should the Working Group merge with the expert meeting?
                """)));
    }

    @Test
    void aResolutionCitesAnArticleOnlyWhenItActsOnIt() {
        Set<String> cited = new TreeSet<>(Fragments.column(Fragments.rows("resolution-articles", Fragments.report("""
                1. It was recalled that in its resolution 5/8 the Conference had encouraged States parties to dispose of confiscated proceeds of crime in accordance with article 14 of the Organized Crime Convention.

                2. Several speakers reiterated the need to designate a focal point, pursuant to Conference of the Parties resolution 7/1, and in compliance with article 32, paragraphs 4 and 5, of the Convention.
                """)), "resolution", "article", "paragraph"));
        assertEquals(Set.of("5/8|14|"), cited);
    }
}
