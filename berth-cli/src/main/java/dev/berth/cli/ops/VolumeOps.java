package dev.berth.cli.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.image.Filters;
import dev.berth.volume.VolumeRecord;
import dev.berth.volume.VolumeService;
import java.util.List;
import java.util.Map;

/** The volume operations of the CLI's commands (the daemon's {@code /volumes} API). */
public interface VolumeOps {
  JsonNode inspect(String name);

  /** @param labels null: none; @param options null: none */
  VolumeRecord create(String name, String driver, Map<String, String> labels, Map<String, String> options);

  List<Listed> list(Filters filters);

  void remove(String name, boolean force);

  VolumeService.PruneReport prune(Filters filters);

  /** A volume with its mount point (a daemon-side path). */
  record Listed(VolumeRecord volume, String mountpoint) {}
}
