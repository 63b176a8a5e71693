package org.ctockg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the ctoc-kg ontology ({@code ontology/ctoc.ttl}). Every constant here is
 * declared, labelled and commented there; OntologyTest keeps the two in step.
 */
public final class Ctoc {
    public static final String NS = "https://w3id.org/ctoc-kg/ontology/";

    private Ctoc() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // classes: the reports and their text
    public static final Node Report = term("Report");
    public static final Node TextUnit = term("TextUnit");
    public static final Node Paragraph = term("Paragraph");
    public static final Node Subparagraph = term("Subparagraph");
    public static final Node Heading = term("Heading");
    public static final Node Footnote = term("Footnote");

    // classes: what the reports are about
    public static final Node Meeting = term("Meeting");
    public static final Node Session = term("Session");
    public static final Node Body = term("Body");
    public static final Node Conference = term("Conference");
    public static final Node WorkingGroup = term("WorkingGroup");
    public static final Node ConferenceAct = term("ConferenceAct");
    public static final Node Decision = term("Decision");
    public static final Node Resolution = term("Resolution");
    public static final Node Recommendation = term("Recommendation");
    public static final Node AgendaItem = term("AgendaItem");
    public static final Node Mandate = term("Mandate");
    public static final Node ArticleCitation = term("ArticleCitation");

    // classes: who took part
    public static final Node Participant = term("Participant");
    public static final Node State = term("State");
    public static final Node RegionalOrganization = term("RegionalEconomicIntegrationOrganization");
    public static final Node ObserverEntity = term("ObserverEntity");
    public static final Node IntergovernmentalOrganization = term("IntergovernmentalOrganization");
    public static final Node UnitedNationsEntity = term("UnitedNationsEntity");
    public static final Node OtherOrganization = term("OtherOrganization");
    public static final Node Participation = term("Participation");
    public static final Node Statement = term("Statement");
    public static final Node Person = term("Person");
    public static final Node PersonRole = term("PersonRole");
    public static final Node Role = term("Role");
    public static final Node AddresseeKind = term("AddresseeKind");

    // classes: instruments and documents
    public static final Node Instrument = term("Instrument");
    public static final Node Convention = term("Convention");
    public static final Node Protocol = term("Protocol");
    public static final Node Article = term("Article");
    public static final Node ArticleParagraph = term("ArticleParagraph");
    public static final Node Document = term("Document");

    // properties of reports and text units
    public static final Node sourceFile = term("sourceFile");
    public static final Node contentHash = term("contentHash");
    public static final Node symbol = term("symbol");
    public static final Node distributionDate = term("distributionDate");
    public static final Node reportsOn = term("reportsOn");
    public static final Node issuedFor = term("issuedFor");
    public static final Node inReport = term("inReport");
    public static final Node number = term("number");
    public static final Node text = term("text");
    public static final Node position = term("position");
    public static final Node underHeading = term("underHeading");
    public static final Node partOfParagraph = term("partOfParagraph");
    public static final Node partial = term("partial");
    public static final Node footnoteOf = term("footnoteOf");
    public static final Node qualifiedText = term("qualifiedText");

    // properties of meetings and bodies
    public static final Node ofBody = term("ofBody");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node venue = term("venue");
    public static final Node ordinal = term("ordinal");
    public static final Node duringSession = term("duringSession");
    public static final Node hadBefore = term("hadBefore");
    public static final Node agendaItem = term("agendaItem");
    public static final Node subItem = term("subItem");
    public static final Node code = term("code");
    public static final Node parentConference = term("parentConference");
    public static final Node instrument = term("instrument");
    public static final Node sessionOf = term("sessionOf");

    // properties of acts
    public static final Node adoptedBy = term("adoptedBy");
    public static final Node atSession = term("atSession");
    public static final Node sessionNumber = term("sessionNumber");
    public static final Node actNumber = term("actNumber");
    public static final Node mentionsAct = term("mentionsAct");
    public static final Node mentionsArticle = term("mentionsArticle");
    public static final Node mentionsDocument = term("mentionsDocument");
    public static final Node mentionsState = term("mentionsState");
    public static final Node establishedBy = term("establishedBy");
    public static final Node madeConstantElementBy = term("madeConstantElementBy");
    public static final Node mandatedBody = term("mandatedBody");
    public static final Node mandatingAct = term("mandatingAct");
    public static final Node mandateKind = term("mandateKind");
    public static final Node citesArticle = term("citesArticle");
    public static final Node citingAct = term("citingAct");
    public static final Node citedArticle = term("citedArticle");
    public static final Node viaRecommendation = term("viaRecommendation");

    // properties of recommendations
    public static final Node formulatedAt = term("formulatedAt");
    public static final Node addressee = term("addressee");
    public static final Node addresseeKind = term("addresseeKind");
    public static final Node adoptedIn = term("adoptedIn");
    public static final Node endorsedIn = term("endorsedIn");

    // properties of participation
    public static final Node participant = term("participant");
    public static final Node inMeeting = term("inMeeting");
    public static final Node role = term("role");
    public static final Node speaker = term("speaker");
    public static final Node underAgendaItem = term("underAgendaItem");
    public static final Node person = term("person");
    public static final Node affiliation = term("affiliation");
    public static final Node iso3166Alpha2 = term("iso3166Alpha2");
    public static final Node iso3166Alpha3 = term("iso3166Alpha3");
    public static final Node m49 = term("m49");

    // properties of instruments
    public static final Node articleOf = term("articleOf");
    public static final Node paragraphOf = term("paragraphOf");
    public static final Node subparagraph = term("subparagraph");

    // annotation of the ontology's properties: how a property reads from its object ("cited by")
    public static final Node inverseLabel = term("inverseLabel");

    // individuals: roles in a meeting (skos:Concept, skos:notation gives the contract's word)
    public static final Node rolePartyState = term("role/party");
    public static final Node roleSignatory = term("role/signatory");
    public static final Node roleObserver = term("role/observer");
    public static final Node roleChair = term("role/chair");
    public static final Node rolePanellist = term("role/panellist");
    public static final Node roleViceChair = term("role/vice-chair");
    public static final Node roleRapporteur = term("role/rapporteur");

    // individuals: whom a recommendation addresses (skos:notation gives the contract's word, "-" for " ")
    public static final Node addresseeConference = term("addressee/conference");
    public static final Node addresseeStates = term("addressee/states");
    public static final Node addresseeSecretariat = term("addressee/secretariat");
    public static final Node addresseeDonors = term("addressee/donors");
    public static final Node addresseeWorkingGroup = term("addressee/working-group");

    // individuals: kinds of mandate
    public static final Node mandateEstablished = term("mandate/established");
    public static final Node mandateConstantElement = term("mandate/constant-element");
}
