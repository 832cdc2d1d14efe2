package dev.berth.build;

import dev.berth.errors.GoQuote;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotSupportedException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code platform} of a classic build ({@code docker build --platform}), read as the daemon's
 * platform specifier parser reads it ({@code OS}, {@code ARCH}, {@code OS/ARCH} or
 * {@code OS/ARCH/VARIANT}). berth builds only for the host's platform: another valid one is refused.
 */
final class BuildPlatform {
  private static final Pattern COMPONENT = Pattern.compile("^[A-Za-z0-9_-]+$");
  private static final Set<String> OSES = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
      "illumos", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
  private static final Set<String> ARCHES = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
      "ppc64", "ppc64le", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv",
      "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

  private BuildPlatform() {}

  /** Checks a non-empty specifier; returns {@code OS/ARCH} it names. */
  static String parse(String specifier) {
    String q = GoQuote.of(specifier);
    if (specifier.contains("*")) {
      throw invalid(q + ": wildcards not yet supported");
    }
    String[] parts = specifier.split("/", -1);
    for (String part : parts) {
      if (!COMPONENT.matcher(part).matches()) {
        throw invalid(GoQuote.of(part) + " is an invalid component of " + q
            + ": platform specifier component must match " + GoQuote.of(COMPONENT.pattern()));
      }
    }
    return switch (parts.length) {
      case 1 -> {
        String os = os(parts[0]);
        if (OSES.contains(os)) {
          yield os + "/" + hostArch();
        }
        String arch = arch(parts[0]);
        if (ARCHES.contains(arch)) {
          yield "linux/" + arch;
        }
        throw invalid(q + ": unknown operating system or architecture");
      }
      case 2, 3 -> os(parts[0]) + "/" + arch(parts[1]);
      default -> throw invalid(q + ": cannot parse platform specifier");
    };
  }

  /** Checks the build's platform (null or empty: the host's); refuses another platform than the host's. */
  static void check(String specifier) {
    if (specifier == null || specifier.isEmpty()) {
      return;
    }
    String p = parse(specifier);
    if (!p.equals("linux/" + hostArch())) {
      throw new NotSupportedException("building for platform " + p + " (only linux/" + hostArch() + ")");
    }
  }

  private static InvalidArgumentException invalid(String message) {
    return new InvalidArgumentException(message + ": invalid argument");
  }

  private static String os(String os) {
    os = os.toLowerCase(Locale.ROOT);
    return os.equals("macos") ? "darwin" : os;
  }

  static String arch(String arch) {
    arch = arch.toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "i386" -> "386";
      case "x86_64", "x86-64" -> "amd64";
      case "aarch64" -> "arm64";
      case "armhf", "armel" -> "arm";
      default -> arch;
    };
  }

  static String hostArch() {
    return arch(System.getProperty("os.arch", ""));
  }
}
