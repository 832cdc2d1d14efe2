package dev.berth.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.UsageException;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth update [OPTIONS] CONTAINER...}: new resource limits or restart policy for containers. */
@Command(name = "update")
public final class UpdateCommand extends ContainerVerbCommand {
  @Option(names = "--blkio-weight")
  String blkioWeight;

  @Option(names = "--cpu-period")
  Long cpuPeriod;

  @Option(names = "--cpu-quota")
  Long cpuQuota;

  @Option(names = "--cpu-rt-period")
  Long cpuRtPeriod;

  @Option(names = "--cpu-rt-runtime")
  Long cpuRtRuntime;

  @Option(names = {"-c", "--cpu-shares"})
  Long cpuShares;

  @Option(names = "--cpus")
  String cpus;

  @Option(names = "--cpuset-cpus")
  String cpusetCpus;

  @Option(names = "--cpuset-mems")
  String cpusetMems;

  @Option(names = {"-m", "--memory"})
  String memory;

  @Option(names = "--memory-reservation")
  String memoryReservation;

  @Option(names = "--memory-swap")
  String memorySwap;

  @Option(names = "--pids-limit")
  Long pidsLimit;

  @Option(names = "--restart")
  String restart;

  @Parameters
  List<String> containers = new ArrayList<>();

  private ObjectNode update;

  @Override
  protected String act(String container) {
    ctx.containers().update(container, update);
    return container;
  }

  @Override
  protected int execute() {
    minArgs(containers, 1);
    try {
      update = updateConfig();
    } catch (HostFlags.Invalid e) {
      throw new UsageException(e.getMessage() + usageTail(), 125);
    }
    if (update.isEmpty() && pidsLimit == null) { // no flag at all: --pids-limit 0 is a flag, though it sends nothing
      throw new CommandFailed("you must provide one or more flags when using this command", 1);
    }
    return forEach(containers);
  }

  /** The API's {@code container.UpdateConfig} with the flags given (the daemon keeps what is left out). */
  private ObjectNode updateConfig() {
    ObjectNode u = ImageConfig.MAPPER.createObjectNode();
    if (blkioWeight != null) {
      u.put("BlkioWeight", HostFlags.uint16(blkioWeight, "--blkio-weight"));
    }
    putIfSet(u, "CpuPeriod", cpuPeriod);
    putIfSet(u, "CpuQuota", cpuQuota);
    putIfSet(u, "CpuRealtimePeriod", cpuRtPeriod);
    putIfSet(u, "CpuRealtimeRuntime", cpuRtRuntime);
    putIfSet(u, "CpuShares", cpuShares);
    if (cpus != null) {
      u.put("NanoCpus", HostFlags.nanoCpus(cpus));
    }
    if (cpusetCpus != null) {
      u.put("CpusetCpus", cpusetCpus);
    }
    if (cpusetMems != null) {
      u.put("CpusetMems", cpusetMems);
    }
    if (memory != null) {
      u.put("Memory", HostFlags.bytes(memory, "-m, --memory"));
    }
    if (memoryReservation != null) {
      u.put("MemoryReservation", HostFlags.bytes(memoryReservation, "--memory-reservation"));
    }
    if (memorySwap != null) {
      u.put("MemorySwap", memorySwap.equals("-1") ? -1 : HostFlags.bytes(memorySwap, "--memory-swap"));
    }
    if (pidsLimit != null && pidsLimit != 0) {
      u.put("PidsLimit", pidsLimit); // as the docker CLI: 0 is not sent (no change)
    }
    if (restart != null) {
      String[] r = restart.split(":", 2);
      int count = 0;
      if (r.length > 1) {
        try {
          count = Integer.parseInt(r[1]);
        } catch (NumberFormatException e) {
          throw new CommandFailed("invalid restart policy format: maximum retry count must be an integer", 1);
        }
      }
      ObjectNode policy = u.putObject("RestartPolicy");
      policy.put("Name", r[0]);
      policy.put("MaximumRetryCount", count);
    }
    return u;
  }

  private static void putIfSet(ObjectNode u, String field, Long value) {
    if (value != null) {
      u.put(field, value);
    }
  }
}
