package dev.berth.build;

import dev.berth.reference.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the classic builder prints when FROM names an image that is not local: it tries to pull,
 * and with no registry reachable the pull fails on the registry's name lookup. berth never pulls;
 * it words the failure as dockerd does on a host whose resolver does not know the registry.
 */
final class PullFailure {
  private PullFailure() {}

  static String message(String base) {
    Optional<Reference> ref = Reference.tryParse(base);
    if (ref.isEmpty()) {
      return "pull access denied for " + base.replaceAll(":[^/:]*$", "")
          + ", repository does not exist or may require 'docker login': denied: requested access to the resource"
          + " is denied";
    }
    String domain = ref.get().domain();
    String host = domain.equals("docker.io") || domain.isEmpty() ? "registry-1.docker.io" : domain;
    String hostOnly = host.replaceAll(":\\d+$", "");
    return "Get \"https://" + host + "/v2/\": dial tcp: lookup " + hostOnly + " on " + nameserver(Path.of(
        "/etc/resolv.conf")) + ": no such host";
  }

  /** The resolver Go's lookup asks first: the first {@code nameserver} of resolv.conf, port 53. */
  static String nameserver(Path resolvConf) {
    try {
      for (String line : Files.readAllLines(resolvConf)) {
        String[] f = line.strip().split("\\s+");
        if (f.length >= 2 && f[0].equals("nameserver")) {
          return f[1].contains(":") ? "[" + f[1] + "]:53" : f[1] + ":53";
        }
      }
    } catch (IOException e) {
      // Go falls back to the local resolver
    }
    return "127.0.0.1:53";
  }
}
