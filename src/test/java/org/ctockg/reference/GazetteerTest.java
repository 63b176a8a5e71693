package org.ctockg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final ReferenceData data = ReferenceData.load();

    private List<String> states(String text) {
        return data.states().gazetteer().findAll(text).stream().map(m -> m.entity().alpha3()).toList();
    }

    @Test
    void longestNameWinsAndWordBoundariesHold() {
        assertEquals(List.of("NER", "NGA", "GNB", "GNQ", "PNG", "DMA", "DOM", "SSD", "SDN", "COD", "COG", "PRK", "KOR"),
                states("Niger, Nigeria, Guinea-Bissau, Equatorial Guinea, Papua New Guinea, Dominica, Dominican Republic, "
                        + "South Sudan, Sudan, Democratic Republic of the Congo, Congo, Democratic People's Republic of Korea and Republic of Korea"));
    }

    @Test
    void variantsUnNamesUse() {
        assertEquals(List.of("IRN", "IRN", "CIV", "CIV", "TUR", "TUR", "MKD", "CZE", "USA", "GBR"),
                states("Iran (Islamic Republic of), Islamic Republic of Iran, Côte d'Ivoire, Cote d\u2019Ivoire, Turkey, Türkiye, "
                        + "the former Yugoslav Republic of Macedonia, Czech Republic, United States and United Kingdom of Great Britain and Northern Ireland"));
    }

    @Test
    void namesSplitByALineBreakStillMatch() {
        assertEquals(List.of("RUS", "USA"), states("the Russian\nFederation and the United States of\nAmerica"));
    }

    @Test
    void bodiesMatchWhateverTheCase() {
        assertEquals("IC", data.bodies().gazetteer().findAll("that an open-ended working group on international cooperation would be")
                .get(0).entity().code());
    }

    @Test
    void referenceTablesAreComplete() {
        assertEquals(195, data.states().all().size());
        assertEquals(41, data.instruments().articles("untoc").size());
        assertEquals(195, data.states().all().stream().map(StateEntry::alpha3).distinct().count());
    }
}
