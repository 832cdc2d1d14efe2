package dev.berth.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One classic build: the context directory, the Dockerfile (null: {@code Dockerfile} in the
 * context), normalized tag targets, and the flags of {@code docker build}.
 */
public record BuildRequest(
    Path context,
    Path dockerfile,
    List<String> tags,
    boolean noCache,
    boolean rm,
    boolean forceRm,
    Map<String, String> buildArgs,
    Map<String, String> labels) {}
