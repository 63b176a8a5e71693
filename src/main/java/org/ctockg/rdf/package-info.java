/** The RDF side: minting IRIs under the base, writing facts with their evidence into a sink. */
package org.ctockg.rdf;
