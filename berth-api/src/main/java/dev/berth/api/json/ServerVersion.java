package dev.berth.api.json;

/**
 * What {@code GET /version} says about the server (Docker's {@code types.Version}, the fields the
 * CLI shows).
 */
public record ServerVersion(
    String platformName,
    String version,
    String apiVersion,
    String minApiVersion,
    String gitCommit,
    String goVersion,
    String os,
    String arch,
    String kernelVersion,
    boolean experimental) {}
