package dev.berth.image;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code GET /images/json}. {@code repoTags}/{@code repoDigests} are null when the API
 * says null; a listed dangling image carries {@code <none>:<none>} and {@code <none>@<none>}.
 * {@code labelsJson} is the config's {@code Labels} object as stored.
 */
public record ImageSummary(
    String id,
    String parentId,
    List<String> repoTags,
    List<String> repoDigests,
    long created,
    long size,
    long sharedSize,
    long containers,
    String labelsJson) {

  /** The image's labels (null when its config has none), parsed on demand: listings rarely need them. */
  public Map<String, String> labels() {
    return ImageService.parseLabels(labelsJson);
  }
}
