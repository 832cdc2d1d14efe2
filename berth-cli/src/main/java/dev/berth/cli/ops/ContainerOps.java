package dev.berth.cli.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.api.json.ContainerSummary;
import dev.berth.container.ContainerService;
import dev.berth.image.Filters;
import java.util.List;

/** The container operations of the CLI's commands (the daemon's {@code /containers} API). */
public interface ContainerOps {
  /** {@code limit} < 0: no limit; {@code size}: fill in the sizes (slow). */
  List<ContainerSummary> list(boolean all, int limit, Filters filters, boolean size);

  JsonNode inspect(String name);

  /**
   * Creates a container from the CLI's configuration (the engine's config JSON, see
   * {@code ContainerOptions}); returns its ID.
   */
  String create(String image, String name, String config);

  void remove(String name, boolean force, boolean volumes);

  ContainerService.PruneReport prune(Filters filters);
}
