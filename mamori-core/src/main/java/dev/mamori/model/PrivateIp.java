package dev.mamori.model;

import java.util.Optional;

/**
 * A private IPv4 address of a network interface, with the public address associated with it: an
 * auto-assigned public IP ({@code elasticIp} false) or an Elastic IP.
 */
public record PrivateIp(
    IpAddress address, boolean primary, Optional<IpAddress> publicIp, boolean elasticIp, Optional<String> publicDnsName) {}
