package dev.berth.runtime;

import java.nio.file.Path;

/** A host path bind-mounted into the container ({@code -v /src:/dst[:ro]}). */
public record BindMount(Path source, String destination, boolean readOnly) {}
