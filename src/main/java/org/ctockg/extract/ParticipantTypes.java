package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/** The ontology class for each kind of organization in organizations.csv. */
public final class ParticipantTypes {
    private ParticipantTypes() {
    }

    public static Node of(String kind) {
        return switch (kind) {
            case "regional-economic-integration-organization" -> Ctoc.RegionalOrganization;
            case "observer-entity" -> Ctoc.ObserverEntity;
            case "intergovernmental" -> Ctoc.IntergovernmentalOrganization;
            case "united-nations" -> Ctoc.UnitedNationsEntity;
            default -> Ctoc.OtherOrganization;
        };
    }
}
