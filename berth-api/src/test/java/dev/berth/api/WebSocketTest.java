package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 6455 as golang.org/x/net/websocket's server speaks it (the daemon's /attach/ws). */
class WebSocketTest {
  @Test
  void acceptIsTheRfcsExample() {
    assertThat(WebSocket.accept("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    assertThat(WebSocket.acceptHead("dGhlIHNhbXBsZSBub25jZQ==", " p "))
        .isEqualTo("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: p\r\n");
  }

  @Test
  void handshakeRefusalsCarryTheLibrarysTexts() {
    assertThat(WebSocket.check("WebSocket", "keep-alive, Upgrade", "k", "13", null)).isNull();
    assertThat(WebSocket.check("tcp", "Upgrade", "k", "13", null).body()).isEqualTo("not websocket protocol");
    assertThat(WebSocket.check("websocket", "close", "k", "13", null).body()).isEqualTo("not websocket protocol");
    assertThat(WebSocket.check("websocket", "Upgrade", null, "13", null).body()).isEqualTo("mismatch challenge/response");
    WebSocket.Refusal version = WebSocket.check("websocket", "Upgrade", "k", "8", null);
    assertThat(version.head()).isEqualTo("HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\n");
    assertThat(version.body()).isEqualTo("missing or bad WebSocket Version");
    assertThat(WebSocket.check("websocket", "Upgrade", "k", "13", "a, b").body()).isEmpty();
  }

  @Test
  void framesAreUnmaskedWithTheLengthsOfTheRfc() {
    assertThat(WebSocket.frame(WebSocket.TEXT, "hi".getBytes(StandardCharsets.UTF_8), 0, 2))
        .containsExactly(0x81, 2, 'h', 'i');
    byte[] mid = WebSocket.frame(WebSocket.BINARY, new byte[300], 0, 300);
    assertThat(mid.length).isEqualTo(304);
    assertThat(new byte[] {mid[0], mid[1], mid[2], mid[3]}).containsExactly(0x82, 126, 1, 44);
    byte[] big = WebSocket.frame(WebSocket.BINARY, new byte[70000], 0, 70000);
    assertThat(big[1]).isEqualTo((byte) 127);
    assertThat(big.length).isEqualTo(70010);
    assertThat(WebSocket.closeFrame()).containsExactly(0x88, 2, 0x03, 0xE8);
  }

  private static byte[] masked(int opcode, byte[] payload) {
    byte[] mask = {1, 2, 3, 4};
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    f.write(0x80 | opcode);
    f.write(0x80 | payload.length);
    f.writeBytes(mask);
    for (int i = 0; i < payload.length; i++) {
      f.write(payload[i] ^ mask[i & 3]);
    }
    return f.toByteArray();
  }

  @Test
  void inputJoinsDataFramesAnswersPingsAndEndsAtClose() throws Exception {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    wire.writeBytes(masked(1, "he".getBytes(StandardCharsets.UTF_8)));
    wire.writeBytes(masked(9, "p".getBytes(StandardCharsets.UTF_8)));
    wire.writeBytes(masked(2, "llo".getBytes(StandardCharsets.UTF_8)));
    wire.writeBytes(masked(8, new byte[] {3, (byte) 0xE8}));
    wire.writeBytes(masked(1, "ignored".getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    InputStream in = WebSocket.input(new ByteArrayInputStream(wire.toByteArray()), back);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(back.toByteArray()).containsExactly(0x8A, 1, 'p');
  }

  @Test
  void anUnmaskedClientFrameIsAProtocolError() throws Exception {
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    InputStream in = WebSocket.input(new ByteArrayInputStream(new byte[] {(byte) 0x81, 1, 'x'}), back);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(back.toByteArray()).containsExactly(0x88, 2, 0x03, 0xEA);
  }
}
