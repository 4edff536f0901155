package dev.mamori.net.reach;

import dev.mamori.net.filter.Direction;
import java.util.Optional;

/**
 * What stopped a flow: the kind of component ({@code security-group}, {@code network-acl},
 * {@code route}, {@code no-public-ip}, {@code no-destination}, {@code nat-gateway},
 * {@code internet-gateway}), its ID, the direction, whether it was on the {@code forward} or the
 * {@code return} path, the deciding rule where there is one, and why.
 */
public record Blocker(
    String kind, String id, Optional<Direction> direction, String path, Optional<HopRule> rule, String reason) {}
