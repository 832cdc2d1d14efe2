package dev.berth.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.image.Filters;
import java.util.List;
import java.util.Set;

/**
 * Prunes of resources berth does not keep (a build cache): they delete nothing, but
 * answer as the daemon does so that {@code docker system prune} works.
 */
final class AbsentResourceEndpoints {
  private static final Set<String> BUILD_PRUNE_FILTERS =
      Set.of("until", "unused-for", "id", "parent", "type", "description", "inuse", "shared", "private",
          "label", "label!"); // label filters: dockerd accepts them (system prune sends its filters to every pruner)

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/build/prune", this::pruneBuildCache));
  }

  private void pruneBuildCache(Exchange x) throws Exception {
    Filters filters = x.filters();
    for (String key : filters.values().keySet()) {
      if (!BUILD_PRUNE_FILTERS.contains(key)) {
        throw new InvalidArgumentException("failed to prune build cache: Invalid filter '" + key + "'");
      }
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.putNull("CachesDeleted");
    out.put("SpaceReclaimed", 0);
    x.json(200, out);
  }
}
