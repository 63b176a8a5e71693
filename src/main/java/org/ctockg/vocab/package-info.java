/** Ontology terms as constants, kept in step with ontology/ctoc.ttl. */
package org.ctockg.vocab;
