/** Benchmarks, not tests: the load generator that measures a running server, and a headless browser that times the dashboard. */
package org.ctockg.bench;
