package dev.berth.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** Where a tar stream may end, as Go's archive/tar (the daemon's reader) decides. */
class TarStreamReaderTest {
  private static byte[] oneFile(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("f");
      e.setSize(b.length);
      tar.putArchiveEntry(e);
      tar.write(b);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void streamEndingRightAfterTheLastDataIsComplete() throws IOException {
    byte[] cut = Arrays.copyOf(oneFile("hello"), 512 + 5); // no padding, no end blocks (docker CLI contexts)
    TarStreamReader r = new TarStreamReader(new ByteArrayInputStream(cut), Long.MAX_VALUE);
    TarEntry e = r.next();
    assertThat(e.name()).isEqualTo("f");
    assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(r.next()).isNull();
  }

  @Test
  void streamEndingInsideThePaddingIsTruncated() throws IOException {
    byte[] cut = Arrays.copyOf(oneFile("hello"), 512 + 100);
    TarStreamReader r = new TarStreamReader(new ByteArrayInputStream(cut), Long.MAX_VALUE);
    r.next();
    r.body().readAllBytes();
    assertThatThrownBy(r::next).hasMessage("unexpected EOF");
  }
}
