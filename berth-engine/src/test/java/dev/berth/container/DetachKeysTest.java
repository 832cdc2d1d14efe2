package dev.berth.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.errors.InvalidArgumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetachKeysTest {
  @Test
  void parsesCharactersAndControlNames() {
    assertArrayEquals(new byte[] {16, 17}, DetachKeys.parse(""));
    assertArrayEquals(new byte[] {1, 'a', 24}, DetachKeys.parse("ctrl-a,a,ctrl-x"));
    assertArrayEquals(new byte[] {0, 27, 28, 31}, DetachKeys.parse("ctrl-@,ctrl-[,ctrl-\\,ctrl-_"));
  }

  @Test
  void rejectsUnknownKeys() {
    var e = assertThrows(InvalidArgumentException.class, () -> DetachKeys.parse("ctrl-A,a"));
    assertEquals("Invalid detach keys (ctrl-A,a) provided", e.getMessage());
    assertFalse(DetachKeys.valid("ctrl-,x"));
    assertFalse(DetachKeys.valid("a,,b"));
    assertTrue(DetachKeys.valid("a,b,c"));
  }

  /** Each chunk is what one read of the underlying input returns (a key press). */
  private static InputStream keys(String... chunks) {
    ArrayDeque<byte[]> q = new ArrayDeque<>();
    for (String c : chunks) {
      q.add(c.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        byte[] c = q.poll();
        if (c == null) {
          return -1;
        }
        System.arraycopy(c, 0, b, off, c.length);
        return c.length;
      }
    };
  }

  private static String all(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64];
    int n;
    while ((n = in.read(buf)) >= 0) {
      out.write(buf, 0, n);
    }
    return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  @Test
  void endsAtTheKeys() throws IOException {
    var in = new DetachKeys.EscapeInput(keys("hello\n", "\020", "\021", "more"), DetachKeys.DEFAULT);
    assertEquals("hello\n", all(in));
    assertTrue(in.detached());
  }

  @Test
  void passesABrokenSequenceOn() throws IOException {
    var in = new DetachKeys.EscapeInput(keys("a", "b", "a", "\n"), DetachKeys.parse("a,b,c"));
    assertEquals("aba\n", all(in));
    assertFalse(in.detached());
    for (List<String> l : List.of(List.of("\020", "x"), List.of("\020"))) {
      var in2 = new DetachKeys.EscapeInput(keys(l.toArray(new String[0])), DetachKeys.DEFAULT);
      assertEquals(String.join("", l), all(in2));
    }
  }

  @Test
  void keysInsideLongerInputDoNotDetach() throws IOException {
    var in = new DetachKeys.EscapeInput(keys("x\020\021y"), DetachKeys.DEFAULT);
    assertEquals("x\020\021y", all(in));
    assertFalse(in.detached());
  }
}
