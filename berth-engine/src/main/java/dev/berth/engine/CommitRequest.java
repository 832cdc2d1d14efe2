package dev.berth.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A {@code docker commit}: the container (name or ID prefix), the reference to tag (null for
 * none), author and message (may be null), the {@code --change} lines, the request's config (the
 * API body; null for none) and whether a running container is paused while its layer is copied.
 */
public record CommitRequest(String container, String reference, String author, String message, List<String> changes,
    JsonNode config, boolean pause) {
  public CommitRequest {
    changes = List.copyOf(changes);
  }
}
