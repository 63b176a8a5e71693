/** Benchmarks, not tests: the load generator that measures a running server. */
package org.ctockg.bench;
