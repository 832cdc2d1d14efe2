package dev.berth.archive;

import dev.berth.content.Digest;
import java.util.List;
import java.util.Map;

/**
 * What an archive held, verified: its images in manifest order, the staged layers they use (by
 * diff ID), and staged layers no image uses (the caller deletes those). {@code legacy}: the layout
 * before Docker 1.10 (no manifest.json), which the daemon loads without any message but renamings.
 */
public record LoadedArchive(
    List<ImageEntry> images, Map<Digest, StagedLayer> layers, List<StagedLayer> unused, boolean legacy) {}
