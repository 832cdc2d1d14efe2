package dev.berth.runtime;

import java.time.Instant;

/**
 * One line of container output as Docker shows it: the stream, the time of its first chunk and
 * its bytes ({@code complete} when it ended with a newline, which is not part of {@code text}).
 */
public record LogLine(Instant time, boolean stderr, byte[] text, boolean complete) {}
