package dev.berth.runtime;

import java.util.List;

/**
 * What the host options say about the container's process beyond its command: resource limits
 * ({@code --ulimit}, {@code --memory}), extra groups ({@code --group-add}), capabilities
 * ({@code --cap-add}/{@code --cap-drop}) and the OOM score ({@code --oom-score-adj}).
 *
 * @param memory bytes, 0 for no limit; {@code memorySwap} memory plus swap, 0 for the default
 * @param oomScoreAdj {@code null} when not given (the process inherits the engine's)
 * @param ipcNamespace {@code --ipc}: empty for its own namespace, {@code host}, or the path of the
 *     namespace to join ({@code /proc/PID/ns/ipc} of another container); {@code pidNamespace} the same
 * @param utsHost {@code --uts=host}: the host's UTS namespace (and hostname)
 * @param kernel cgroup values, kernel parameters and tmpfs mounts
 * @param extras the less common settings: the OOM killer, kernel memory, real-time CPU time, the
 *     cgroup namespace and the NIS domain name
 */
public record ProcessLimits(
    List<Rlimit> rlimits,
    long memory,
    long memorySwap,
    List<String> groupAdd,
    List<String> capAdd,
    List<String> capDrop,
    Integer oomScoreAdj,
    String ipcNamespace,
    String pidNamespace,
    boolean utsHost,
    KernelSettings kernel,
    Extras extras) {

  /**
   * {@code --oom-kill-disable}, {@code --kernel-memory} (bytes, 0 for none), {@code --cpu-rt-period}
   * and {@code --cpu-rt-runtime} (microseconds, 0 for none), {@code --cgroupns private} and
   * {@code --domainname} (empty for none).
   */
  public record Extras(boolean oomKillDisable, long kernelMemory, long cpuRealtimePeriod, long cpuRealtimeRuntime,
      boolean cgroupnsPrivate, String domainname, String shmPath) {
    public static final Extras NONE = new Extras(false, 0, 0, 0, false, "");

    public Extras(boolean oomKillDisable, long kernelMemory, long cpuRealtimePeriod, long cpuRealtimeRuntime,
        boolean cgroupnsPrivate, String domainname) {
      this(oomKillDisable, kernelMemory, cpuRealtimePeriod, cpuRealtimeRuntime, cgroupnsPrivate, domainname, "");
    }

    /**
     * {@code shmPath}: the host directory bound at /dev/shm (a shareable container's tmpfs, or the
     * donor's for {@code --ipc container:NAME}); empty for the usual tmpfs of its own.
     */
    public Extras {
      domainname = domainname == null ? "" : domainname;
      shmPath = shmPath == null ? "" : shmPath;
    }
  }

  public ProcessLimits(List<Rlimit> rlimits, long memory, long memorySwap, List<String> groupAdd, List<String> capAdd,
      List<String> capDrop, Integer oomScoreAdj, String ipcNamespace, String pidNamespace, boolean utsHost,
      KernelSettings kernel) {
    this(rlimits, memory, memorySwap, groupAdd, capAdd, capDrop, oomScoreAdj, ipcNamespace, pidNamespace, utsHost,
        kernel, Extras.NONE);
  }

  /** {@code --ipc none}: an IPC namespace of its own without /dev/shm. */
  public static final String IPC_NONE = "none";

  /** One {@code --ulimit}: Docker's name ({@code nofile}) and its soft and hard values. */
  public record Rlimit(String name, long soft, long hard) {
    /** The OCI type: {@code RLIMIT_NOFILE}. */
    public String type() {
      return "RLIMIT_" + name.toUpperCase(java.util.Locale.ROOT);
    }
  }

  public ProcessLimits {
    rlimits = rlimits == null ? List.of() : List.copyOf(rlimits);
    groupAdd = groupAdd == null ? List.of() : List.copyOf(groupAdd);
    capAdd = capAdd == null ? List.of() : List.copyOf(capAdd);
    capDrop = capDrop == null ? List.of() : List.copyOf(capDrop);
    ipcNamespace = ipcNamespace == null ? "" : ipcNamespace;
    pidNamespace = pidNamespace == null ? "" : pidNamespace;
    kernel = kernel == null ? KernelSettings.none() : kernel;
    extras = extras == null ? Extras.NONE : extras;
  }

  public static ProcessLimits none() {
    return new ProcessLimits(List.of(), 0, 0, List.of(), List.of(), List.of(), null, "", "", false, KernelSettings.none());
  }
}
