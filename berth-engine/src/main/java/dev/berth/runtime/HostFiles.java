package dev.berth.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-container {@code /etc/hosts}, {@code /etc/hostname} and {@code /etc/resolv.conf} that
 * are bind-mounted into the container, with the content Docker 20.10 writes for each network mode.
 */
public record HostFiles(Path hosts, Path hostname, Path resolvConf) {
  /** Docker's /etc/hosts for a container with no network (no entry for its own hostname). */
  static final String NONE_HOSTS =
      "127.0.0.1\tlocalhost\n"
          + "::1\tlocalhost ip6-localhost ip6-loopback\n"
          + "fe00::0\tip6-localnet\n"
          + "ff00::0\tip6-mcastprefix\n"
          + "ff02::1\tip6-allnodes\n"
          + "ff02::2\tip6-allrouters\n";

  private static final Path HOST_HOSTS = Path.of("/etc/hosts");
  private static final Path HOST_RESOLV = Path.of("/etc/resolv.conf");

  /** Writes the three files into {@code dir} (the container's userdata directory). */
  public static HostFiles write(Path dir, String hostname, NetworkMode network) {
    return write(dir, hostname, network, NetworkFiles.NONE);
  }

  /**
   * As {@link #write(Path, String, NetworkMode)} with {@code --dns*} and {@code --add-host}: custom
   * DNS settings replace the resolv.conf (in every mode); extra hosts follow Docker's own entries
   * (with host networking too, which then no longer copies the host's file).
   */
  public static HostFiles write(Path dir, String hostname, NetworkMode network, NetworkFiles extra) {
    HostFiles files =
        new HostFiles(dir.resolve("hosts"), dir.resolve("hostname"), dir.resolve("resolv.conf"));
    try {
      Files.createDirectories(dir);
      String hostResolv = readOrEmpty(HOST_RESOLV);
      if (network == NetworkMode.HOST && extra.extraHosts().isEmpty()) {
        Files.writeString(files.hosts(), readOrEmpty(HOST_HOSTS));
      } else {
        Files.writeString(files.hosts(), NONE_HOSTS + extra.hostsLines());
      }
      if (network == NetworkMode.USER) {
        // the embedded DNS in front of the user's settings (its servers become its resolvers)
        Files.writeString(files.resolvConf(),
            embeddedDnsResolvConf(extra.customDns() ? extra.resolvConf(hostResolv) : hostResolv));
      } else if (extra.customDns()) {
        Files.writeString(files.resolvConf(), extra.resolvConf(hostResolv));
      } else if (network == NetworkMode.HOST) {
        Files.writeString(files.resolvConf(), hostResolv);
      } else {
        Files.writeString(files.resolvConf(), containerResolvConf(hostResolv));
      }
      Files.writeString(files.hostname(), hostname + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Appends the {@code HOST:IP} entries of {@code --add-host} to a written hosts file, as
   * {@code IP<tab>HOST} lines after the defaults (Docker's order).
   */
  public static void appendExtraHosts(Path hosts, List<String> extraHosts) {
    if (extraHosts == null || extraHosts.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (String e : extraHosts) {
      int colon = e.indexOf(':');
      if (colon > 0) {
        b.append(e.substring(colon + 1)).append('\t').append(e, 0, colon).append('\n');
      }
    }
    try {
      Files.writeString(hosts, b.toString(), java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The resolv.conf of a container on a user-defined network: Docker's embedded DNS server
   * ({@code 127.0.0.11}) as the only nameserver, the host's search domains and options, and
   * {@code ndots:0} unless an ndots option is there.
   */
  static String embeddedDnsResolvConf(String hostResolv) {
    List<String> search = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (String line : hostResolv.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length > 1 && (f[0].equals("search") || f[0].equals("domain"))) {
        search.clear();
        search.addAll(List.of(f).subList(1, f.length));
      } else if (f.length > 1 && f[0].equals("options")) {
        options.addAll(List.of(f).subList(1, f.length));
      }
    }
    if (options.stream().noneMatch(o -> o.startsWith("ndots:"))) {
      options.add("ndots:0");
    }
    StringBuilder b = new StringBuilder("nameserver 127.0.0.11\n");
    if (!search.isEmpty()) {
      b.append("search ").append(String.join(" ", search)).append('\n');
    }
    b.append("options ").append(String.join(" ", options)).append('\n');
    return b.toString();
  }

  /**
   * The host's resolv.conf without loopback nameservers (unreachable from another network
   * namespace); when none are left, Docker's fallback public resolvers.
   */
  static String containerResolvConf(String hostResolv) {
    List<String> kept = new ArrayList<>();
    boolean hasNameserver = false;
    for (String line : hostResolv.split("\n", -1)) {
      String[] f = line.strip().split("\\s+");
      if (f.length >= 2 && f[0].equals("nameserver")) {
        if (f[1].startsWith("127.") || f[1].equals("::1")) {
          continue;
        }
        hasNameserver = true;
      }
      kept.add(line);
    }
    String out = String.join("\n", kept);
    if (!hasNameserver) {
      if (!out.isEmpty() && !out.endsWith("\n")) {
        out += "\n";
      }
      out += "\nnameserver 8.8.8.8\nnameserver 8.8.4.4\n";
    }
    return out;
  }

  private static String readOrEmpty(Path p) throws IOException {
    try {
      return Files.readString(p);
    } catch (NoSuchFileException e) {
      return "";
    }
  }

  /** The host's own hostname (for {@code --network host}). */
  public static String hostHostname() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
