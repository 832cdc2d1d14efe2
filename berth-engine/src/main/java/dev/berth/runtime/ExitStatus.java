package dev.berth.runtime;

import java.time.Instant;

/** How a container ended: its exit code (128+n after signal n) and when conmon recorded it. */
public record ExitStatus(int exitCode, Instant finishedAt) {}
