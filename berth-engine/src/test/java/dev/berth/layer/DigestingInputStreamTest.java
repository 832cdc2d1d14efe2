package dev.berth.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.content.Digest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestingInputStreamTest {
  private static final byte[] DATA = "hello, layer".getBytes(StandardCharsets.UTF_8);

  @Test
  void hashesAndCountsEverythingRead() throws IOException {
    DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(DATA));
    assertThat(in.read()).isEqualTo('h');
    in.transferTo(OutputStream.nullOutputStream());
    assertThat(in.count()).isEqualTo(DATA.length);
    assertThat(in.digest()).isEqualTo(Digest.of(DATA));
  }

  @Test
  void afterStopHashingItOnlyCounts() throws IOException {
    DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(DATA));
    in.readNBytes(5);
    in.stopHashing();
    in.transferTo(OutputStream.nullOutputStream());
    assertThat(in.count()).isEqualTo(DATA.length);
    assertThatThrownBy(in::digest).isInstanceOf(IllegalStateException.class);
  }
}
