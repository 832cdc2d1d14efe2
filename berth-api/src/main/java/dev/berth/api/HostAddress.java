package dev.berth.api;

import dev.berth.errors.InvalidArgumentException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;

/** One {@code --host} address: {@code unix:///path/berth.sock} or {@code tcp://HOST:PORT}. */
public sealed interface HostAddress {
  record Unix(Path socket) implements HostAddress {}

  record Tcp(String host, int port) implements HostAddress {
    /** True when the address only accepts connections from this machine. */
    public boolean loopback() {
      try {
        for (InetAddress a : InetAddress.getAllByName(host)) {
          if (!a.isLoopbackAddress()) {
            return false;
          }
        }
        return true;
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }

  static HostAddress parse(URI uri) {
    String scheme = uri.getScheme();
    if ("unix".equals(scheme)) {
      String path = uri.getPath();
      if (path == null || path.isEmpty()) {
        throw new InvalidArgumentException("Invalid bind address format: " + uri);
      }
      return new Unix(Path.of(path));
    }
    if ("tcp".equals(scheme)) {
      String host = uri.getHost();
      int port = uri.getPort();
      if (host == null || host.isEmpty() || port < 0 || port > 65535) {
        throw new InvalidArgumentException("Invalid bind address format: " + uri);
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      return new Tcp(host, port);
    }
    throw new InvalidArgumentException("Invalid bind address format: " + uri);
  }
}
