package dev.berth.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.ConflictException;
import dev.berth.image.ImageConfig;
import java.util.List;

/**
 * {@code docker update}: the daemon's rules for merging an update ({@code container.UpdateConfig}:
 * resources and a restart policy, zero meaning "unchanged") into a container's host options.
 */
final class ResourceUpdate {
  private ResourceUpdate() {}

  /** The fields an update may change, by their API names (zero: left as it is). */
  private static final List<String> FIELDS = List.of("BlkioWeight", "CpuShares", "NanoCpus", "CpuPeriod", "CpuQuota",
      "CpusetCpus", "CpusetMems", "MemoryReservation", "KernelMemory", "CpuRealtimePeriod", "CpuRealtimeRuntime");

  /**
   * The daemon's checks of the update on its own (as for a create: sizes, ranges, the restart
   * policy's name), on a copy.
   */
  static void validate(JsonNode update) {
    ObjectNode probe = ImageConfig.MAPPER.createObjectNode();
    probe.set(HostSettings.CONFIG_KEY, update.deepCopy());
    HostSettings.validate(probe);
  }

  /**
   * The host options after the update.
   *
   * @throws ConflictException the daemon's conflicts between the update and what is set (CPU
   *     quota against NanoCPUs, memory over the swap limit, a restart policy with AutoRemove)
   */
  static ObjectNode merge(JsonNode current, JsonNode update, boolean autoRemove) {
    ObjectNode host = current.isObject() ? (ObjectNode) current.deepCopy() : ImageConfig.MAPPER.createObjectNode();
    long nano = update.path("NanoCpus").asLong(0);
    long period = update.path("CpuPeriod").asLong(0);
    long quota = update.path("CpuQuota").asLong(0);
    if (nano > 0 && host.path("CpuPeriod").asLong(0) > 0) {
      throw new ConflictException("Conflicting options: Nano CPUs cannot be updated as CPU Period has already been set");
    }
    if (nano > 0 && host.path("CpuQuota").asLong(0) > 0) {
      throw new ConflictException("Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set");
    }
    if (period > 0 && host.path("NanoCpus").asLong(0) > 0) {
      throw new ConflictException("Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set");
    }
    if (quota > 0 && host.path("NanoCpus").asLong(0) > 0) {
      throw new ConflictException("Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set");
    }
    for (String f : FIELDS) {
      JsonNode v = update.get(f);
      if (v != null && !v.isNull() && !(v.isNumber() && v.asLong() == 0) && !(v.isTextual() && v.asText().isEmpty())) {
        host.set(f, v);
      }
    }
    long memory = update.path("Memory").asLong(0);
    long swap = update.path("MemorySwap").asLong(0);
    if (memory != 0) {
      if (memory > host.path("MemorySwap").asLong(0) && swap == 0) {
        throw new ConflictException("Memory limit should be smaller than already set memoryswap limit, update the"
            + " memoryswap at the same time");
      }
      host.put("Memory", memory);
    }
    if (swap != 0) {
      host.put("MemorySwap", swap);
    }
    if (update.hasNonNull("PidsLimit")) {
      // 0, -1 and any other negative value remove the limit: stored as 0
      host.put("PidsLimit", Math.max(0, update.get("PidsLimit").asLong()));
    }
    String policy = update.path("RestartPolicy").path("Name").asText("");
    if (!policy.isEmpty()) {
      if (!policy.equals("no") && autoRemove) {
        throw new ConflictException("Restart policy cannot be updated because AutoRemove is enabled for the container");
      }
      host.set("RestartPolicy", update.get("RestartPolicy").deepCopy());
    }
    return host;
  }
}
