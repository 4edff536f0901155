/**
 * {@code exposure}: exactly which (protocol, port range, source CIDRs) from the internet can open a
 * connection to each interface, computed symbolically with packet sets (no sampling) and shared
 * between interfaces with the same groups in the same subnet. See
 * {@link dev.mamori.net.exposure.ExposureAnalyzer} for the conditions and
 * {@link dev.mamori.net.InternetAddresses} for what counts as the internet.
 */
package dev.mamori.net.exposure;
