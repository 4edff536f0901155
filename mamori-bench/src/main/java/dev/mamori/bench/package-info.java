/** JMH benchmarks of Mamori's hot paths. */
package dev.mamori.bench;
