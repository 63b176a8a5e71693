/**
 * The HTTP service: the embedded Fuseki with its read-only SPARQL endpoint, and around it the
 * linked-data side: every IRI the data mints dereferences to RDF or to an HTML page, the query
 * page, the dataset description and the dump.
 */
package org.ctockg.web;
