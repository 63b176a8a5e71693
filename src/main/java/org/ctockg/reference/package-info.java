/** Reference data read from data/reference: States, organizations, bodies, instruments, articles, and the name matchers over them. */
package org.ctockg.reference;
