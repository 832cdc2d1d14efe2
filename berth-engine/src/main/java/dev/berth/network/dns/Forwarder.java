package dev.berth.network.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a query the container's networks cannot answer to its resolvers ({@code --dns}, else the
 * host's resolv.conf; at most three, 4 s each), as dockerd's resolver does: a server failing, refusing or
 * giving a non-authoritative NXDOMAIN passes the query on to the next; the last answer read is
 * returned (null when none came).
 */
final class Forwarder {
  static final int MAX_SERVERS = 3;
  static final int TIMEOUT_MS = 4000;

  private final List<String> servers;

  Forwarder(List<String> servers) {
    this.servers = List.copyOf(servers);
  }

  /** The nameservers of a resolv.conf (IPv4 and IPv6), at most three. */
  static List<String> hostServers(Path resolvConf) {
    List<String> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(resolvConf)) {
        String[] f = line.trim().split("\\s+");
        if (f.length >= 2 && f[0].equals("nameserver") && out.size() < MAX_SERVERS) {
          out.add(f[1]);
        }
      }
    } catch (IOException e) {
      // no resolvers: nothing is forwarded
    }
    return out;
  }

  /** Forwards to the container's own resolvers ({@code --dns}) when it has some, else the host's. */
  byte[] forward(byte[] query, boolean tcp, List<String> own) {
    byte[] resp = null;
    for (String server : own.isEmpty() ? servers : own) {
      try {
        resp = tcp ? tcp(server, query) : udp(server, query);
      } catch (IOException e) {
        resp = null;
        continue;
      }
      int rcode = DnsResolver.rcode(resp);
      if (rcode == 0 || (rcode == 3 && DnsResolver.authoritative(resp))) {
        break;
      }
    }
    return resp;
  }

  private static byte[] udp(String server, byte[] query) throws IOException {
    try (DatagramChannel ch = DatagramChannel.open()) {
      ch.connect(new InetSocketAddress(server, 53));
      ch.write(ByteBuffer.wrap(query));
      ch.configureBlocking(false);
      try (java.nio.channels.Selector sel = java.nio.channels.Selector.open()) {
        ch.register(sel, java.nio.channels.SelectionKey.OP_READ);
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        ByteBuffer buf = ByteBuffer.allocate(65535);
        while (true) {
          long left = deadline - System.currentTimeMillis();
          if (left <= 0) {
            throw new IOException("timeout");
          }
          sel.select(left);
          buf.clear();
          if (ch.read(buf) > 0) {
            buf.flip();
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            if (out.length >= 2 && out[0] == query[0] && out[1] == query[1]) {
              return out;
            }
          }
        }
      }
    }
  }

  private static byte[] tcp(String server, byte[] query) throws IOException {
    try (SocketChannel ch = SocketChannel.open()) {
      ch.socket().connect(new InetSocketAddress(server, 53), TIMEOUT_MS);
      ch.socket().setSoTimeout(TIMEOUT_MS);
      ByteBuffer out = ByteBuffer.allocate(2 + query.length);
      out.putShort((short) query.length).put(query).flip();
      while (out.hasRemaining()) {
        ch.write(out);
      }
      java.io.DataInputStream in = new java.io.DataInputStream(ch.socket().getInputStream());
      byte[] resp = new byte[in.readUnsignedShort()];
      in.readFully(resp);
      return resp;
    }
  }
}
