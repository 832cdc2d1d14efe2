package dev.berth.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.content.Digest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DigestingOutputStreamTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4095, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12345, 7 * (1 << 20)})
  void passesEveryByteOnAndHashesThemInOrder(int size) throws IOException {
    Random random = new Random(20261128L + size);
    byte[] data = new byte[size];
    random.nextBytes(data);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (DigestingOutputStream out = new DigestingOutputStream(sink)) {
      int off = 0;
      while (off < size) {
        int n = Math.min(size - off, 1 + random.nextInt(200_000));
        if (n == 1) {
          out.write(data[off]);
        } else {
          out.write(data, off, n);
        }
        off += n;
      }
      assertThat(out.digest()).isEqualTo(Digest.of(data));
      assertThat(out.count()).isEqualTo(size);
    }
    assertThat(sink.toByteArray()).isEqualTo(data);
  }

  @Test
  void isFinishedOnceTheDigestIsTaken() throws IOException {
    DigestingOutputStream out = new DigestingOutputStream(new ByteArrayOutputStream());
    out.write(new byte[] {1, 2, 3}, 0, 3);
    Digest first = out.digest();
    assertThat(out.digest()).isEqualTo(first);
    assertThatThrownBy(() -> out.write(4)).isInstanceOf(IOException.class);
    out.close();
  }

  @Test
  void closingWithoutADigestEndsTheCompanionThread() throws Exception {
    DigestingOutputStream out = new DigestingOutputStream(new ByteArrayOutputStream());
    out.write(new byte[3 << 20], 0, 3 << 20);
    out.close();
    out.close();
    assertThat(Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("layer-digest") && t.isAlive()).count()).isZero();
  }
}
