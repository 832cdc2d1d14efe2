package dev.berth.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** EXPOSE's port specs ({@code 80}, {@code 443/udp}, {@code 9000-9001}) as {@code port/proto} keys. */
final class PortSpec {
  private PortSpec() {}

  static List<String> parse(String spec) {
    String proto = "tcp";
    String ports = spec;
    int slash = spec.indexOf('/');
    if (slash >= 0) {
      proto = spec.substring(slash + 1).toLowerCase(Locale.ROOT);
      ports = spec.substring(0, slash);
    }
    int colon = ports.lastIndexOf(':');
    if (colon >= 0) {
      ports = ports.substring(colon + 1);
    }
    List<String> out = new ArrayList<>();
    try {
      int dash = ports.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? ports : ports.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(ports.substring(dash + 1));
      if (to < from) {
        throw new BuildStepFailedException("Invalid range specified for the Port: " + ports, 1);
      }
      for (int p = from; p <= to; p++) {
        out.add(p + "/" + proto);
      }
    } catch (NumberFormatException e) {
      throw new BuildStepFailedException("Invalid containerPort: " + ports, 1);
    }
    return out;
  }
}
