package dev.berth.archive;

import dev.berth.content.Digest;
import java.util.List;

/**
 * One image of a loaded archive.
 *
 * @param config the config bytes exactly as stored (image ID = their sha256)
 * @param imageId sha256 of {@code config}
 * @param repoTags tags as the manifest lists them, in order (familiar {@code name:tag}); empty if none
 * @param diffIds the config's rootfs.diff_ids, bottom first, each verified against its layer
 * @param parentId the manifest's "Parent" (legacy layout), or null
 */
public record ImageEntry(byte[] config, Digest imageId, List<String> repoTags, List<Digest> diffIds, Digest parentId) {}
