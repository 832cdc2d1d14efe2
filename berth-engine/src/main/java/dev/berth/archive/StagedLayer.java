package dev.berth.archive;

import dev.berth.content.Digest;
import dev.berth.layer.Compression;
import java.nio.file.Path;

/**
 * A layer unpacked while the archive streamed.
 *
 * @param dir the unpacked files (a future {@code layers/<chainid>/diff})
 * @param record its tar-split record file
 * @param diffId sha256 of the uncompressed tar
 * @param size Docker's layer size (sum of entry sizes)
 * @param tarLength bytes of the uncompressed tar
 * @param blobDigest sha256 of the entry as stored in the archive (compressed if it was)
 * @param compression how the entry was compressed
 * @param archivePath the entry's name in the archive
 */
public record StagedLayer(
    Path dir,
    Path record,
    Digest diffId,
    long size,
    long tarLength,
    Digest blobDigest,
    Compression compression,
    String archivePath) {}
