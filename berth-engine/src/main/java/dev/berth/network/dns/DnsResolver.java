package dev.berth.network.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The embedded DNS server's answer to one query (packet in, packet out), as dockerd's resolver
 * answers a container on a user-defined network: A for a name known on the container's networks
 * (TTL 600, recursion available, not authoritative), an empty NOERROR answer for AAAA (and MX) of
 * such a name, PTR for an address on those networks ({@code NAME.NETWORK}); anything else goes to
 * the host's resolvers ({@link Decision#forward}). A packet that is not one query is ignored, as is a
 * PTR question outside the reverse domains. A message that is not one query is rejected
 * (NOTIMP for other opcodes, FORMERR for other section counts) by its header alone, as the daemon's
 * DNS library does; a response or a packet shorter than a header gets no reply.
 */
public final class DnsResolver {
  static final int TYPE_A = 1;
  static final int TYPE_PTR = 12;
  static final int TYPE_MX = 15;
  static final int TYPE_AAAA = 28;
  static final int TTL = 600;

  /** What the container's networks know. */
  public interface Names {
    /** The IPv4 addresses of {@code name} (dockerd's ResolveName), empty when unknown. */
    List<String> ipv4(String name);

    /** {@code NAME.NETWORK} of an address on the container's networks, if any. */
    Optional<String> ptr(String ip);

    /**
     * Whether the container's resolver options set {@code ndots} themselves: then an A or AAAA
     * question for an unknown name without a dot gets an empty answer instead of going out (its
     * resolver tries its search domains next).
     */
    default boolean ndotsSet() {
      return false;
    }
  }

  /** The outcome of a query: an answer to send, a query to forward, or nothing. */
  public record Decision(byte[] answer, boolean forward) {
    static Decision answer(byte[] a) {
      return new Decision(a, false);
    }

    static final Decision FORWARD = new Decision(null, true);
    static final Decision DROP = new Decision(null, false);
  }

  /** A parsed question. */
  record Question(int id, int flags, String name, int type, int qclass, int end) {}

  private DnsResolver() {}

  /** Decides what to do with {@code packet} (a UDP datagram or a TCP message without its length). */
  public static Decision decide(byte[] packet, Names names) {
    if (packet.length < 12 || (packet[2] & 0x80) != 0) {
      return Decision.DROP; // too short for a header, or a response: no reply (it could amplify)
    }
    int flags = u16(packet, 2);
    int opcode = flags >> 11 & 0xf;
    if (opcode != 0 && opcode != 4) {
      return Decision.answer(reject(packet, opcode, 4)); // NOTIMP: only queries (and notifies)
    }
    if (u16(packet, 4) != 1 || u16(packet, 6) > 1 || u16(packet, 8) > 1 || u16(packet, 10) > 2) {
      return Decision.answer(reject(packet, 0, 1)); // FORMERR
    }
    if (packet.length == 12) {
      return Decision.DROP; // the question announced is not there: nothing to answer
    }
    Question q = parse(packet);
    if (q == null) {
      return Decision.answer(reject(packet, 0, 1));
    }
    switch (q.type()) {
      case TYPE_A -> {
        List<String> ips = new ArrayList<>(names.ipv4(q.name()));
        if (ips.isEmpty()) {
          return unknown(packet, q, names);
        }
        if (ips.size() > 1) {
          Collections.shuffle(ips);
        }
        List<byte[]> rdata = new ArrayList<>();
        for (String ip : ips) {
          rdata.add(v4(ip));
        }
        return Decision.answer(reply(packet, q, TYPE_A, rdata));
      }
      case TYPE_AAAA, TYPE_MX -> {
        // a name of the docker domain without an IPv6 address: no answer records, not forwarded
        if (!names.ipv4(q.name()).isEmpty()) {
          return Decision.answer(reply(packet, q, q.type(), List.of()));
        }
        return q.type() == TYPE_AAAA ? unknown(packet, q, names) : Decision.FORWARD;
      }
      case TYPE_PTR -> {
        String lower = q.name().toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".ip6.arpa.")) {
          return Decision.FORWARD;
        }
        if (!lower.endsWith(".in-addr.arpa.")) {
          return Decision.DROP; // dockerd: "invalid PTR query", no reply
        }
        String rev = q.name().substring(0, q.name().length() - ".in-addr.arpa.".length());
        String[] parts = rev.split("\\.", -1);
        if (parts.length != 4) {
          return Decision.FORWARD;
        }
        String ip = parts[3] + "." + parts[2] + "." + parts[1] + "." + parts[0];
        Optional<String> host = names.ptr(ip);
        if (host.isEmpty()) {
          return Decision.FORWARD;
        }
        return Decision.answer(reply(packet, q, TYPE_PTR, List.of(encodeName(host.get() + "."))));
      }
      default -> {
        return Decision.FORWARD;
      }
    }
  }

  /**
   * The rejection of a message that is not one plain query: its header alone (no sections), as a
   * response, not authoritative, with {@code opcode} and {@code rcode}; its other flags kept.
   */
  static byte[] reject(byte[] packet, int opcode, int rcode) {
    int flags = u16(packet, 2) & ~(0x8000 | 0x7800 | 0x0400 | 0x0040 | 0x000f);
    flags |= 0x8000 | opcode << 11 | rcode;
    return new byte[] {packet[0], packet[1], (byte) (flags >> 8), (byte) flags, 0, 0, 0, 0, 0, 0, 0, 0};
  }

  /** An A/AAAA question for a name the networks do not know: forwarded, or empty for an unqualified one under a user ndots. */
  private static Decision unknown(byte[] packet, Question q, Names names) {
    String bare = q.name().endsWith(".") ? q.name().substring(0, q.name().length() - 1) : q.name();
    if (names.ndotsSet() && !bare.contains(".")) {
      return Decision.answer(reply(packet, q, q.type(), List.of()));
    }
    return Decision.FORWARD;
  }

  /** The response code of a DNS message (0 when too short). */
  static int rcode(byte[] msg) {
    return msg.length < 4 ? 0 : msg[3] & 0x0f;
  }

  /** Whether a DNS message is an authoritative answer. */
  static boolean authoritative(byte[] msg) {
    return msg.length >= 3 && (msg[2] & 0x04) != 0;
  }

  /** Whether a DNS message is truncated. */
  static boolean truncated(byte[] msg) {
    return msg.length >= 3 && (msg[2] & 0x02) != 0;
  }

  /**
   * The one question of a query; null when the packet is a response, not a standard query, has
   * other than one question or cannot be read.
   */
  static Question parse(byte[] p) {
    if (p.length < 12) {
      return null;
    }
    int id = u16(p, 0);
    int flags = u16(p, 2);
    if ((flags & 0x8000) != 0 || ((flags >> 11) & 0xf) != 0 || u16(p, 4) != 1) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    int off = 12;
    int labels = 0;
    while (true) {
      if (off >= p.length) {
        return null;
      }
      int len = p[off] & 0xff;
      if (len == 0) {
        off++;
        break;
      }
      if (len > 63 || off + 1 + len > p.length || ++labels > 127) {
        return null; // compression is not used in a question
      }
      for (int i = 0; i < len; i++) {
        int ch = p[off + 1 + i] & 0xff;
        if (ch == '.' || ch == '\\') {
          name.append('\\').append((char) ch);
        } else if (ch < 0x21 || ch > 0x7e) {
          name.append(String.format("\\%03d", ch));
        } else {
          name.append((char) ch);
        }
      }
      name.append('.');
      off += 1 + len;
    }
    if (off + 4 > p.length) {
      return null;
    }
    String n = name.isEmpty() ? "." : name.toString();
    return new Question(id, flags, n, u16(p, off), u16(p, off + 2), off + 4);
  }

  /** dockerd's reply: the query's ID, opcode, RD and CD, RA set, its question, then the records. */
  static byte[] reply(byte[] query, Question q, int type, List<byte[]> rdatas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int flags = 0x8000 | (q.flags() & 0x0100) | (q.flags() & 0x0010) | 0x0080;
    put16(out, q.id());
    put16(out, flags);
    put16(out, 1);
    put16(out, rdatas.size());
    put16(out, 0);
    put16(out, 0);
    out.write(query, 12, q.end() - 12);
    for (byte[] rdata : rdatas) {
      out.write(query, 12, q.end() - 12 - 4); // the question's name, as asked
      put16(out, type);
      put16(out, 1);
      put16(out, TTL >> 16);
      put16(out, TTL & 0xffff);
      put16(out, rdata.length);
      out.write(rdata, 0, rdata.length);
    }
    return out.toByteArray();
  }

  static byte[] encodeName(String fqdn) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String label : fqdn.split("\\.")) {
      if (label.isEmpty()) {
        continue;
      }
      byte[] b = label.getBytes(StandardCharsets.UTF_8);
      out.write(Math.min(b.length, 63));
      out.write(b, 0, Math.min(b.length, 63));
    }
    out.write(0);
    return out.toByteArray();
  }

  static byte[] v4(String ip) {
    String[] p = ip.split("\\.");
    byte[] b = new byte[4];
    for (int i = 0; i < 4; i++) {
      b[i] = (byte) Integer.parseInt(p[i]);
    }
    return b;
  }

  private static int u16(byte[] p, int off) {
    return (p[off] & 0xff) << 8 | (p[off + 1] & 0xff);
  }

  private static void put16(ByteArrayOutputStream out, int v) {
    out.write(v >> 8 & 0xff);
    out.write(v & 0xff);
  }
}
