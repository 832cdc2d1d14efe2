package dev.berth.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.errors.SystemException;
import dev.berth.units.GoJsonSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seccomp profile in Docker's format ({@code defaultAction}, {@code architectures} or
 * {@code archMap}, {@code syscalls} with {@code name} or {@code names}, {@code action},
 * {@code errnoRet}, {@code args} and {@code includes}/{@code excludes} by capability, architecture
 * and minimum kernel) turned into the OCI runtime's {@code linux.seccomp}, keeping the rules that
 * apply to this host and to the container's bounding capabilities, as the daemon does.
 */
public final class SeccompProfile {
  private SeccompProfile() {}

  /** libseccomp's name of this host's architecture ({@code amd64}, {@code arm64}, ...). */
  static final String NATIVE_ARCH = nativeArch(System.getProperty("os.arch", ""));

  private static final Pattern RELEASE = Pattern.compile("^(\\d+)\\.(\\d+)");

  /**
   * The OCI seccomp of the profile's JSON text for a process with the {@code bounding} capabilities;
   * null when the profile asks for no filter (no default action and no rules).
   *
   * @throws SystemException with the daemon's message when the text is not a profile
   */
  public static ObjectNode fromJson(String text, List<String> bounding) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String syntax = GoJsonSyntax.check(bytes, GoJsonSyntax.Mode.UNMARSHAL);
    if (syntax != null) {
      throw new SystemException("Decoding seccomp profile failed: " + syntax);
    }
    JsonNode profile;
    try {
      profile = OciSpecBuilder.JSON.readTree(bytes);
    } catch (IOException e) {
      throw new SystemException("Decoding seccomp profile failed: " + e.getMessage(), e);
    }
    return convert(profile, bounding, NATIVE_ARCH, kernelRelease());
  }

  /**
   * The daemon's conversion ({@code setupSeccomp}) for a host of architecture {@code arch}
   * (libseccomp's name) running kernel {@code release}.
   */
  static ObjectNode convert(JsonNode profile, List<String> bounding, String arch, String release) {
    if (!profile.isObject()) {
      return null; // JSON null: no profile
    }
    String defaultAction = field(profile, "defaultAction").asText("");
    JsonNode syscalls = field(profile, "syscalls");
    if (defaultAction.isEmpty() && syscalls.isEmpty()) {
      return null;
    }
    JsonNode architectures = field(profile, "architectures");
    JsonNode archMap = field(profile, "archMap");
    if (!architectures.isEmpty() && !archMap.isEmpty()) {
      throw new SystemException("'architectures' and 'archMap' were specified in the seccomp profile, use either"
          + " 'architectures' or 'archMap'");
    }
    ObjectNode out = OciSpecBuilder.JSON.createObjectNode();
    out.put("defaultAction", defaultAction);
    ArrayNode arches = OciSpecBuilder.JSON.createArrayNode();
    architectures.forEach(a -> arches.add(a.asText()));
    String seccompArch = scmpArch(arch);
    for (JsonNode a : archMap) {
      if (seccompArch != null && field(a, "architecture").asText("").equals(seccompArch)) {
        arches.add(seccompArch);
        field(a, "subArchitectures").forEach(s -> arches.add(s.asText()));
        break;
      }
    }
    if (!arches.isEmpty()) {
      out.set("architectures", arches);
    }
    ArrayNode rules = OciSpecBuilder.JSON.createArrayNode();
    for (JsonNode call : syscalls) {
      if (!applies(call, bounding, arch, release)) {
        continue;
      }
      String name = field(call, "name").asText("");
      JsonNode names = field(call, "names");
      if (!name.isEmpty() && !names.isEmpty()) {
        throw new SystemException("'name' and 'names' were specified in the seccomp profile, use either 'name' or"
            + " 'names'");
      }
      ObjectNode rule = rules.addObject();
      ArrayNode n = rule.putArray("names");
      if (!name.isEmpty()) {
        n.add(name);
      } else {
        names.forEach(x -> n.add(x.asText()));
      }
      rule.put("action", field(call, "action").asText(""));
      JsonNode errno = field(call, "errnoRet");
      if (errno.isNumber()) {
        rule.set("errnoRet", errno);
      }
      JsonNode args = field(call, "args");
      if (!args.isEmpty()) {
        ArrayNode a = rule.putArray("args");
        for (JsonNode arg : args) {
          ObjectNode o = a.addObject();
          o.set("index", number(field(arg, "index")));
          o.set("value", number(field(arg, "value")));
          JsonNode two = field(arg, "valueTwo");
          if (two.isNumber() && !two.asText().equals("0")) {
            o.set("valueTwo", two);
          }
          o.put("op", field(arg, "op").asText(""));
        }
      }
    }
    if (!rules.isEmpty()) {
      out.set("syscalls", rules);
    }
    return out;
  }

  /** Whether a rule's {@code excludes} and {@code includes} keep it for this process and host. */
  private static boolean applies(JsonNode call, List<String> bounding, String arch, String release) {
    JsonNode ex = field(call, "excludes");
    if (contains(field(ex, "arches"), arch)) {
      return false;
    }
    for (JsonNode c : field(ex, "caps")) {
      if (bounding.contains(c.asText())) {
        return false;
      }
    }
    String exKernel = field(ex, "minKernel").asText("");
    if (!exKernel.isEmpty() && kernelAtLeast(release, exKernel)) {
      return false;
    }
    JsonNode in = field(call, "includes");
    if (!field(in, "arches").isEmpty() && !contains(field(in, "arches"), arch)) {
      return false;
    }
    for (JsonNode c : field(in, "caps")) {
      if (!bounding.contains(c.asText())) {
        return false;
      }
    }
    String inKernel = field(in, "minKernel").asText("");
    return inKernel.isEmpty() || kernelAtLeast(release, inKernel);
  }

  /** Whether the kernel {@code release} ({@code 6.1.0-13-amd64}) is at least {@code min} ({@code 4.8}). */
  static boolean kernelAtLeast(String release, String min) {
    Matcher r = RELEASE.matcher(release);
    Matcher m = RELEASE.matcher(min);
    if (!r.find() || !m.find()) {
      throw new SystemException("failed to parse kernel version " + dev.berth.errors.GoQuote.of(release));
    }
    long rk = Long.parseLong(r.group(1));
    long mk = Long.parseLong(m.group(1));
    return rk > mk || rk == mk && Long.parseLong(r.group(2)) >= Long.parseLong(m.group(2));
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode v : array) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode number(JsonNode n) {
    return n.isNumber() ? n : OciSpecBuilder.JSON.getNodeFactory().numberNode(0);
  }

  /** A field as Go's decoder finds it: the exact key, else one that differs only in case; missing: empty. */
  private static JsonNode field(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null) {
      for (var e : o.properties()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          v = e.getValue();
        }
      }
    }
    return v == null || v.isNull() ? OciSpecBuilder.JSON.missingNode() : v;
  }

  /** The host kernel's release ({@code uname -r}). */
  static String kernelRelease() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
    } catch (IOException e) {
      return System.getProperty("os.version", "");
    }
  }

  /** Java's {@code os.arch} as libseccomp names it. */
  static String nativeArch(String osArch) {
    return switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      case "x86", "i386", "i686" -> "x86";
      case "arm" -> "arm";
      case "ppc64le" -> "ppc64le";
      case "s390x" -> "s390x";
      default -> osArch;
    };
  }

  /** The OCI name of a libseccomp architecture, null for one the daemon does not map. */
  static String scmpArch(String arch) {
    return switch (arch) {
      case "x86" -> "SCMP_ARCH_X86";
      case "amd64" -> "SCMP_ARCH_X86_64";
      case "arm" -> "SCMP_ARCH_ARM";
      case "arm64" -> "SCMP_ARCH_AARCH64";
      case "mips64" -> "SCMP_ARCH_MIPS64";
      case "mips64n32" -> "SCMP_ARCH_MIPS64N32";
      case "mipsel64" -> "SCMP_ARCH_MIPSEL64";
      case "mips3l64n32" -> "SCMP_ARCH_MIPSEL64N32";
      case "mipsle" -> "SCMP_ARCH_MIPSEL";
      case "ppc" -> "SCMP_ARCH_PPC";
      case "ppc64" -> "SCMP_ARCH_PPC64";
      case "ppc64le" -> "SCMP_ARCH_PPC64LE";
      case "s390" -> "SCMP_ARCH_S390";
      case "s390x" -> "SCMP_ARCH_S390X";
      default -> null;
    };
  }
}
