/** The query library: the query files of {@code queries/}, their headers (question, parameters) and typed binding of parameter values. */
package org.ctockg.query;
