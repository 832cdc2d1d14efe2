package dev.berth.network.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packet in, packet out: what dockerd's embedded DNS answers a container on a user network. */
class DnsResolverTest {
  private static SandboxNames names() {
    SandboxNames.Net n1 = SandboxNames.Net.of("n1");
    n1.add("10.1.0.2", "c1", List.of("c1", "Web", "aaaaaaaaaaaa", "host1"));
    n1.add("10.1.0.3", "c2", List.of("c2", "bbbbbbbbbbbb"));
    n1.links().put("lk", "c1");
    return new SandboxNames(List.of(n1));
  }

  static byte[] query(int id, String name, int type, boolean rd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(id >> 8);
    out.write(id & 255);
    out.write(rd ? 1 : 0);
    out.write(0);
    out.writeBytes(new byte[] {0, 1, 0, 0, 0, 0, 0, 0});
    out.writeBytes(DnsResolver.encodeName(name));
    out.write(type >> 8);
    out.write(type & 255);
    out.writeBytes(new byte[] {0, 1});
    return out.toByteArray();
  }

  @Test
  void answersAnAQueryWithTheContainersAddress() {
    byte[] q = query(0x1234, "c1.", DnsResolver.TYPE_A, true);
    DnsResolver.Decision d = DnsResolver.decide(q, names());
    byte[] a = d.answer();
    assertThat(a).isNotNull();
    assertThat(a[0] & 255).isEqualTo(0x12);
    assertThat(a[1] & 255).isEqualTo(0x34);
    assertThat(a[2] & 255).isEqualTo(0x81); // QR, RD copied, not authoritative
    assertThat(a[3] & 255).isEqualTo(0x80); // RA, NOERROR
    assertThat(a[7]).isEqualTo((byte) 1); // one answer
    // question repeated, then name, A, IN, TTL 600, 4 bytes of address
    int qlen = q.length - 12;
    assertThat(java.util.Arrays.copyOfRange(a, 12, 12 + qlen)).isEqualTo(java.util.Arrays.copyOfRange(q, 12, q.length));
    int rr = 12 + qlen + qlen - 4;
    assertThat(java.util.Arrays.copyOfRange(a, rr, a.length))
        .isEqualTo(new byte[] {0, 1, 0, 1, 0, 0, 2, 88, 0, 4, 10, 1, 0, 2});
  }

  @Test
  void namesAreCaseInsensitiveAndQualifiedByTheNetwork() {
    SandboxNames n = names();
    assertThat(n.ipv4("WEB.")).containsExactly("10.1.0.2");
    assertThat(n.ipv4("c2.n1.")).containsExactly("10.1.0.3");
    assertThat(n.ipv4("host1")).containsExactly("10.1.0.2");
    assertThat(n.ipv4("bbbbbbbbbbbb")).containsExactly("10.1.0.3");
    assertThat(n.ipv4("c2.N1.")).isEmpty(); // the network's name is exact
    assertThat(n.ipv4("c2.n1.example.com.")).isEmpty();
    assertThat(n.ipv4("c2.other.")).isEmpty();
  }

  @Test
  void linkAliasesAreExactAndOnlyTheContainersOwn() {
    assertThat(names().ipv4("lk.")).containsExactly("10.1.0.2");
    assertThat(names().ipv4("lk.n1.")).containsExactly("10.1.0.2");
    assertThat(names().ipv4("LK.")).isEmpty();
  }

  @Test
  void aLinkAliasIsOfItsNetwork() {
    SandboxNames.Net foo1 = SandboxNames.Net.of("foo1");
    foo1.add("10.1.0.3", "second", List.of("second"));
    foo1.links().put("InFoo1", "first"); // first is no longer on foo1
    SandboxNames.Net foo2 = SandboxNames.Net.of("foo2");
    foo2.add("10.2.0.2", "first", List.of("first"));
    foo2.links().put("InFoo2", "first");
    SandboxNames n = new SandboxNames(List.of(foo1, foo2));
    assertThat(n.ipv4("InFoo2")).containsExactly("10.2.0.2");
    assertThat(n.ipv4("InFoo1")).isEmpty();
    assertThat(n.ipv4("first")).containsExactly("10.2.0.2");
  }

  @Test
  void unknownNamesAreForwarded() {
    DnsResolver.Decision d = DnsResolver.decide(query(1, "nosuch.example.", DnsResolver.TYPE_A, true), names());
    assertThat(d.forward()).isTrue();
    assertThat(DnsResolver.decide(query(1, "nosuch.", DnsResolver.TYPE_AAAA, true), names()).forward()).isTrue();
    assertThat(DnsResolver.decide(query(1, "c1.", 16, true), names()).forward()).isTrue(); // TXT
  }

  @Test
  void underAUserNdotsAnUnknownUnqualifiedNameGetsAnEmptyAnswer() {
    SandboxNames n = names();
    SandboxNames ndots = new SandboxNames(n.networks(), List.of(), true);
    byte[] a = DnsResolver.decide(query(3, "nosuch.", DnsResolver.TYPE_A, true), ndots).answer();
    assertThat(a).isNotNull();
    assertThat(a[3] & 15).isZero();
    assertThat(a[7]).isZero();
    assertThat(DnsResolver.decide(query(3, "nosuch.", DnsResolver.TYPE_AAAA, true), ndots).answer()).isNotNull();
    assertThat(DnsResolver.decide(query(3, "nosuch.example.", DnsResolver.TYPE_A, true), ndots).forward()).isTrue();
    assertThat(DnsResolver.decide(query(3, "nosuch.", DnsResolver.TYPE_MX, true), ndots).forward()).isTrue();
    assertThat(SandboxNames.ndotsSet(List.of("rotate", "ndots:0"))).isTrue();
    assertThat(SandboxNames.ndotsSet(List.of("ndots:-1"))).isFalse();
    assertThat(SandboxNames.ndotsSet(List.of("rotate"))).isFalse();
  }

  @Test
  void aaaaAndMxOfAKnownNameAreEmptyAnswers() {
    for (int type : new int[] {DnsResolver.TYPE_AAAA, DnsResolver.TYPE_MX}) {
      byte[] a = DnsResolver.decide(query(7, "c1.", type, false), names()).answer();
      assertThat(a).isNotNull();
      assertThat(a[2] & 255).isEqualTo(0x80);
      assertThat(a[3] & 255).isEqualTo(0x80);
      assertThat(a[7]).isZero();
    }
  }

  @Test
  void ptrNamesTheContainerOnItsNetwork() {
    byte[] a = DnsResolver.decide(query(9, "3.0.1.10.in-addr.arpa.", DnsResolver.TYPE_PTR, true), names()).answer();
    assertThat(a).isNotNull();
    String tail = new String(a, a.length - 7, 7, StandardCharsets.ISO_8859_1);
    assertThat(tail).isEqualTo("\u0002c2\u0002n1\u0000");
    assertThat(DnsResolver.decide(query(9, "9.0.1.10.in-addr.arpa.", DnsResolver.TYPE_PTR, true), names()).forward())
        .isTrue();
    DnsResolver.Decision bad = DnsResolver.decide(query(9, "c1.", DnsResolver.TYPE_PTR, true), names());
    assertThat(bad.answer()).isNull();
    assertThat(bad.forward()).isFalse();
  }

  @Test
  void garbageIsRejectedByItsHeaderOrIgnored() {
    // "InvalidQuery\n": opcode 14 -> NOTIMP with its opcode and its other flags (TC, AD) kept
    assertThat(hex(DnsResolver.decide(bytes("InvalidQuery\n"), names()).answer())).isEqualTo("496ef2240000000000000000");
    // two questions -> FORMERR
    assertThat(hex(DnsResolver.decide(bytes("\u0012\u0034\u0001\0\0\u0002\0\0\0\0\0\0"), names()).answer()))
        .isEqualTo("123481010000000000000000");
    for (String s : new String[] {"", "x", "\0\0\0\0\0\1\0\0\0\0\0\0"}) {
      DnsResolver.Decision d = DnsResolver.decide(bytes(s), names());
      assertThat(d.answer()).isNull();
      assertThat(d.forward()).isFalse();
    }
    byte[] response = query(1, "c1.", DnsResolver.TYPE_A, true);
    response[2] |= (byte) 0x80;
    assertThat(DnsResolver.decide(response, names()).answer()).isNull();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }
}
