package dev.berth.image;

import java.nio.file.Path;

/**
 * A layer unpacked into a staging directory but not yet in the store: its diff ID, Docker size,
 * the directory holding {@code diff/}, and the digest of its tar-split record blob.
 */
public record StagedLayer(String diffId, long size, Path dir, String recordDigest) {}
