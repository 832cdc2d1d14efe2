package dev.berth.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * berth's seccomp profile for a container that names none (Docker's format, converted by
 * {@link SeccompProfile} like a user's). It is a deny list with the effect of the daemon's default
 * allow list for an unprivileged container: every system call is allowed except those that reach
 * beyond the container (kernel keyrings, modules, swap, clocks, mounts, namespaces, tracing other
 * processes, memory policy, ...), which fail with EPERM unless the container's bounding set holds
 * the capability that the daemon's profile asks for them; calls of the old 32-bit ABI the daemon
 * never allows, and calls newer than its profile, are refused as well. {@code clone} may not make
 * namespaces without CAP_SYS_ADMIN, and {@code clone3} (whose flags a filter cannot read) says
 * ENOSYS, so that the C library falls back to {@code clone}.
 *
 * <p>Not reproduced: the daemon's profile allows {@code personality} only for a few personas, and
 * refuses system calls it does not know (this one allows those berth does not list).
 */
public final class DefaultSeccompProfile {
  private DefaultSeccompProfile() {}

  /** System calls a container never makes. */
  static final List<String> DENIED = List.of(
      // kernel keyrings, modules of old kernels, kexec, swap, NFS server, obsolete interfaces
      "add_key", "keyctl", "request_key", "create_module", "get_kernel_syms", "query_module", "kexec_load",
      "kexec_file_load", "swapon", "swapoff", "nfsservctl", "_sysctl", "sysfs", "ustat", "uselib", "pivot_root",
      "userfaultfd", "migrate_pages", "move_pages", "pkey_alloc", "pkey_free", "pkey_mprotect",
      "set_mempolicy_home_node", "afs_syscall", "getpmsg", "putpmsg", "security", "tuxcall", "vserver",
      // the 32-bit x86 ABI's legacy calls
      "vm86", "vm86old", "bdflush", "break", "ftime", "gtty", "stty", "idle", "lock", "mpx", "nice", "oldfstat",
      "oldlstat", "oldolduname", "oldstat", "olduname", "prof", "profil", "readdir", "sgetmask", "ssetmask",
      "sigaction", "signal", "sigpending", "sigsuspend", "ulimit", "clock_settime64",
      // newer than the daemon's profile
      "cachestat", "fchmodat2", "map_shadow_stack", "futex_wake", "futex_wait", "futex_requeue", "statmount",
      "listmount", "lsm_get_self_attr", "lsm_set_self_attr", "lsm_list_modules", "mseal", "setxattrat",
      "getxattrat", "listxattrat", "removexattrat", "open_tree_attr", "uretprobe");

  /** System calls allowed only with a capability in the bounding set. */
  static final Map<String, List<String>> NEEDS_CAPABILITY = Map.ofEntries(
      Map.entry("CAP_SYS_ADMIN", List.of("bpf", "fanotify_init", "fsconfig", "fsmount", "fsopen", "fspick",
          "lookup_dcookie", "mount", "mount_setattr", "move_mount", "name_to_handle_at", "open_tree",
          "perf_event_open", "quotactl", "quotactl_fd", "setdomainname", "sethostname", "setns", "umount", "umount2",
          "unshare")),
      Map.entry("CAP_SYS_BOOT", List.of("reboot")),
      Map.entry("CAP_SYS_CHROOT", List.of("chroot")),
      Map.entry("CAP_SYS_MODULE", List.of("delete_module", "finit_module", "init_module")),
      Map.entry("CAP_SYS_PACCT", List.of("acct")),
      Map.entry("CAP_SYS_PTRACE", List.of("kcmp", "pidfd_getfd", "process_madvise", "process_vm_readv",
          "process_vm_writev")),
      Map.entry("CAP_SYS_RAWIO", List.of("ioperm", "iopl")),
      Map.entry("CAP_SYS_TIME", List.of("clock_settime", "settimeofday", "stime")),
      Map.entry("CAP_SYS_TTY_CONFIG", List.of("vhangup")),
      Map.entry("CAP_SYS_NICE", List.of("get_mempolicy", "mbind", "set_mempolicy")),
      Map.entry("CAP_DAC_READ_SEARCH", List.of("open_by_handle_at")));

  /** The clone flags that make namespaces (CLONE_NEWNS ... CLONE_NEWNET). */
  static final long[] NAMESPACE_FLAGS = {0x00020000L, 0x02000000L, 0x04000000L, 0x08000000L, 0x10000000L,
      0x20000000L, 0x40000000L};

  private static final String DENY = "SCMP_ACT_ERRNO";

  /** The profile, in Docker's format. */
  public static ObjectNode profile() {
    ObjectNode p = OciSpecBuilder.JSON.createObjectNode();
    p.put("defaultAction", "SCMP_ACT_ALLOW");
    ArrayNode archMap = p.putArray("archMap");
    archMap.addObject().put("architecture", "SCMP_ARCH_X86_64").putArray("subArchitectures")
        .add("SCMP_ARCH_X86").add("SCMP_ARCH_X32");
    archMap.addObject().put("architecture", "SCMP_ARCH_AARCH64").putArray("subArchitectures").add("SCMP_ARCH_ARM");
    ArrayNode calls = p.putArray("syscalls");
    ObjectNode denied = calls.addObject();
    DENIED.forEach(denied.putArray("names")::add);
    denied.put("action", DENY);
    NEEDS_CAPABILITY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ObjectNode c = calls.addObject();
      e.getValue().forEach(c.putArray("names")::add);
      c.put("action", DENY);
      c.putObject("excludes").putArray("caps").add(e.getKey());
    });
    ObjectNode syslog = calls.addObject();
    syslog.putArray("names").add("syslog");
    syslog.put("action", DENY);
    syslog.putObject("excludes").putArray("caps").add("CAP_SYS_ADMIN").add("CAP_SYSLOG");
    ObjectNode ptrace = calls.addObject(); // harmless since Linux 4.8, which checks it against seccomp
    ptrace.putArray("names").add("ptrace");
    ptrace.put("action", DENY);
    ObjectNode ptraceExcludes = ptrace.putObject("excludes");
    ptraceExcludes.putArray("caps").add("CAP_SYS_PTRACE");
    ptraceExcludes.put("minKernel", "4.8");
    for (long flag : NAMESPACE_FLAGS) {
      for (boolean s390 : new boolean[] {false, true}) { // s390 passes the flags second
        ObjectNode c = calls.addObject();
        c.putArray("names").add("clone");
        c.put("action", DENY);
        c.putArray("args").addObject().put("index", s390 ? 1 : 0).put("value", flag).put("valueTwo", flag)
            .put("op", "SCMP_CMP_MASKED_EQ");
        ObjectNode ex = c.putObject("excludes");
        ex.putArray("caps").add("CAP_SYS_ADMIN");
        if (s390) {
          c.putObject("includes").putArray("arches").add("s390").add("s390x");
        } else {
          ex.putArray("arches").add("s390").add("s390x");
        }
      }
    }
    ObjectNode clone3 = calls.addObject();
    clone3.putArray("names").add("clone3");
    clone3.put("action", DENY);
    clone3.put("errnoRet", 38); // ENOSYS
    clone3.putObject("excludes").putArray("caps").add("CAP_SYS_ADMIN");
    ObjectNode archPrctl = calls.addObject();
    archPrctl.putArray("names").add("arch_prctl");
    archPrctl.put("action", DENY);
    archPrctl.putObject("excludes").putArray("arches").add("amd64").add("x32");
    ObjectNode ldt = calls.addObject();
    ldt.putArray("names").add("modify_ldt");
    ldt.put("action", DENY);
    ldt.putObject("excludes").putArray("arches").add("amd64").add("x32").add("x86");
    return p;
  }
}
