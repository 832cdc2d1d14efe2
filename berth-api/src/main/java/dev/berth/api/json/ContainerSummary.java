package dev.berth.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.container.ContainerConfigs;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerStatusText;
import dev.berth.volume.MountPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the container list ({@code GET /containers/json}, Docker's {@code types.Container}):
 * what {@code ps} shows, whether it comes from the local engine or from a daemon.
 *
 * @param names the names with their leading slash ({@code /app})
 * @param image the {@code Image} field (the reference as given while it still names the image)
 * @param created seconds since the epoch
 * @param status the human status at the time the entry was made ({@code Up 5 minutes})
 * @param sizeRw the writable layer's size, 0 when not asked for
 * @param sizeRootFs the whole root file system's size, 0 when not asked for
 */
public record ContainerSummary(
    String id,
    List<String> names,
    String image,
    String imageId,
    String command,
    long created,
    long sizeRw,
    long sizeRootFs,
    Map<String, String> labels,
    String state,
    String status,
    String networkMode,
    List<String> networks,
    List<Mount> mounts) {

  /** This entry with the names the daemon lists for it: its own and its link names, sorted. */
  public ContainerSummary withLinkNames(Map<String, List<String>> linkNames) {
    List<String> links = linkNames.get(id);
    if (links == null) {
      return this;
    }
    List<String> all = new ArrayList<>(names);
    all.addAll(links);
    all.sort(null);
    return new ContainerSummary(id, List.copyOf(all), image, imageId, command, created, sizeRw, sizeRootFs, labels,
        state, status, networkMode, networks, mounts);
  }

  /** One entry of {@code Mounts} (Docker's {@code types.MountPoint}). */
  public record Mount(
      String type, String name, String source, String destination, String driver, String mode, boolean rw,
      String propagation) {}

  /** The entry of a stored container; {@code imageField} is the engine's choice of the {@code Image} text. */
  public static ContainerSummary of(ContainerRecord r, String imageField, long sizeRw, long sizeRootFs, Instant now,
      String health) {
    return of(r, imageField, sizeRw, sizeRootFs, now, null, health);
  }

  /** As above ({@code health}: the container's health text, or null); with {@code paths}, a volume mount's {@code Source} is its data directory, as the daemon lists it. */
  public static ContainerSummary of(ContainerRecord r, String imageField, long sizeRw, long sizeRootFs, Instant now,
      dev.berth.store.StorePaths paths, String health) {
    JsonNode config = ContainerConfigs.parse(r.config());
    String mode = config.path("NetworkMode").asText(dev.berth.runtime.NetworkMode.DEFAULT);
    List<Mount> mounts = new ArrayList<>();
    for (MountPoint m : MountPoint.of(config)) {
      String source = m.isVolume() && paths != null ? paths.volumeData(m.name()).toString() : m.source();
      mounts.add(new Mount(m.type(), m.name(), source, m.destination(), m.driver(), m.mode(), m.rw(),
          m.propagation()));
    }
    return new ContainerSummary(r.id(), List.of("/" + r.name()), imageField, r.imageId(),
        ContainerConfigs.command(config), Math.floorDiv(r.createdNs(), 1_000_000_000L), sizeRw, sizeRootFs,
        new TreeMap<>(ContainerConfigs.labels(r.config())), r.state().apiName(), ContainerStatusText.of(r, now, health), mode,
        dev.berth.container.ContainerNetworks.written(config)
            ? dev.berth.container.ContainerNetworks.names(config).stream().sorted().toList()
            : List.of(ContainerConfigs.networkName(config)), List.copyOf(mounts));
  }
}
