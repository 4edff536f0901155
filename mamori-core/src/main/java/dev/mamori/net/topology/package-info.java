/**
 * The engine's view of a model: address ownership (private IPv4, IPv6, public and Elastic IPs),
 * group membership (including interfaces that list no group, which are in their VPC's default
 * group), which ACL and route table serve a subnet, and compiled evaluators cached per engine.
 */
package dev.mamori.net.topology;
